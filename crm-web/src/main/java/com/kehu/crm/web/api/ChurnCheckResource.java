package com.kehu.crm.web.api;

import com.kehu.crm.churn.boundary.ChurnCheckService;
import com.kehu.crm.churn.dto.ChurnRunView;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /crm/api/v1/churn/check}: runs the churn check to its end and answers the finished run (warnings
 * created, duration) with the server's used heap before and after, in MB. For administrators (right
 * {@code churn.run}) and for timing the check against raw SQL (bench/); the weekly timer needs no call.
 * {@code POST runs} starts it in the background, {@code GET runs/{id}} follows it, {@code POST runs/{id}/restart}
 * goes on with a failed or stopped run from its last chunk.
 */
@Path("v1/churn")
@Produces(MediaType.APPLICATION_JSON)
public class ChurnCheckResource {

    @EJB
    private ChurnCheckService checks;

    /** The answer: the finished run and the heap the server used before and after it. */
    public record Result(ChurnRunView run, long heapUsedBeforeMb, long heapUsedAfterMb) {
    }

    @POST
    @Path("check")
    public Result check() {
        long before = usedHeapMb();
        ChurnRunView run = checks.runNow();
        return new Result(run, before, usedHeapMb());
    }

    /** Starts the check in the background (its batch job): 202 with the run; follow it with {@code GET runs/{id}}. */
    @POST
    @Path("runs")
    public Response start() {
        return Response.status(Response.Status.ACCEPTED).entity(checks.run(checks.start())).build();
    }

    /** Where a run stands. */
    @GET
    @Path("runs/{id: [0-9]+}")
    public ChurnRunView run(@PathParam("id") long id) {
        return checks.run(id);
    }

    /** Goes on with a failed or stopped run from its last chunk: 202. */
    @POST
    @Path("runs/{id: [0-9]+}/restart")
    public Response restart(@PathParam("id") long id) {
        checks.restart(id);
        return Response.status(Response.Status.ACCEPTED).entity(checks.run(id)).build();
    }

    private static long usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
