package com.kehu.crm.web.api;

import com.kehu.crm.sales.boundary.SalesImportException;
import com.kehu.crm.sales.dto.FieldError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A refused import message: 400 with {@code {"errors":[{"field":…,"message":…}]}}. */
@Provider
public class SalesImportExceptionMapper implements ExceptionMapper<SalesImportException> {

    @Override
    public Response toResponse(SalesImportException e) {
        return badRequest(e.getErrors());
    }

    static Response badRequest(List<FieldError> errors) {
        return ApiErrors.response(Response.Status.BAD_REQUEST, new ApiErrors.Body(errors, null));
    }
}
