package com.kehu.crm.sales.boundary;

import com.kehu.crm.common.control.BatchJobs;
import com.kehu.crm.sales.control.ImportRuns;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * At start-up, the imports this server was writing when it died are marked failed (they and their job executions),
 * so that the import page offers to go on from their last chunk instead of showing them running forever. Imports of
 * other servers of a cluster are theirs to repair when they start again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRecovery {

    @EJB
    private ImportRuns runs;
    @EJB
    private BatchJobs jobs;

    @PostConstruct
    void recover() {
        for (long execution : runs.interruptedHere()) {
            jobs.markInterrupted(execution);
            runs.markInterrupted(execution);
        }
        runs.markNeverStarted();
    }
}
