package com.kehu.crm.common.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date with the Liquibase changelog (crm-persistence, db/changelog) when the application is
 * deployed, before anything else uses the database. Liquibase's lock table makes this safe when several servers of a
 * cluster start at once. A failed migration fails the deployment: the application never runs on a wrong schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@PermitAll
public class SchemaMigration {

    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/KehuDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            update(connection);
        } catch (Exception e) {
            throw new IllegalStateException("Kehu CRM schema migration failed: " + e.getMessage(), e);
        }
        LOG.info(() -> String.format("Kehu CRM schema is up to date (%d ms).", (System.nanoTime() - started) / 1_000_000));
    }

    /** Applies the changesets that the database behind {@code connection} lacks. */
    static void update(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Map<String, Object> scope = Map.of(
                "liquibase.analytics.enabled", Boolean.FALSE,
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()));
        Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .execute());
    }
}
