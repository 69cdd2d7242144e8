package com.kehu.crm.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The business tier refused the caller (no {@code sales.import}, {@code churn.run}): 403, never a stack trace. */
@Provider
public class AccessRefusedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException e) {
        return ApiErrors.response(Response.Status.FORBIDDEN,
                ApiErrors.of("This user has not the right to call this resource"));
    }
}
