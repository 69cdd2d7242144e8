package com.kehu.crm.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The interface's contract, an OpenAPI 3 document: {@code /crm/api/openapi.yaml}. */
@Path("openapi.yaml")
public class OpenApiResource {

    @GET
    @Produces("application/yaml;charset=UTF-8")
    public byte[] document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new NotFoundException();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
