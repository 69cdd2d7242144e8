package com.kehu.crm.churn.boundary;

import com.kehu.crm.churn.control.ChurnCheck;
import com.kehu.crm.churn.control.ChurnSettings;
import com.kehu.crm.churn.control.WeeklySchedule;
import com.kehu.crm.churn.dto.ChurnRunView;
import com.kehu.crm.churn.dto.ScheduleView;
import com.kehu.crm.churn.entity.ChurnTrigger;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The weekly churn check's timer: a persistent calendar timer created from {@code kehu.churn.schedule} (default
 * Saturday 02:00, server time), not an {@code @Schedule}, whose values are fixed when the application is built.
 * <ul>
 * <li>Persistent: the timer service keeps it across restarts and fires a timeout missed while the server was down
 * when it comes back.</li>
 * <li>Once per cluster: every timeout claims its week's slot in CHN_RUN (unique), so whichever server fires first
 * runs the check and the others find the slot taken; with WildFly's distributable (HA) or database timer store
 * only one server fires anyway (README, config/ha).</li>
 * <li>Catch-up: at start-up, if the check ran before the latest slot but not since, that slot runs now; the same
 * claim keeps it from running twice when the timer service also fires the missed timeout.</li>
 * <li>Crash: at start-up, a weekly run this server was doing when it died goes on from its last chunk (a manual
 * one is marked failed; the check page offers to restart it).</li>
 * </ul>
 */
@Singleton
@Startup
// After the demo start's churn history (a no-op without demo data), so that the first check sees it.
@DependsOn({"SchemaMigration", "DemoChurn"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChurnScheduler {

    static final String TIMER_INFO = "kehu-churn-check";
    private static final Logger LOG = Logger.getLogger(ChurnScheduler.class.getName());

    @Resource
    private TimerService timerService;
    @EJB
    private ChurnCheck check;
    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;

    @PostConstruct
    void startUp() {
        // Runs this server was doing when it died: marked failed; a weekly one goes on from its last chunk at once.
        for (ChurnRunView interrupted : check.recoverInterrupted()) {
            if (interrupted.trigger() != ChurnTrigger.MANUAL) {
                LOG.info(() -> "Churn check run " + interrupted.id() + " was interrupted; restarting it");
                check.restart(interrupted.id());
            }
        }
        WeeklySchedule schedule = apply();
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<LocalDateTime> lastRun = Optional.ofNullable(em.createQuery(
                "SELECT MAX(r.startedAt) FROM ChurnRun r", LocalDateTime.class).getSingleResult());
        schedule.missed(lastRun, now).ifPresent(slot -> {
            LOG.info(() -> "Churn check of " + slot + " was missed; catching up now");
            check.start(ChurnTrigger.CATCH_UP, slot).ifPresent(check::executeInBackground);
        });
    }

    /** The timer fired: run the check for its slot, unless another server already did. */
    @Timeout
    @PermitAll
    @Lock(LockType.READ)
    void timeout(Timer timer) {
        LocalDateTime slot = ChurnSettings.schedule().previous(LocalDateTime.now(clock));
        check.start(ChurnTrigger.TIMER, slot).ifPresentOrElse(check::execute,
                () -> LOG.info(() -> "Churn check of " + slot + " already run"));
    }

    /** Makes the timer follow {@code kehu.churn.schedule} (after IT changed it); returns the timer as it now is. */
    @RolesAllowed(Rights.CHURN_RUN)
    public ScheduleView reschedule() {
        apply();
        return view();
    }

    @RolesAllowed(Rights.CHURN_RUN)
    @Lock(LockType.READ)
    public ScheduleView view() {
        Optional<Timer> timer = timer();
        ScheduleExpression expression = timer.map(Timer::getSchedule).orElse(null);
        return new ScheduleView(ChurnSettings.schedule().toString(),
                expression == null ? null : expression.getDayOfWeek(),
                expression == null ? null : expression.getHour(),
                expression == null ? null : expression.getMinute(),
                timer.map(Timer::isPersistent).orElse(false),
                timer.map(t -> LocalDateTime.ofInstant(t.getNextTimeout().toInstant(), ZoneId.systemDefault()))
                        .orElse(null),
                ChurnSettings.thresholdMonths());
    }

    /** Keeps the persistent timer if it matches the configured schedule, otherwise replaces it. */
    private WeeklySchedule apply() {
        WeeklySchedule schedule = ChurnSettings.schedule();
        ScheduleExpression wanted = schedule.toExpression();
        List<Timer> ours = timerService.getTimers().stream().filter(t -> TIMER_INFO.equals(t.getInfo())).toList();
        boolean keep = ours.size() == 1 && same(ours.get(0).getSchedule(), wanted);
        if (!keep) {
            ours.forEach(Timer::cancel);
            timerService.createCalendarTimer(wanted, new TimerConfig(TIMER_INFO, true));
            LOG.info(() -> "Churn check scheduled: " + schedule + " (server time)");
        }
        return schedule;
    }

    private Optional<Timer> timer() {
        return timerService.getTimers().stream().filter(t -> TIMER_INFO.equals(t.getInfo())).findFirst();
    }

    private static boolean same(ScheduleExpression a, ScheduleExpression b) {
        return Objects.equals(a.getDayOfWeek(), b.getDayOfWeek()) && Objects.equals(a.getHour(), b.getHour())
                && Objects.equals(a.getMinute(), b.getMinute()) && Objects.equals(a.getSecond(), b.getSecond());
    }
}
