package com.kehu.crm.churn.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records on the churn run when its job (re)starts, on which server, and a failure or stop at its end. */
@Named
@Dependent
public class ChurnJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    private String runId;
    @Inject
    private JobContext jobContext;
    @EJB
    private ChurnCheck check;

    @Override
    public void beforeJob() {
        check.started(Long.parseLong(runId), jobContext.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = jobContext.getBatchStatus();
        if (status != BatchStatus.COMPLETED) {
            check.ended(Long.parseLong(runId), status == BatchStatus.STOPPED || status == BatchStatus.STOPPING);
        }
    }
}
