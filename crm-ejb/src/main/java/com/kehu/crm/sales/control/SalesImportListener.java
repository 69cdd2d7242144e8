package com.kehu.crm.sales.control;

import com.kehu.crm.sales.entity.ImportJobStatus;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records on the import when its job (re)starts, on which server, and how it ended. */
@Named
@Dependent
public class SalesImportListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    private String importId;
    @Inject
    private JobContext jobContext;
    @EJB
    private ImportRuns runs;

    @Override
    public void beforeJob() {
        runs.started(Long.parseLong(importId), jobContext.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = jobContext.getBatchStatus();
        ImportJobStatus outcome = switch (status) {
            case COMPLETED -> ImportJobStatus.DONE;
            case STOPPED, STOPPING -> ImportJobStatus.STOPPED;
            default -> ImportJobStatus.FAILED;
        };
        runs.finished(Long.parseLong(importId), outcome);
    }
}
