package com.kehu.crm.churn.control;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The churn check job's last step: the run is done; the managers are told about their new warnings. */
@Named
@Dependent
public class ChurnFinish extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String runId;
    @EJB
    private ChurnCheck check;

    @Override
    public String process() {
        check.completed(Long.parseLong(runId));
        return "COMPLETED";
    }
}
