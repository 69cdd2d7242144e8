package com.kehu.crm.web.api;

import com.kehu.crm.sales.boundary.SalesImportException;
import com.kehu.crm.sales.boundary.SalesFileImportService;
import com.kehu.crm.sales.boundary.SalesImportService;
import com.kehu.crm.sales.dto.ImportJobRow;
import com.kehu.crm.sales.dto.CsvImportResult;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.FieldError;
import com.kehu.crm.sales.dto.ImportOutcome;
import com.kehu.crm.sales.dto.InventoryData;
import com.kehu.crm.sales.dto.OrderData;
import com.kehu.crm.sales.dto.ProductData;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * PUT of the sales system's records by their own ids: 201 when created, 200 when changed or already the same (the
 * body says which), 400 with every bad field otherwise (see {@link SalesImportExceptionMapper}); bulk files in one
 * transaction ({@code import/{kind}}) or, for large ones, as a background job ({@code imports/{kind}}).
 */
@Path("v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SalesImportResource {

    @EJB
    private SalesImportService imports;
    @EJB
    private SalesFileImportService fileImports;

    /** The answer to a successful PUT. */
    public record Result(String externalId, ImportOutcome outcome) {
    }

    @PUT
    @Path("products/{externalId}")
    public Response putProduct(@PathParam("externalId") String externalId, ProductData product) {
        return answer(externalId, imports.putProduct(externalId, product));
    }

    @PUT
    @Path("inventory/{externalId}")
    public Response putInventory(@PathParam("externalId") String externalId, InventoryData inventory) {
        return answer(externalId, imports.putInventory(externalId, inventory));
    }

    @PUT
    @Path("orders/{externalId}")
    public Response putOrder(@PathParam("externalId") String externalId, OrderData order) {
        return answer(externalId, imports.putOrder(externalId, order));
    }

    /**
     * A bulk file (CSV in UTF-8, header row first) of {@code products}, {@code inventory} or {@code orders}: all rows
     * or none, in one transaction.
     */
    @POST
    @Path("import/{kind}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public CsvImportResult importCsv(@PathParam("kind") String kind, byte[] csv) {
        CsvKind csvKind = kind(kind);
        if (csv == null || new String(csv, StandardCharsets.UTF_8).isBlank()) {
            throw new SalesImportException(List.of(new FieldError("",
                    "The body is empty: send the CSV file (UTF-8, header row first) as the request body")));
        }
        return imports.importFile(csvKind, new ByteArrayInputStream(csv));
    }

    /**
     * Starts the import of a large file (CSV in UTF-8 or GBK, or .xlsx; up to a million rows) as a background job:
     * 202 with the import's figures; follow it with {@code GET imports/{id}}. A file that cannot be read at all (its
     * encoding, a missing column) is refused at once: 400.
     */
    @POST
    @Path("imports/{kind}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response startImport(@PathParam("kind") String kind, @QueryParam("fileName") String fileName,
                                InputStream file) {
        long id = fileImports.start(kind(kind), fileName, file, Locale.ENGLISH);
        return Response.status(Response.Status.ACCEPTED).entity(fileImports.get(id)).build();
    }

    /** Where a file import stands. */
    @GET
    @Path("imports/{id: [0-9]+}")
    public ImportJobRow getImport(@PathParam("id") long id) {
        return fileImports.get(id);
    }

    /** Goes on with a stopped or interrupted import from its last chunk written: 202. */
    @POST
    @Path("imports/{id: [0-9]+}/restart")
    @Consumes(MediaType.WILDCARD)
    public Response restartImport(@PathParam("id") long id) {
        fileImports.restart(id);
        return Response.status(Response.Status.ACCEPTED).entity(fileImports.get(id)).build();
    }

    private static CsvKind kind(String kind) {
        try {
            return CsvKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    private static Response answer(String externalId, ImportOutcome outcome) {
        return Response.status(outcome == ImportOutcome.CREATED ? Response.Status.CREATED : Response.Status.OK)
                .entity(new Result(externalId, outcome)).build();
    }
}
