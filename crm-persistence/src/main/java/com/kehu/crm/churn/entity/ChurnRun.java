package com.kehu.crm.churn.entity;

import com.kehu.crm.common.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One run of the churn check: when, why, how far it got and how many warnings it raised. A scheduled run names the
 * slot it serves ({@code SCHEDULED_FOR}, unique): the first server of a cluster to claim a week's slot runs it,
 * the others find it taken, so the check runs once per week however many servers' timers fire. Its progress
 * columns are advanced by the chunks' own transactions (SQL), so that the page can follow a running check.
 */
@Entity
@Table(name = "CHN_RUN")
public class ChurnRun extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "TRIGGERED_BY", nullable = false, length = 10, updatable = false)
    private ChurnTrigger trigger;

    @Column(name = "SCHEDULED_FOR", unique = true, updatable = false)
    private LocalDateTime scheduledFor;

    @Column(name = "STARTED_AT", nullable = false, updatable = false)
    private LocalDateTime startedAt;

    @Column(name = "FINISHED_AT")
    private LocalDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "RUN_STATUS", nullable = false, length = 10)
    private ChurnRunStatus status = ChurnRunStatus.RUNNING;

    /** Customers whose last order is before this date (or who never ordered and were created before it) are warned. */
    @Column(name = "CUTOFF_DATE", nullable = false, updatable = false)
    private LocalDate cutoff;

    @Column(name = "CUSTOMERS_TOTAL", nullable = false)
    private long customersTotal;

    @Column(name = "CUSTOMERS_DONE", nullable = false)
    private long customersDone;

    @Column(name = "WARNINGS_CREATED", nullable = false)
    private long warningsCreated;

    /** The Jakarta Batch execution running the check (the latest, after a restart) and the server running it. */
    @Column(name = "JOB_EXECUTION_ID")
    private Long jobExecutionId;

    @Column(name = "RUN_NODE", length = 100)
    private String runNode;

    /** The last customer id of the chunks written, advanced by each chunk's statement (SQL, see ChurnChunks). */
    @Column(name = "LAST_CUSTOMER_ID", insertable = false, updatable = false)
    private Long lastCustomerId;

    protected ChurnRun() {
    }

    public ChurnRun(ChurnTrigger trigger, LocalDateTime scheduledFor, LocalDateTime startedAt, LocalDate cutoff,
                    long customersTotal) {
        this.trigger = trigger;
        this.scheduledFor = scheduledFor;
        this.startedAt = startedAt;
        this.cutoff = cutoff;
        this.customersTotal = customersTotal;
    }

    public ChurnTrigger getTrigger() {
        return trigger;
    }

    public LocalDateTime getScheduledFor() {
        return scheduledFor;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public ChurnRunStatus getStatus() {
        return status;
    }

    public LocalDate getCutoff() {
        return cutoff;
    }

    public long getCustomersTotal() {
        return customersTotal;
    }

    public long getCustomersDone() {
        return customersDone;
    }

    public long getWarningsCreated() {
        return warningsCreated;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public String getRunNode() {
        return runNode;
    }

    /** The check (re)started on {@code node} as execution {@code executionId}. */
    public void running(long executionId, String node) {
        status = ChurnRunStatus.RUNNING;
        jobExecutionId = executionId;
        runNode = node;
        finishedAt = null;
    }

    /** The run ended (or was found interrupted). */
    public void finish(ChurnRunStatus outcome, LocalDateTime at) {
        status = outcome;
        finishedAt = at;
    }
}
