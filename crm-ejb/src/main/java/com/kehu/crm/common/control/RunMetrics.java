package com.kehu.crm.common.control;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Counts and times the background runs of every component (the churn check, the sales data import) for operations,
 * through the server's Micrometer registry: IT's monitoring scrapes them with the server's own metrics
 * (config/50-observability.cli). Each run kind gives a timer {@code <name>} tagged with its {@code outcome} (its
 * count, total and maximum time per outcome) and a gauge {@code <name>.last.seconds} with the last run's duration.
 * <p>
 * Meters are created with the registry's own methods ({@code timer(name, tags)}, {@code gauge(...)}): WildFly hands
 * each deployment a registry that passes only those on to the server's, while meters built with
 * {@code Timer.builder(...).register(registry)} would stay inside the deployment, never exported.
 * <p>
 * Figures are per server, as metrics are; the runs themselves stay in the database. On a server without the
 * Micrometer subsystem the runs are simply not measured: the application does not depend on monitoring.
 */
@ApplicationScoped
public class RunMetrics {

    private static final Logger LOG = Logger.getLogger(RunMetrics.class.getName());

    @Inject
    private Instance<MeterRegistry> registries;

    private MeterRegistry registry;
    private final Map<String, AtomicLong> lastDurations = new ConcurrentHashMap<>();
    private final Set<Meter> meters = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        if (registries.isResolvable()) {
            registry = registries.get();
        } else {
            LOG.info("No Micrometer registry on this server (config/50-observability.cli not applied): runs are not measured");
        }
    }

    /** The registry is the server's: the meters leave with the application (a redeployment starts them afresh). */
    @PreDestroy
    void removeMeters() {
        if (registry != null) {
            meters.forEach(registry::remove);
        }
        meters.clear();
    }

    /**
     * Records one finished run.
     *
     * @param name    the run kind's meter name, e.g. {@code kehu.churn.check.runs}
     * @param outcome how it ended (a status name; exported in lower case)
     * @param took    how long it ran
     * @param tags    further tag names and values, in pairs (e.g. {@code "trigger", "manual"})
     */
    public void finished(String name, Enum<?> outcome, Duration took, String... tags) {
        if (registry == null) {
            return;
        }
        Timer timer = registry.timer(name, Tags.of(tags).and("outcome", outcome.name().toLowerCase(Locale.ROOT)));
        meters.add(timer);
        timer.record(took);
        lastDurations.computeIfAbsent(name, this::lastDuration).set(took.toMillis());
    }

    /** The last run's duration in milliseconds, exported in seconds. */
    private AtomicLong lastDuration(String name) {
        AtomicLong millis = registry.gauge(name + ".last.seconds", Tags.empty(), new AtomicLong(),
                last -> last.get() / 1000.0);
        registry.find(name + ".last.seconds").meters().forEach(meters::add);
        return millis;
    }
}
