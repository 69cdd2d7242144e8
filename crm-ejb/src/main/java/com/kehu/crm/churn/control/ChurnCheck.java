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
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
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
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the churn check: claims the run, walks the customers in chunks of {@code kehu.churn.chunk-size} customers, each
 * chunk one set-based statement in its own transaction ({@link ChurnChunks}), then tells the managers. It holds no
 * transaction itself ({@code NOT_SUPPORTED}): the run's length is not bounded by a transaction timeout.
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

    @EJB
    private ChurnChunks chunks;
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

    /** Runs a started run to its end; returns it as finished. */
    public ChurnRunView execute(long runId) {
        long started = System.nanoTime();
        ChurnRun run = em.find(ChurnRun.class, runId);
        String who = caller();
        int size = ChurnSettings.chunkSize();
        try {
            long after = Long.MIN_VALUE;
            Optional<long[]> chunk;
            while ((chunk = chunks.nextChunk(after, size)).isPresent()) {
                long upTo = chunk.get()[0];
                chunks.detect(runId, after, upTo, chunk.get()[1], run.getCutoff(), LocalDateTime.now(clock), who);
                after = upTo;
            }
            chunks.finish(runId, ChurnRunStatus.DONE, LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Churn check run " + runId + " failed; the next run redoes what it missed", e);
            chunks.finish(runId, ChurnRunStatus.FAILED, LocalDateTime.now(clock));
            measure(run, ChurnRunStatus.FAILED, started);
            throw e;
        }
        measure(run, ChurnRunStatus.DONE, started);
        ChurnRunView done = view(runId);
        LOG.info(() -> String.format("Churn check run %d (%s): %d customers, %d warnings, %d ms", runId,
                done.trigger(), done.customersDone(), done.warningsCreated(), (System.nanoTime() - started) / 1_000_000));
        audit.record(SecurityEventType.CHURN_WARNINGS, SecurityOutcome.SUCCESS, "run " + runId,
                "trigger=" + done.trigger() + "; warnings=" + done.warningsCreated());
        notifier.tellManagers(runId);
        return done;
    }

    private void measure(ChurnRun run, ChurnRunStatus outcome, long startedNanos) {
        metrics.finished(RUNS_METRIC, outcome, Duration.ofNanos(System.nanoTime() - startedNanos),
                "trigger", run.getTrigger().name().toLowerCase(Locale.ROOT));
    }

    /** The same, in the background: the administrator's page follows the run's progress meanwhile. */
    @Asynchronous
    public void executeInBackground(long runId) {
        try {
            execute(runId);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "run " + runId + " failed (logged above)", e);
        }
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
