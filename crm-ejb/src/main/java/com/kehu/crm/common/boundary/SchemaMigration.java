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
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
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
 * <p>
 * On PostgreSQL and Oracle, IT may give the schema its own owner: when the server has the datasource
 * {@value #MIGRATION_DATASOURCE} (config/postgresql or config/oracle datasource.cli), the migrations run through it,
 * as the owner, and grant the application's user (KehuDS, named by the system property {@code kehu.app.user}) what
 * it needs: everything on the application's tables, but only SELECT and INSERT on the audit trails, which it then
 * cannot change (changelog 014). Without it (H2, or one database user) the migrations run through KehuDS.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@PermitAll
public class SchemaMigration {

    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    /** The application user's rights when the schema has its own owner: after the master, at every deployment. */
    static final String GRANTS = "db/changelog/db.changelog-grants.xml";
    /** The schema owner's datasource, optional. */
    static final String MIGRATION_DATASOURCE = "java:jboss/datasources/KehuMigrationDS";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/KehuDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        DataSource owner = migrationDataSource().orElse(dataSource);
        try (Connection connection = owner.getConnection()) {
            update(connection, CHANGELOG);
        } catch (Exception e) {
            throw new IllegalStateException("Kehu CRM schema migration failed: " + e.getMessage(), e);
        }
        try (Connection connection = owner.getConnection()) {
            update(connection, GRANTS);
        } catch (Exception e) {
            throw new IllegalStateException("Kehu CRM schema migration failed: " + e.getMessage(), e);
        }
        LOG.info(() -> String.format("Kehu CRM schema is up to date (%d ms).", (System.nanoTime() - started) / 1_000_000));
    }

    private static Optional<DataSource> migrationDataSource() {
        try {
            DataSource owner = (DataSource) new InitialContext().lookup(MIGRATION_DATASOURCE);
            LOG.info(() -> "Kehu CRM schema migrations run as the schema owner (" + MIGRATION_DATASOURCE + ").");
            return Optional.of(owner);
        } catch (NameNotFoundException e) {
            return Optional.empty();
        } catch (NamingException e) {
            throw new IllegalStateException("The migration datasource " + MIGRATION_DATASOURCE + " is unusable", e);
        }
    }

    /** Applies the changesets that the database behind {@code connection} lacks. */
    static void update(Connection connection, String changelog) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Map<String, Object> scope = Map.of(
                "liquibase.analytics.enabled", Boolean.FALSE,
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()));
        Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                .execute());
    }
}
