package com.kehu.crm.common.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of Kehu CRM for a load balancer: ready only while its database answers. The server's health endpoint
 * ({@code /health/ready} on the management interface, MicroProfile Health) lists this check as
 * {@value #NAME} beside the server's own checks, and answers 503 while it is DOWN, so that a load balancer sends users
 * to another server instead of to error pages.
 * <p>
 * It takes a connection from Kehu CRM's own pool {@code KehuDS} (which validates it) and asks the driver whether it
 * is valid within {@code kehu.health.database-timeout} seconds (default 5), the same path every user request takes.
 * It is deliberately not a liveness check: restarting the server does not repair a database.
 * <p>
 * It lives in the EAR's library jar because that is where WildFly's MicroProfile Health finds the checks of an EAR:
 * a check in the EJB module or in the web module is never called (tried on WildFly 39).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    public static final String NAME = "kehu-database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @Resource(lookup = "java:jboss/datasources/KehuDS")
    private DataSource dataSource;

    /** Whether the previous call found the database up: an outage is logged once, not at every probe. */
    private final AtomicBoolean wasUp = new AtomicBoolean(true);

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("datasource", "KehuDS");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(timeoutSeconds())) {
                throw new SQLException("connection not valid within " + timeoutSeconds() + " s");
            }
            response.withData("database", connection.getMetaData().getDatabaseProductName());
            if (!wasUp.getAndSet(true)) {
                LOG.info("Kehu CRM's database answers again: ready");
            }
            return response.up().build();
        } catch (SQLException | RuntimeException e) {
            if (wasUp.getAndSet(false)) {
                LOG.log(Level.WARNING, "Kehu CRM's database does not answer: not ready until it does", e);
            }
            // The reason's kind, not its text: the text may name hosts or users.
            return response.down().withData("error", e.getClass().getSimpleName()
                    + (e instanceof SQLException sql && sql.getSQLState() != null ? " " + sql.getSQLState() : ""))
                    .build();
        }
    }

    private static int timeoutSeconds() {
        try {
            return Math.max(1, Integer.parseInt(System.getProperty("kehu.health.database-timeout", "5").trim()));
        } catch (NumberFormatException e) {
            return 5;
        }
    }
}
