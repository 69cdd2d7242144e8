package com.kehu.crm.web.api;

import com.kehu.crm.sales.dto.FieldError;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one shape of every error answer of the REST interface, written by JSON-B (never by hand):
 * {@code {"errors":[{"field":…,"message":…}]}}, with {@code "incident"} when the server failed (the log has the id
 * with the stack trace). Used by the exception mappers and by the servlet filters in front of the interface.
 */
public final class ApiErrors {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ApiErrors() {
    }

    /** The body of an error answer; {@code incident} is left out when null. */
    @JsonbPropertyOrder({"errors", "incident"})
    public record Body(List<FieldError> errors, String incident) {
    }

    public static Body of(String message) {
        return new Body(List.of(new FieldError("", message)), null);
    }

    public static Response response(Response.StatusType status, Body body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }

    /** Writes an error answer from a servlet filter, outside JAX-RS. */
    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.toJson(of(message)).getBytes(StandardCharsets.UTF_8));
    }
}
