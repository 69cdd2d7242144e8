package com.kehu.crm.web.api;

import com.kehu.crm.sales.boundary.SalesImportException;
import com.kehu.crm.sales.dto.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A refused import message: 400 with {@code {"errors":[{"field":…,"message":…}]}}. */
@Provider
public class SalesImportExceptionMapper implements ExceptionMapper<SalesImportException> {

    /** The body of a 400 answer. */
    public record Errors(List<FieldError> errors) {
    }

    @Override
    public Response toResponse(SalesImportException e) {
        return badRequest(e.getErrors());
    }

    static Response badRequest(List<FieldError> errors) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(new Errors(errors)).build();
    }
}
