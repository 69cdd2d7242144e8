package com.kehu.crm.churn.control;

import com.kehu.crm.security.boundary.SecurityAudit;
import com.kehu.crm.security.entity.SecurityEventType;
import com.kehu.crm.security.entity.SecurityOutcome;
import com.kehu.crm.churn.dto.ChurnRunView;
import com.kehu.crm.churn.entity.ChurnRun;
import com.kehu.crm.churn.entity.ChurnRunStatus;
import com.kehu.crm.churn.entity.ChurnTrigger;
import com.kehu.crm.common.control.RunMetrics;
import jakarta.annotation.Resource;
import com.kehu.crm.common.control.BatchJobs;
import com.kehu.crm.common.control.ServerNode;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Runs the churn check: claims the run, then the Jakarta Batch job {@code churn-check} walks the customers in chunks
 * of {@code kehu.churn.chunk-size} customers, each chunk one set-based statement in its own transaction with the job's
 * checkpoint ({@link ChurnChunks}), and tells the managers at the end. A run interrupted by a crash is marked failed
 * when its server starts again and can be restarted from its last chunk. It holds no transaction itself
 * ({@code NOT_SUPPORTED}): the run's length is not bounded by a transaction timeout.
 * <p>
 * Not a client view ({@code PermitAll}): the timer (no caller) and {@code ChurnCheckService} (administrators) call it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChurnCheck {

    /** The runs' metric (by trigger and outcome), see {@link RunMetrics}. */
    public static final String RUNS_METRIC = "kehu.churn.check.runs";
    private static final Logger LOG = Logger.getLogger(ChurnCheck.class.getName());

    /** The job of META-INF/batch-jobs/churn-check.xml. */
    public static final String JOB = "churn-check";
    private static final Set<BatchStatus> ENDED = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    @EJB
    private ChurnChunks chunks;
    @EJB
    private BatchJobs jobs;
    @EJB
    private ChurnNotifier notifier;
    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext context;
    @Inject
    private Clock clock;
    @Inject
    private RunMetrics metrics;
    @EJB
    private SecurityAudit audit;

    /** Starts a run: a scheduled one for its slot (empty if the slot was taken), a manual one with slot null. */
    public Optional<Long> start(ChurnTrigger trigger, LocalDateTime slot) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate cutoff = ChurnSettings.cutoff(now.toLocalDate(), ChurnSettings.thresholdMonths());
        try {
            return chunks.start(trigger, slot, now, cutoff);
        } catch (RuntimeException e) {
            if (slot == null) {
                throw e;
            }
            LOG.info(() -> "Churn check for " + slot + " was claimed by another server: " + e);
            return Optional.empty();
        }
    }

    /** Runs a started run to its end (the job, waited for); returns it as finished. */
    public ChurnRunView execute(long runId) {
        long execution = jobs.start(JOB, parameters(runId, caller()));
        BatchStatus status;
        while (!ENDED.contains(status = jobs.status(execution))) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for churn check run " + runId, e);
            }
        }
        if (status != BatchStatus.COMPLETED) {
            throw new IllegalStateException("Churn check run " + runId + " ended " + status
                    + "; the server log has the cause, and the run can be restarted");
        }
        return view(runId);
    }

    /** The same, in the background (a Jakarta Batch job): the administrator's page follows the run's progress. */
    public void executeInBackground(long runId) {
        jobs.start(JOB, parameters(runId, caller()));
    }

    /** Goes on with a failed or stopped run from its last chunk, as whoever started it. */
    public void restart(long runId) {
        ChurnRun run = em.find(ChurnRun.class, runId);
        jobs.restart(run.getJobExecutionId(), parameters(runId, run.getCreatedBy()));
    }

    /** Asks a running check to stop after its current chunk. */
    public void stop(long runId) {
        ChurnRun run = em.find(ChurnRun.class, runId);
        if (run.getStatus() == ChurnRunStatus.RUNNING && run.getJobExecutionId() != null) {
            jobs.stop(run.getJobExecutionId());
        }
    }

    /** The job (re)started on this server (its listener). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(long runId, long executionId) {
        em.find(ChurnRun.class, runId).running(executionId, ServerNode.name());
    }

    /** Every chunk is written (the job's last step): the run is done and the managers are told. */
    public void completed(long runId) {
        chunks.finish(runId, ChurnRunStatus.DONE, LocalDateTime.now(clock));
        ChurnRunView done = view(runId);
        measure(done, ChurnRunStatus.DONE);
        LOG.info(() -> String.format("Churn check run %d (%s): %d customers, %d warnings, %d ms", runId,
                done.trigger(), done.customersDone(), done.warningsCreated(), done.durationMillis()));
        audit.record(SecurityEventType.CHURN_WARNINGS, SecurityOutcome.SUCCESS, "run " + runId,
                "trigger=" + done.trigger() + "; warnings=" + done.warningsCreated());
        notifier.tellManagers(runId);
    }

    /** The job ended without completing: failed (the log has the cause) or stopped; it can be restarted. */
    public void ended(long runId, boolean stopped) {
        ChurnRunStatus outcome = stopped ? ChurnRunStatus.STOPPED : ChurnRunStatus.FAILED;
        chunks.finish(runId, outcome, LocalDateTime.now(clock));
        measure(view(runId), outcome);
        if (!stopped) {
            LOG.severe(() -> "Churn check run " + runId + " failed; it can be restarted from its last chunk");
        }
    }

    /**
     * Runs this server was checking when it died (its start finds them still running): they and their executions are
     * marked failed. Returns them, for the scheduler to restart the weekly ones.
     */
    public List<ChurnRunView> recoverInterrupted() {
        List<ChurnRun> interrupted = em.createQuery("SELECT r FROM ChurnRun r WHERE r.status = :running "
                        + "AND r.runNode = :node AND r.jobExecutionId IS NOT NULL", ChurnRun.class)
                .setParameter("running", ChurnRunStatus.RUNNING).setParameter("node", ServerNode.name())
                .getResultList();
        for (ChurnRun run : interrupted) {
            jobs.markInterrupted(run.getJobExecutionId());
            chunks.finish(run.getId(), ChurnRunStatus.FAILED, LocalDateTime.now(clock));
        }
        return interrupted.stream().map(r -> view(r.getId())).toList();
    }

    private void measure(ChurnRunView run, ChurnRunStatus outcome) {
        metrics.finished(RUNS_METRIC, outcome, Duration.ofMillis(run.durationMillis()),
                "trigger", run.trigger().name().toLowerCase(Locale.ROOT));
    }

    private static Properties parameters(long runId, String startedBy) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        parameters.setProperty("startedBy", startedBy == null ? "system" : startedBy);
        return parameters;
    }

    /** A run as the pages show it, read fresh from the database. */
    public ChurnRunView view(long runId) {
        em.clear();
        ChurnRun run = em.find(ChurnRun.class, runId);
        return run == null ? null : ChurnRunView.of(run, LocalDateTime.now(clock));
    }

    private String caller() {
        try {
            Principal principal = context.getCallerPrincipal();
            return principal == null || "anonymous".equals(principal.getName()) ? "system" : principal.getName();
        } catch (IllegalStateException e) {
            return "system";
        }
    }
}
