package com.kehu.crm.web.api;

import com.kehu.crm.security.boundary.SecurityAudit;
import com.kehu.crm.security.dto.ChainVerification;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /crm/api/v1/audit/verification}: checks the security audit trail's hash chain, for IT's monitoring
 * (e.g. a nightly {@code curl -u}). Answers 200 with the result when the chain is intact, 409 with the same body
 * (the first broken entry and how) when it is not. Administrators only (right {@code admin.audit}, checked by the
 * business method).
 */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityAuditResource {

    @EJB
    private SecurityAudit audit;

    @GET
    @Path("verification")
    public Response verification() {
        ChainVerification result = audit.verify();
        return Response.status(result.intact() ? Response.Status.OK : Response.Status.CONFLICT).entity(result).build();
    }
}
