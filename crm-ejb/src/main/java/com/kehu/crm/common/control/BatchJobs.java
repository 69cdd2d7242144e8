package com.kehu.crm.common.control;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Kehu's long work on Jakarta Batch, the mechanism each component's job uses: start, restart from the last
 * checkpoint, stop, and the repair of executions a crashed server left behind. The job repository is the server's
 * {@code kehu-batch} (in Kehu's database, see config/60-batch.cli), so every server of a cluster sees every job.
 * <p>
 * Jobs are started outside any transaction ({@code NOT_SUPPORTED}): the job's own thread must see its execution's
 * rows at once, and a job runs for longer than a transaction may.
 * <p>
 * Not a client view ({@code PermitAll}): each component's boundary checks the right to start its job.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());
    /** The exit status of an execution found interrupted by a crash (the page says so). */
    public static final String INTERRUPTED = "INTERRUPTED";

    @PersistenceContext
    private EntityManager em;

    /** Starts the job of {@code META-INF/batch-jobs/<job>.xml}; returns its execution id. */
    public long start(String job, Properties parameters) {
        return operator().start(job, parameters);
    }

    /** Restarts a failed or stopped execution from its last checkpoint; returns the new execution's id. */
    public long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters);
    }

    /** Asks a running execution to stop after its current chunk. */
    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /** Where an execution stands, as the job repository has it. */
    public BatchStatus status(long executionId) {
        JobExecution execution = operator().getJobExecution(executionId);
        return execution == null ? null : execution.getBatchStatus();
    }

    /**
     * Marks an execution that a server left running when it died as failed, with its running steps, so that it
     * can be restarted from its last checkpoint (the batch runtime keeps them "started" forever otherwise). Only
     * for executions of this server, at its start, before anything of them is read: they cannot be running.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markInterrupted(long executionId) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        int steps = em.createNativeQuery("UPDATE STEP_EXECUTION SET BATCHSTATUS = 'FAILED', EXITSTATUS = ?, ENDTIME = ? "
                        + "WHERE JOBEXECUTIONID = ? AND BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")
                .setParameter(1, INTERRUPTED).setParameter(2, now).setParameter(3, executionId).executeUpdate();
        int jobs = em.createNativeQuery("UPDATE JOB_EXECUTION SET BATCHSTATUS = 'FAILED', EXITSTATUS = ?, ENDTIME = ?, "
                        + "LASTUPDATEDTIME = ? WHERE JOBEXECUTIONID = ? "
                        + "AND BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")
                .setParameter(1, INTERRUPTED).setParameter(2, now).setParameter(3, now).setParameter(4, executionId)
                .executeUpdate();
        LOG.info(() -> "Job execution " + executionId + " was interrupted by the server's end: marked failed ("
                + jobs + " execution, " + steps + " steps)");
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
