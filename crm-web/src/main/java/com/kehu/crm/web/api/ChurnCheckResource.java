package com.kehu.crm.web.api;

import com.kehu.crm.churn.boundary.ChurnCheckService;
import com.kehu.crm.churn.dto.ChurnRunView;
import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /crm/api/v1/churn/check}: runs the churn check to its end and answers the finished run (warnings
 * created, duration) with the server's used heap before and after, in MB. For administrators (right
 * {@code churn.run}) and for timing the check against raw SQL (bench/); the weekly timer needs no call.
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

    private static long usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
