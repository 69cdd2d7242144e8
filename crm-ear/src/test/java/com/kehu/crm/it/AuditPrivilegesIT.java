package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL the application cannot change its audit trails: the running server's KehuDS connects as a user that
 * may only read and insert AUD_ENTRY and AUD_SECURITY_EVENT, while the schema belongs to the user of the migration
 * datasource. The test connects as that application user itself (plain JDBC, as anyone holding its password could).
 * Runs in the PostgreSQL run ({@code -Ppostgresql}, which passes the database and the user); skipped in the H2 run
 * (one embedded user; the hash chain is the protection there). In the PostgreSQL run it never skips: an unreachable
 * database or a server without the separate owner fails it.
 */
@EnabledIfSystemProperty(named = "kehu.it.pg.url", matches = ".+",
        disabledReason = "H2 run: one database user, the hash chain protects the trail")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditPrivilegesIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theApplicationUserMayReadAndInsertButNeverUpdateOrDeleteTheAuditTables() throws Exception {
        String url = System.getProperty("kehu.it.pg.url");
        String appUser = System.getProperty("kehu.it.pg.app.user");
        try (Connection c = DriverManager.getConnection(url, appUser, System.getProperty("kehu.it.pg.app.password"));
             Statement st = c.createStatement()) {
            // The server works as this user (its pool's connections), and another user owns the tables.
            assertTrue(count(st, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND usename = current_user AND pid <> pg_backend_pid()") > 0, "KehuDS connects as " + appUser);
            String owner = single(st, "SELECT tableowner FROM pg_tables WHERE tablename = 'aud_security_event'");
            assertNotEquals(appUser, owner, "the schema belongs to the migration user");
            assertTrue(count(st, "SELECT COUNT(*) FROM aud_security_event") >= 0);

            c.setAutoCommit(false);
            for (String table : new String[] {"AUD_SECURITY_EVENT", "AUD_ENTRY"}) {
                st.executeQuery("SELECT COUNT(*) FROM " + table).close();
                assertRefused(c, st, "UPDATE " + table + " SET ID = ID");
                assertRefused(c, st, "DELETE FROM " + table);
                assertRefused(c, st, "TRUNCATE " + table);
            }
            // INSERT is what the application does (rolled back here), and its other tables stay writable.
            assertEquals(1, st.executeUpdate("INSERT INTO AUD_ENTRY (ID, CHANGED_AT, SUBJECT_TYPE, SUBJECT_ID, "
                    + "ENTITY_TYPE, ENTITY_ID, ACTION_TYPE) VALUES ('privileges-it', CURRENT_TIMESTAMP, 'T', 0, 'T', 0, "
                    + "'CREATE')"));
            assertEquals(1, st.executeUpdate("UPDATE AUD_CHAIN_HEAD SET LAST_ID = LAST_ID WHERE ID = 1"));
            assertEquals(1, st.executeUpdate("UPDATE SEC_USER SET VERSION = VERSION WHERE USERNAME = 'admin'"));
            c.rollback();
        }
    }

    private static void assertRefused(Connection c, Statement st, String sql) throws SQLException {
        SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate(sql), sql);
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), sql + ": " + refused.getMessage());
        c.rollback();
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
