package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL the application cannot change its audit trails: KehuDS connects as a user that may only read and
 * insert AUD_ENTRY and AUD_SECURITY_EVENT, while the schema belongs to the migration datasource's user. Skipped on
 * H2 (one embedded user; the hash chain is the protection there); on a PostgreSQL server it always runs, and fails
 * when the server lacks the separate owner.
 */
@ExtendWith(ArquillianExtension.class)
class AuditPrivilegesIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(AuditPrivilegesIT.class);
    }

    @Test
    void theApplicationUserMayReadAndInsertButNeverUpdateOrDeleteTheAuditTables() throws Exception {
        DataSource app = (DataSource) new InitialContext().lookup("java:jboss/datasources/KehuDS");
        String product;
        try (Connection c = app.getConnection()) {
            product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        }
        Assumptions.assumeFalse(product.contains("h2"), "H2: one database user, the hash chain protects the trail");
        assertTrue(product.contains("postgres"), "a database this test knows: " + product);

        DataSource owner;
        try {
            owner = (DataSource) new InitialContext().lookup("java:jboss/datasources/KehuMigrationDS");
        } catch (NameNotFoundException e) {
            throw new AssertionError("PostgreSQL without the schema owner's datasource KehuMigrationDS: the application"
                    + " user could change the audit trail", e);
        }
        assertNotEquals(single(owner, "SELECT current_user"), single(app, "SELECT current_user"),
                "KehuDS and KehuMigrationDS are different database users");

        for (String table : new String[] {"AUD_SECURITY_EVENT", "AUD_ENTRY"}) {
            try (Connection c = app.getConnection(); Statement st = c.createStatement()) {
                c.setAutoCommit(false);
                try {
                    st.executeQuery("SELECT COUNT(*) FROM " + table).close();
                    assertRefused(st, "UPDATE " + table + " SET ID = ID");
                    c.rollback();
                    assertRefused(st, "DELETE FROM " + table);
                    c.rollback();
                    assertRefused(st, "TRUNCATE " + table);
                    c.rollback();
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        }
        // INSERT is allowed (the application appends), here in a transaction that is rolled back.
        try (Connection c = app.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                assertEquals(1, st.executeUpdate("INSERT INTO AUD_ENTRY (ID, CHANGED_AT, SUBJECT_TYPE, SUBJECT_ID, "
                        + "ENTITY_TYPE, ENTITY_ID, ACTION_TYPE) VALUES ('privileges-it', CURRENT_TIMESTAMP, 'T', 0, 'T', 0, "
                        + "'CREATE')"));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        // The application's other tables stay writable.
        try (Connection c = app.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                st.executeUpdate("UPDATE SEC_USER SET VERSION = VERSION WHERE USERNAME = 'admin'");
                st.executeUpdate("UPDATE AUD_CHAIN_HEAD SET LAST_ID = LAST_ID");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static void assertRefused(Statement st, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate(sql), sql);
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), sql + ": " + refused.getMessage());
    }

    private static String single(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
