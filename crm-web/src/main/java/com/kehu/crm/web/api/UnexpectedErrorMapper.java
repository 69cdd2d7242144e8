package com.kehu.crm.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything the other mappers do not answer. An HTTP error the interface raised on purpose (404 for an unknown kind,
 * 405, 415, ...) keeps its status, with the error body and no text of the exception; any other failure is a 500 whose
 * body carries only an incident id: the log has that id with the stack trace, the caller never sees internals.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return ApiErrors.response(status, ApiErrors.of(status.getReasonPhrase()));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.log(Level.SEVERE, "Incident " + incident + " in the REST interface", e);
        return ApiErrors.response(Response.Status.INTERNAL_SERVER_ERROR, new ApiErrors.Body(
                ApiErrors.of("Internal error: tell the Kehu CRM administrators the incident id " + incident).errors(),
                incident));
    }
}
