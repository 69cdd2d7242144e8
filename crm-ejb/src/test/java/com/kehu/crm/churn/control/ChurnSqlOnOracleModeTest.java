package com.kehu.crm.churn.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kehu.crm.churn.entity.ChurnRunStatus;
import com.kehu.crm.common.boundary.OracleModeDatabase;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The churn check's native SQL ({@link ChurnChunks}), with the id expression it uses on Oracle, runs on the migrated
 * schema in H2's Oracle mode and finds exactly the customers it should.
 */
class ChurnSqlOnOracleModeTest {

    private static final LocalDate CUTOFF = LocalDate.of(2026, 5, 1);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 1, 2, 0);
    private static OracleModeDatabase db;

    @BeforeAll
    static void schemaAndCustomers() throws Exception {
        db = OracleModeDatabase.migrated("churn");
        String customer = "INSERT INTO CST_CUSTOMER (ID, VERSION, CUSTOMER_NO, NAME, REGION, MANAGER_ID, CUSTOMER_LEVEL, "
                + "ADDRESS, POSTCODE, PHONE, STATUS, CREATED_AT) VALUES (%d, 0, 'KH%d', '客户%d', '华北', 500, '1', "
                + "'北京', '100000', '010-1', '%s', TIMESTAMP '%s')";
        String order = "INSERT INTO SALES_ORDER (ID, VERSION, EXTERNAL_ID, ORDER_NO, CUSTOMER_ID, ORDER_DATE, "
                + "DELIVERY_ADDRESS, STATUS, CREATED_AT) VALUES (%d, 0, 'E%1$d', 'O%1$d', %d, DATE '%s', '北京', '%s', "
                + "TIMESTAMP '2026-01-01 00:00:00')";
        db.execute("INSERT INTO SEC_USER (ID, VERSION, USERNAME, DISPLAY_NAME, PASSWORD_HASH, ACCOUNT_STATUS, "
                        + "FAILED_LOGINS, CREATED_AT) VALUES (500, 0, 'manager1', '经理', 'x', 'ACTIVE', 0, SYSTIMESTAMP)",
                // 1001: last counted order before the cutoff -> warning, last order 2026-02-10
                String.format(customer, 1001, 1001, 1001, "NORMAL", "2025-01-01 00:00:00"),
                String.format(order, 2001, 1001, "2026-02-10", "SHIPPED"),
                String.format(order, 2002, 1001, "2026-01-05", "PAID"),
                String.format(order, 2003, 1001, "2026-07-01", "CANCELLED"),
                // 1002: a paid order after the cutoff -> no warning
                String.format(customer, 1002, 1002, 1002, "NORMAL", "2025-01-01 00:00:00"),
                String.format(order, 2004, 1002, "2026-06-01", "PAID"),
                // 1003: never ordered, created before the cutoff -> warning without a last order date
                String.format(customer, 1003, 1003, 1003, "NORMAL", "2025-06-01 00:00:00"),
                // 1004: never ordered, created after the cutoff -> too new for a warning
                String.format(customer, 1004, 1004, 1004, "NORMAL", "2026-06-01 00:00:00"),
                // 1005: already lost -> no warning
                String.format(customer, 1005, 1005, 1005, "LOST", "2025-01-01 00:00:00"),
                // 1006: an open warning already -> no second one
                String.format(customer, 1006, 1006, 1006, "NORMAL", "2025-01-01 00:00:00"),
                "INSERT INTO CHN_WARNING (ID, VERSION, CUSTOMER_ID, OPEN_CUSTOMER_ID, WARNING_STATUS, CREATED_AT) "
                        + "VALUES (3001, 0, 1006, 1006, 'WARNING', TIMESTAMP '2026-03-01 00:00:00')",
                // 1007: outside the chunk -> untouched
                String.format(customer, 1007, 1007, 1007, "NORMAL", "2025-01-01 00:00:00"),
                "INSERT INTO CHN_RUN (ID, VERSION, TRIGGERED_BY, STARTED_AT, RUN_STATUS, CUTOFF_DATE, CUSTOMERS_TOTAL, "
                        + "CREATED_AT) VALUES (4001, 0, 'MANUAL', TIMESTAMP '2026-11-01 02:00:00', 'RUNNING', "
                        + "DATE '2026-05-01', 7, TIMESTAMP '2026-11-01 02:00:00')");
    }

    @Test
    void oneChunkWarnsTheCustomersWithoutRecentOrdersAndRecordsTheRun() throws Exception {
        int created;
        try (Connection connection = db.connect()) {
            try (PreparedStatement lock = connection.prepareStatement(ChurnChunks.LOCK)) {
                lock.setTimestamp(1, Timestamp.valueOf(NOW));
                assertEquals(1, lock.executeUpdate(), "the lock row exists and is taken");
            }
            try (PreparedStatement detect = connection.prepareStatement(
                    String.format(ChurnChunks.DETECT, ChurnChunks.nextId("oracle")))) {
                Timestamp stamp = Timestamp.valueOf(NOW);
                detect.setLong(1, 4001);
                detect.setTimestamp(2, stamp);
                detect.setString(3, "system");
                detect.setTimestamp(4, stamp);
                detect.setString(5, "system");
                detect.setLong(6, 1000);
                detect.setLong(7, 1006);
                detect.setDate(8, Date.valueOf(CUTOFF));
                detect.setTimestamp(9, Timestamp.valueOf(CUTOFF.atStartOfDay()));
                created = detect.executeUpdate();
            }
            try (PreparedStatement progress = connection.prepareStatement(ChurnChunks.PROGRESS)) {
                progress.setLong(1, 6);
                progress.setLong(2, created);
                progress.setLong(3, 1006);
                progress.setLong(4, 4001);
                assertEquals(1, progress.executeUpdate());
            }
            try (PreparedStatement finish = connection.prepareStatement(ChurnChunks.FINISH)) {
                finish.setString(1, ChurnRunStatus.DONE.name());
                finish.setTimestamp(2, Timestamp.valueOf(NOW.plusMinutes(1)));
                finish.setTimestamp(3, Timestamp.valueOf(NOW.plusMinutes(1)));
                finish.setLong(4, 4001);
                assertEquals(1, finish.executeUpdate());
            }
        }
        assertEquals(2, created);
        assertEquals(List.of("1001 2026-02-10 4001", "1003 null 4001"), newWarnings());
        assertEquals(1000, db.number("SELECT MIN(ID) FROM CHN_WARNING WHERE RUN_ID = 4001"),
                "ids come from CRM_SEQ, which starts at 1000");
        assertEquals(6, db.number("SELECT CUSTOMERS_DONE FROM CHN_RUN WHERE ID = 4001"));
        assertEquals(2, db.number("SELECT WARNINGS_CREATED FROM CHN_RUN WHERE ID = 4001"));
        assertEquals(1006, db.number("SELECT LAST_CUSTOMER_ID FROM CHN_RUN WHERE ID = 4001"),
                "where a restarted run goes on");
        assertEquals(1, db.number("SELECT COUNT(*) FROM CHN_RUN WHERE ID = 4001 AND RUN_STATUS = 'DONE' "
                + "AND FINISHED_AT IS NOT NULL"));
        assertEquals(1, db.number("SELECT COUNT(*) FROM CHN_CHECK_LOCK WHERE LOCKED_AT = ?", Timestamp.valueOf(NOW)));
    }

    private static List<String> newWarnings() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect();
             ResultSet rs = connection.createStatement().executeQuery("SELECT CUSTOMER_ID, LAST_ORDER_DATE, RUN_ID "
                     + "FROM CHN_WARNING WHERE RUN_ID IS NOT NULL ORDER BY CUSTOMER_ID")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getDate(2) + " " + rs.getLong(3));
            }
        }
        return rows;
    }
}
