package com.kehu.crm.churn.dto;

import com.kehu.crm.common.dto.JobProgress;
import com.kehu.crm.churn.entity.ChurnRun;
import com.kehu.crm.churn.entity.ChurnRunStatus;
import com.kehu.crm.churn.entity.ChurnTrigger;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A run of the churn check: when, why, how far (percent of customers checked), how long, how many warnings. */
public record ChurnRunView(long id, ChurnTrigger trigger, LocalDateTime scheduledFor, LocalDateTime startedAt,
                           LocalDateTime finishedAt, ChurnRunStatus status, LocalDate cutoff, long customersTotal,
                           long customersDone, long warningsCreated, long durationMillis, String startedBy)
        implements Serializable {

    public static ChurnRunView of(ChurnRun run, LocalDateTime now) {
        LocalDateTime end = run.getFinishedAt() == null ? now : run.getFinishedAt();
        return new ChurnRunView(run.getId(), run.getTrigger(), run.getScheduledFor(), run.getStartedAt(),
                run.getFinishedAt(), run.getStatus(), run.getCutoff(), run.getCustomersTotal(), run.getCustomersDone(),
                run.getWarningsCreated(), Math.max(0, Duration.between(run.getStartedAt(), end).toMillis()),
                run.getCreatedBy());
    }

    /** As the shared progress component shows it: customers checked of all, and the warnings raised. */
    public JobProgress progress() {
        return new JobProgress(id, "ChurnTrigger." + trigger.name(), null, status.name(), percent(), customersDone,
                customersTotal, "job.unit.customers", startedAt, finishedAt, startedBy,
                List.of(new JobProgress.Figure("churn_check.created", warningsCreated)));
    }

    public boolean running() {
        return status == ChurnRunStatus.RUNNING;
    }

    /** Failed or stopped part-way: it can go on from its last chunk. */
    public boolean restartable() {
        return status == ChurnRunStatus.FAILED || status == ChurnRunStatus.STOPPED;
    }

    /** 0–100. */
    public int percent() {
        if (status == ChurnRunStatus.DONE) {
            return 100;
        }
        return customersTotal == 0 ? 0 : (int) Math.min(100, customersDone * 100 / customersTotal);
    }
}
