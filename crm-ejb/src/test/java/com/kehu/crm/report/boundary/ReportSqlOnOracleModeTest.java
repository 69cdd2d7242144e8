package com.kehu.crm.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kehu.crm.common.boundary.OracleModeDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The churn report's native SQL ({@link ReportService#LOSSES}, {@link ReportService#byMonth}) in H2's Oracle mode:
 * the lost revenue counts shipped and paid order lines after the same day one year before the loss, up to the loss.
 */
class ReportSqlOnOracleModeTest {

    private static OracleModeDatabase db;

    @BeforeAll
    static void data() throws Exception {
        db = OracleModeDatabase.migrated("report");
        String order = "INSERT INTO SALES_ORDER (ID, VERSION, EXTERNAL_ID, ORDER_NO, CUSTOMER_ID, ORDER_DATE, "
                + "DELIVERY_ADDRESS, STATUS, CREATED_AT) VALUES (%d, 0, 'E%d', 'XS%d', 1001, DATE '%s', '北京', '%s', "
                + "SYSTIMESTAMP)";
        String line = "INSERT INTO SALES_ORDER_LINE (ID, VERSION, ORDER_ID, LINE_NO, PRODUCT_ID, QUANTITY, UNIT, "
                + "UNIT_PRICE, CREATED_AT) VALUES (%d, 0, %d, 1, 900, %s, '台', %s, SYSTIMESTAMP)";
        db.execute("INSERT INTO SEC_USER (ID, VERSION, USERNAME, DISPLAY_NAME, PASSWORD_HASH, ACCOUNT_STATUS, "
                        + "FAILED_LOGINS, CREATED_AT) VALUES (500, 0, 'manager1', '经理', 'x', 'ACTIVE', 0, SYSTIMESTAMP)",
                "INSERT INTO CST_CUSTOMER (ID, VERSION, CUSTOMER_NO, NAME, REGION, MANAGER_ID, CUSTOMER_LEVEL, ADDRESS, "
                        + "POSTCODE, PHONE, STATUS, CREATED_AT) VALUES (1001, 0, 'KH1001', '流失客户', 'EAST', 500, '1', "
                        + "'北京', '100000', '010-1', 'LOST', TIMESTAMP '2020-01-01 00:00:00')",
                "INSERT INTO SALES_PRODUCT (ID, VERSION, EXTERNAL_ID, NAME, UNIT, PRICE, CREATED_AT) VALUES (900, 0, "
                        + "'P900', '产品', '台', 10.00, SYSTIMESTAMP)",
                // lost on 29 February 2024: orders after 2023-02-29 (i.e. from 1 March 2023) up to the loss count
                String.format(order, 1, 1, 1, "2023-02-28", "SHIPPED"), String.format(line, 11, 1, "1", "7.00"),
                String.format(order, 2, 2, 2, "2023-03-01", "PAID"), String.format(line, 12, 2, "2", "50.00"),
                String.format(order, 3, 3, 3, "2024-02-29", "SHIPPED"), String.format(line, 13, 3, "3", "10.50"),
                String.format(order, 4, 4, 4, "2024-01-10", "NEW"), String.format(line, 14, 4, "1", "999.00"),
                String.format(order, 5, 5, 5, "2024-03-01", "SHIPPED"), String.format(line, 15, 5, "1", "3.00"),
                "INSERT INTO CHN_WARNING (ID, VERSION, CUSTOMER_ID, WARNING_STATUS, LOST_DATE, LOST_REASON, CREATED_AT) "
                        + "VALUES (70, 0, 1001, 'LOST', DATE '2024-02-29', '价格', SYSTIMESTAMP)",
                "INSERT INTO CHN_WARNING (ID, VERSION, CUSTOMER_ID, WARNING_STATUS, CLOSED_AT, CREATED_AT) "
                        + "VALUES (71, 0, 1001, 'WON_BACK', TIMESTAMP '2024-03-31 23:00:00', SYSTIMESTAMP)");
    }

    @Test
    void theLostRevenueIsTheYearUpToTheLossOfShippedAndPaidOrders() throws Exception {
        // 2 × 50.00 + 3 × 10.50 = 131.50; the last shipped or paid order is the one after the loss
        assertEquals(List.of("70 KH1001 经理 2024-03-01 2024-02-29 价格 131.50"),
                rows(ReportService.LOSSES + " WHERE w.WARNING_STATUS = 'LOST'" + ReportService.LATEST_FIRST, 9));
        assertEquals(List.of("131.50"), rows(ReportService.LOSSES_TOTAL + " WHERE w.WARNING_STATUS = 'LOST'", 1),
                "the total over all losses");
    }

    @Test
    void warningsAreCountedByYearAndMonth() throws Exception {
        assertEquals(List.of("2024 2 1"), rows(ReportService.byMonth("w.LOST_DATE")
                + " WHERE w.WARNING_STATUS = 'LOST' GROUP BY EXTRACT(YEAR FROM w.LOST_DATE), "
                + "EXTRACT(MONTH FROM w.LOST_DATE)", 3));
        assertEquals(List.of("2024 3 1"), rows(ReportService.byMonth("w.CLOSED_AT")
                + " WHERE w.WARNING_STATUS = 'WON_BACK' GROUP BY EXTRACT(YEAR FROM w.CLOSED_AT), "
                + "EXTRACT(MONTH FROM w.CLOSED_AT)", 3));
    }

    private static List<String> rows(String sql, int columns) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); PreparedStatement st = connection.prepareStatement(sql);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    if (columns == 9 && (i == 2 || i == 4)) {
                        continue; // the customer's id and name
                    }
                    Object v = rs.getObject(i);
                    cells.add(v instanceof java.sql.Date d ? d.toLocalDate().toString()
                            : v instanceof java.sql.Timestamp t ? t.toLocalDateTime().toLocalDate().toString()
                            : v instanceof java.math.BigDecimal b ? b.setScale(2, java.math.RoundingMode.HALF_UP)
                            .toPlainString() : String.valueOf(v));
                }
                rows.add(String.join(" ", cells));
            }
        }
        return rows;
    }
}
