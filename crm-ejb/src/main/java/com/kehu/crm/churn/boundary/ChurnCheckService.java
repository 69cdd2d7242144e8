package com.kehu.crm.churn.boundary;

import com.kehu.crm.churn.control.ChurnCheck;
import com.kehu.crm.churn.dto.ChurnRunView;
import com.kehu.crm.churn.dto.ScheduleView;
import com.kehu.crm.churn.entity.ChurnRun;
import com.kehu.crm.churn.entity.ChurnTrigger;
import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The administrator's side of the churn check: its last runs, its timer, and starting it by hand, in the background
 * (the page follows the progress) or to the end (the REST interface and the benchmark time it).
 */
@Stateless
@RolesAllowed(Rights.CHURN_RUN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChurnCheckService {

    @EJB
    private ChurnCheck check;
    @EJB
    private ChurnScheduler scheduler;
    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;

    /** Starts a run in the background; returns its id at once. */
    @RolesAllowed(Rights.CHURN_RUN)
    public long start() {
        long runId = check.start(ChurnTrigger.MANUAL, null).orElseThrow();
        check.executeInBackground(runId);
        return runId;
    }

    /** Runs the check to its end and returns the finished run. */
    @RolesAllowed(Rights.CHURN_RUN)
    public ChurnRunView runNow() {
        return check.execute(check.start(ChurnTrigger.MANUAL, null).orElseThrow());
    }

    /** Goes on with a failed or stopped run from its last chunk. */
    @RolesAllowed(Rights.CHURN_RUN)
    public void restart(long id) {
        if (!run(id).restartable()) {
            throw new BusinessException("churn_check.error.notRestartable");
        }
        check.restart(id);
    }

    /** Asks a running check to stop after its current chunk. */
    @RolesAllowed(Rights.CHURN_RUN)
    public void stop(long id) {
        check.stop(id);
    }

    @RolesAllowed(Rights.CHURN_RUN)
    public ChurnRunView run(long id) {
        ChurnRunView run = check.view(id);
        if (run == null) {
            throw new NotFoundException();
        }
        return run;
    }

    /** The latest runs, newest first. */
    @RolesAllowed(Rights.CHURN_RUN)
    public List<ChurnRunView> latestRuns(int max) {
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createQuery("SELECT r FROM ChurnRun r ORDER BY r.startedAt DESC, r.id DESC", ChurnRun.class)
                .setMaxResults(max).getResultStream().map(r -> ChurnRunView.of(r, now)).toList();
    }

    @RolesAllowed(Rights.CHURN_RUN)
    public Optional<ChurnRunView> lastRun() {
        return latestRuns(1).stream().findFirst();
    }

    @RolesAllowed(Rights.CHURN_RUN)
    public ScheduleView schedule() {
        return scheduler.view();
    }

    /** Re-reads the schedule setting and replaces the timer if it changed. */
    @RolesAllowed(Rights.CHURN_RUN)
    public ScheduleView applySchedule() {
        return scheduler.reschedule();
    }
}
