package com.kehu.crm.support.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kehu.crm.common.boundary.OracleModeDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service analysis' month grouping ({@link SupportAnalysisService#BY_MONTH}, and over one manager's customers
 * {@link SupportAnalysisService#BY_MONTH_OF_MANAGER}) in H2's Oracle mode.
 */
class SupportAnalysisSqlOnOracleModeTest {

    private static OracleModeDatabase db;

    @BeforeAll
    static void requests() throws Exception {
        db = OracleModeDatabase.migrated("support");
        String request = "INSERT INTO SUP_REQUEST (ID, VERSION, CUSTOMER_ID, SERVICE_TYPE, SUMMARY, REQUEST_TEXT, STATUS, "
                + "CREATOR_ID, REQUESTED_AT, ROUND_NO, CREATED_AT) VALUES (%d, 0, 1001, '%s', '咨询', '请联系', 'CREATED', "
                + "500, TIMESTAMP '%s', 1, TIMESTAMP '2026-01-01 00:00:00')";
        db.execute("INSERT INTO SEC_USER (ID, VERSION, USERNAME, DISPLAY_NAME, PASSWORD_HASH, ACCOUNT_STATUS, "
                        + "FAILED_LOGINS, CREATED_AT) VALUES (500, 0, 'manager1', '经理', 'x', 'ACTIVE', 0, SYSTIMESTAMP)",
                "INSERT INTO SEC_USER (ID, VERSION, USERNAME, DISPLAY_NAME, PASSWORD_HASH, ACCOUNT_STATUS, "
                        + "FAILED_LOGINS, CREATED_AT) VALUES (501, 0, 'manager2', '经理二', 'x', 'ACTIVE', 0, SYSTIMESTAMP)",
                "INSERT INTO CST_CUSTOMER (ID, VERSION, CUSTOMER_NO, NAME, REGION, MANAGER_ID, CUSTOMER_LEVEL, ADDRESS, "
                        + "POSTCODE, PHONE, STATUS, CREATED_AT) VALUES (1002, 0, 'KH1002', '客户二', '华北', 501, '1', '北京', "
                        + "'100000', '010-2', 'NORMAL', TIMESTAMP '2025-01-01 00:00:00')",
                String.format(request, 7, "CONSULT", "2026-02-10 09:00:00").replace("1001, 'CONSULT'", "1002, 'CONSULT'"),
                "INSERT INTO CST_CUSTOMER (ID, VERSION, CUSTOMER_NO, NAME, REGION, MANAGER_ID, CUSTOMER_LEVEL, ADDRESS, "
                        + "POSTCODE, PHONE, STATUS, CREATED_AT) VALUES (1001, 0, 'KH1001', '客户', '华北', 500, '1', '北京', "
                        + "'100000', '010-1', 'NORMAL', TIMESTAMP '2025-01-01 00:00:00')",
                String.format(request, 1, "CONSULT", "2026-01-01 00:00:00"),
                String.format(request, 2, "CONSULT", "2026-01-31 23:59:59"),
                String.format(request, 3, "COMPLAINT", "2026-01-15 10:00:00"),
                String.format(request, 4, "CONSULT", "2026-03-02 08:00:00"),
                String.format(request, 5, "CONSULT", "2025-12-31 23:59:59"),
                String.format(request, 6, "CONSULT", "2026-04-01 00:00:00"));
    }

    @Test
    void requestsAreCountedByYearMonthAndTypeWithinThePeriod() throws Exception {
        assertEquals(List.of("2026-1 COMPLAINT 1", "2026-1 CONSULT 2", "2026-2 CONSULT 1", "2026-3 CONSULT 1"),
                months(SupportAnalysisService.BY_MONTH, null));
    }

    @Test
    void aManagersCountCoversOnlyTheirCustomersRequests() throws Exception {
        assertEquals(List.of("2026-1 COMPLAINT 1", "2026-1 CONSULT 2", "2026-3 CONSULT 1"),
                months(SupportAnalysisService.BY_MONTH_OF_MANAGER, "manager1"));
        assertEquals(List.of("2026-2 CONSULT 1"), months(SupportAnalysisService.BY_MONTH_OF_MANAGER, "manager2"));
    }

    @Test
    void theFiguresAverageSatisfactionAndMinutesFromCreationToArchive() throws Exception {
        db.execute("INSERT INTO SUP_REQUEST (ID, VERSION, CUSTOMER_ID, SERVICE_TYPE, SUMMARY, REQUEST_TEXT, STATUS, "
                        + "CREATOR_ID, ASSIGNEE_ID, REQUESTED_AT, ARCHIVED_AT, SATISFACTION, ROUND_NO, CREATED_AT) VALUES "
                        + "(8, 0, 1001, 'CONSULT', '咨询', '请联系', 'ARCHIVED', 500, 500, TIMESTAMP '2027-05-01 00:00:00', "
                        + "TIMESTAMP '2027-05-03 12:00:00', 4, 1, SYSTIMESTAMP)",
                "INSERT INTO SUP_REQUEST (ID, VERSION, CUSTOMER_ID, SERVICE_TYPE, SUMMARY, REQUEST_TEXT, STATUS, "
                        + "CREATOR_ID, ASSIGNEE_ID, REQUESTED_AT, ARCHIVED_AT, SATISFACTION, ROUND_NO, CREATED_AT) VALUES "
                        + "(9, 0, 1001, 'CONSULT', '咨询', '请联系', 'ARCHIVED', 500, 500, TIMESTAMP '2027-05-02 00:00:00', "
                        + "TIMESTAMP '2027-05-02 06:00:00', 5, 1, SYSTIMESTAMP)");
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); PreparedStatement st = connection.prepareStatement(
                SupportAnalysisService.figuresSql(com.kehu.crm.support.dto.ServiceDimension.HANDLER, true))) {
            st.setTimestamp(1, Timestamp.valueOf(LocalDate.of(2027, 5, 1).atStartOfDay()));
            st.setTimestamp(2, Timestamp.valueOf(LocalDate.of(2027, 6, 1).atStartOfDay()));
            st.setString(3, "manager1");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    // 3,600 and 360 minutes: 1,980 on average; satisfaction 4 and 5: 4.5
                    rows.add(rs.getString(2) + " " + rs.getLong(3) + " " + rs.getLong(4) + " "
                            + rs.getBigDecimal(5).setScale(1, java.math.RoundingMode.HALF_UP) + " "
                            + rs.getBigDecimal(6).setScale(0, java.math.RoundingMode.HALF_UP));
                }
            }
        }
        assertEquals(List.of("经理 2 2 4.5 1980"), rows);
    }

    private static List<String> months(String sql, String manager) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); PreparedStatement st = connection.prepareStatement(sql)) {
            // bound as byType binds them: from the first day's start to the start of the day after the last
            st.setTimestamp(1, Timestamp.valueOf(LocalDate.of(2026, 1, 1).atStartOfDay()));
            st.setTimestamp(2, Timestamp.valueOf(LocalDate.of(2026, 4, 1).atStartOfDay()));
            if (manager != null) {
                st.setString(3, manager);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + "-" + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getLong(4));
                }
            }
        }
        rows.sort(null);
        return rows;
    }
}
