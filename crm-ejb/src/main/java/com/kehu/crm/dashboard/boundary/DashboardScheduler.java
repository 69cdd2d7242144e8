package com.kehu.crm.dashboard.boundary;

import com.kehu.crm.dashboard.control.RevenueSummary;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the dashboard's revenue summary fresh: every hour (a persistent timer: once per cluster, and a missed hour is
 * caught up), and once shortly after start-up so that a new installation shows its figures without waiting for the
 * hour. A refresh is idempotent and serialised by the database, so a start-up refresh on each server does no harm.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DashboardScheduler {

    private static final Logger LOG = Logger.getLogger(DashboardScheduler.class.getName());
    private static final long STARTUP_DELAY_MS = 20_000;

    @Resource
    private TimerService timerService;
    @EJB
    private RevenueSummary revenueSummary;
    @Inject
    private Clock clock;

    @PostConstruct
    void afterStart() {
        timerService.createSingleActionTimer(STARTUP_DELAY_MS, new TimerConfig("dashboard-startup", false));
    }

    @Schedule(hour = "*", minute = "5", persistent = true, info = "dashboard-hourly")
    @PermitAll
    void hourly() {
        refresh();
    }

    @Timeout
    @PermitAll
    void startup() {
        refresh();
    }

    private void refresh() {
        try {
            revenueSummary.refresh(LocalDate.now(clock));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the dashboard's revenue summary could not be refreshed; the last one stays", e);
        }
    }
}
