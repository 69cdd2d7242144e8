package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static com.kehu.crm.it.Identities.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.report.boundary.ReportService;
import com.kehu.crm.report.dto.ChurnMonth;
import com.kehu.crm.report.dto.CompositionCount;
import com.kehu.crm.report.dto.CompositionDimension;
import com.kehu.crm.report.dto.ContributionCriteria;
import com.kehu.crm.report.dto.ContributionReport;
import com.kehu.crm.report.dto.ContributionRow;
import com.kehu.crm.report.dto.LossCriteria;
import com.kehu.crm.report.dto.LossRow;
import com.kehu.crm.sales.boundary.SalesImportService;
import com.kehu.crm.sales.dto.OrderData;
import com.kehu.crm.sales.dto.OrderLineData;
import com.kehu.crm.sales.dto.ProductData;
import com.kehu.crm.support.boundary.SupportAnalysisService;
import com.kehu.crm.support.dto.Granularity;
import com.kehu.crm.support.dto.ServiceDimension;
import com.kehu.crm.support.dto.ServiceFigure;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports' numbers in the real server against hand-computed expectations on data crafted here: amounts are
 * Σ quantity × unit price of shipped and paid orders only, periods end exactly at year and month boundaries, a
 * manager's report covers only their own customers, an empty period is empty. The crafted customers share a name
 * prefix of their own, which isolates them from the demo data; the composition (which has no name filter) is checked
 * as the difference the crafted customers make, and the service figures in a period no other data uses.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    private static final String PRODUCT = "REPORT-IT-P1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ReportIT.class);
    }

    @EJB
    private ReportService reports;
    @EJB
    private SupportAnalysisService service;
    @EJB
    private CustomerService customers;
    @EJB
    private SalesImportService sales;
    @Resource(lookup = "java:jboss/datasources/KehuDS")
    private DataSource dataSource;

    private final String prefix = "报表" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void contributionSumsQuantityTimesPriceOfShippedAndPaidOrdersWithinTheYearRankedWithAbcClasses() throws Exception {
        Customer a = customer("manager", "甲", "3", "EAST", null);
        Customer b = customer("manager", "乙", "2", "NORTH", null);
        Customer c = customer("manager", "丙", "1", "EAST", null);
        Customer d = customer("manager2", "丁", "3", "SOUTH", null);
        // a: 2 × 100.00 + 3 × 10.50 = 231.50 on the year's first day, 1 × 1000.00 on its last: 1231.50
        order(a, LocalDate.of(2024, 1, 1), "SHIPPED", line("2", "100.00"), line("3", "10.50"));
        order(a, LocalDate.of(2024, 12, 31), "PAID", line("1", "1000.00"));
        // not counted: a new and a cancelled order, and shipped orders just outside the year
        order(a, LocalDate.of(2024, 6, 1), "NEW", line("5", "100.00"));
        order(a, LocalDate.of(2024, 6, 2), "CANCELLED", line("1", "999.00"));
        order(a, LocalDate.of(2023, 12, 31), "SHIPPED", line("1", "77.00"));
        order(a, LocalDate.of(2025, 1, 1), "PAID", line("1", "88.00"));
        order(b, LocalDate.of(2024, 3, 15), "SHIPPED", line("4", "50.25"));           // 201.00
        order(c, LocalDate.of(2024, 7, 1), "PAID", line("10", "1.00"));               // 10.00
        order(d, LocalDate.of(2024, 2, 2), "SHIPPED", line("1", "500.00"));           // 500.00

        ContributionReport year = as("exec", () -> reports.contribution(criteria(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31))));
        // total 1942.50: a 63.40 %, d 25.74 % (before it 63.4 %: A), b 10.35 % (before it 89.1 %: B), c (99.5 %: C)
        assertEquals(new BigDecimal("1942.50"), year.total());
        assertEquals(4, year.customers());
        assertEquals(List.of(a.getName() + " 1231.50 A 1", d.getName() + " 500.00 A 2", b.getName() + " 201.00 B 3",
                c.getName() + " 10.00 C 4"), describe(year.rows()));
        assertEquals(List.of("0.6340", "0.2574", "0.1035", "0.0051"), year.rows().stream()
                .map(r -> r.share().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString()).toList());
        assertEquals(List.of("0.6340", "0.8914", "0.9949", "1.0000"), year.rows().stream()
                .map(r -> r.cumulativeShare().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString()).toList());

        // The manager sees only their own three customers, whatever the page asks for.
        ContributionReport own = as("manager", () -> reports.contribution(criteria(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31))));
        assertEquals(new BigDecimal("1442.50"), own.total());
        // of 1442.50: a makes 85.4 % (A), b starts at 85.4 % (B), c at 99.3 % (C)
        assertEquals(List.of(a.getName() + " 1231.50 A 1", b.getName() + " 201.00 B 2", c.getName() + " 10.00 C 3"),
                describe(own.rows()));
        long manager2 = userId("manager2");
        ContributionCriteria askForOthers = criteria(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        askForOthers.setManagerId(manager2);
        assertTrue(as("manager", () -> reports.contribution(askForOthers)).noRows(),
                "a manager asking for another manager's customers gets nothing");

        // Day boundaries: the last day of the year alone, the first day alone; filters by region and level.
        assertEquals(List.of(a.getName() + " 1000.00 A 1"), describe(as("exec", () -> reports.contribution(
                criteria(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31)))).rows()));
        assertEquals(List.of(a.getName() + " 231.50 A 1"), describe(as("exec", () -> reports.contribution(
                criteria(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)))).rows()));
        ContributionCriteria east = criteria(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        east.setRegion("EAST");
        east.setLevel("3");
        assertEquals(List.of(a.getName() + " 1231.50 A 1"), describe(as("super", () -> reports.contribution(east))
                .rows()));

        // An empty period: no rows, a zero total.
        ContributionReport empty = as("exec", () -> reports.contribution(criteria(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31))));
        assertTrue(empty.noRows());
        assertEquals(0, empty.total().signum());
        assertThrows(com.kehu.crm.common.boundary.BusinessException.class, () -> as("exec",
                () -> reports.contribution(criteria(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))));
    }

    @Test
    void compositionCountsCurrentCustomersByDimensionAndCrossTableAndAManagerOnlyTheirOwn() throws Exception {
        Map<String, Long> levelsBefore = byKey(as("exec", () -> reports.composition(CompositionDimension.LEVEL, null)));
        Map<String, Long> crossBefore = cross(as("exec", () -> reports.composition(CompositionDimension.LEVEL,
                CompositionDimension.CREDIT)));
        Map<String, Long> ownBefore = byKey(as("manager", () -> reports.composition(CompositionDimension.LEVEL, null)));

        customer("manager", "构成一", "3", "EAST", 4);
        customer("manager", "构成二", "3", "EAST", null);
        customer("manager", "构成三", "5", "NORTH", 4);
        customer("manager2", "构成四", "3", "SOUTH", 2);
        Customer lost = customer("manager", "构成流失", "3", "EAST", 4);
        sql("UPDATE CST_CUSTOMER SET STATUS = 'LOST' WHERE ID = ?", lost.getId());

        assertEquals(Map.of("3", 3L, "5", 1L), difference(levelsBefore, byKey(as("exec",
                () -> reports.composition(CompositionDimension.LEVEL, null)))));
        assertEquals(Map.of("3|4", 1L, "3|null", 1L, "3|2", 1L, "5|4", 1L), difference(crossBefore, cross(as("exec",
                () -> reports.composition(CompositionDimension.LEVEL, CompositionDimension.CREDIT)))));
        Map<String, Long> own = byKey(as("manager", () -> reports.composition(CompositionDimension.LEVEL, null)));
        assertEquals(Map.of("3", 2L, "5", 1L), difference(ownBefore, own));
        assertEquals(count("SELECT COUNT(*) FROM CST_CUSTOMER c JOIN SEC_USER u ON u.ID = c.MANAGER_ID "
                + "WHERE u.USERNAME = 'manager' AND c.STATUS = 'NORMAL'"), own.values().stream().mapToLong(n -> n).sum(),
                "the manager's composition counts exactly their current customers");
        List<CompositionCount> managers = as("exec", () -> reports.composition(CompositionDimension.MANAGER, null));
        String manager2 = String.valueOf(userId("manager2"));
        assertTrue(managers.stream().anyMatch(m -> m.key().equals(manager2)));
        List<CompositionCount> ownManagers = as("manager", () -> reports.composition(CompositionDimension.MANAGER,
                null));
        assertEquals(List.of(String.valueOf(userId("manager"))), ownManagers.stream().map(CompositionCount::key)
                .toList());
    }

    @Test
    void churnListsTheLostWithTheirRevenueOfTheTwelveMonthsBeforeAndCountsLostAndWonBackPerMonth() throws Exception {
        Customer e = customer("manager", "流失甲", "2", "EAST", null);
        Customer f = customer("manager2", "流失乙", "2", "EAST", null);
        Customer g = customer("manager", "挽回丙", "2", "EAST", null);
        Customer h = customer("manager", "流失丁", "2", "EAST", null);
        // e, lost on 2024-04-15: 2 × 100.00 on 2024-03-10 and 1 × 50.00 on 2023-05-01 count (250.00); an order of
        // exactly twelve months before, a new one and one after the loss do not.
        order(e, LocalDate.of(2024, 3, 10), "SHIPPED", line("2", "100.00"));
        order(e, LocalDate.of(2023, 5, 1), "PAID", line("1", "50.00"));
        order(e, LocalDate.of(2023, 4, 15), "SHIPPED", line("1", "7.00"));
        order(e, LocalDate.of(2024, 4, 1), "NEW", line("1", "999.00"));
        order(e, LocalDate.of(2024, 4, 20), "SHIPPED", line("1", "3.00"));
        long we = warning(e, "LOST", LocalDate.of(2024, 4, 15), "价格太高", null);
        long wf = warning(f, "LOST", LocalDate.of(2024, 5, 31), "转向竞争对手", null);
        warning(g, "WON_BACK", null, null, LocalDateTime.of(2024, 5, 1, 10, 0));
        warning(h, "LOST", LocalDate.of(2024, 6, 1), "公司搬迁", null);

        LossCriteria period = new LossCriteria(prefix, null, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 31));
        List<LossRow> losses = as("exec", () -> reports.losses(period));
        assertEquals(List.of(wf, we), losses.stream().map(LossRow::warningId).toList(), "latest loss first");
        LossRow lostE = losses.get(1);
        assertEquals(new BigDecimal("250.00"), lostE.lostRevenue());
        assertEquals(LocalDate.of(2024, 4, 20), lostE.lastOrderDate());
        assertEquals("价格太高", lostE.reason());
        assertEquals(0, losses.get(0).lostRevenue().signum());
        assertNull(losses.get(0).lastOrderDate());
        assertEquals(new BigDecimal("250.00"), as("exec", () -> reports.lostRevenue(period)),
                "the total of every loss of the period, from the database");
        assertEquals(List.of(new ChurnMonth("2024-04", 1, 0), new ChurnMonth("2024-05", 1, 1)),
                as("exec", () -> reports.churnByMonth(period)));

        assertEquals(List.of(we), as("manager", () -> reports.losses(period)).stream().map(LossRow::warningId)
                .toList());
        assertEquals(List.of(new ChurnMonth("2024-04", 1, 0), new ChurnMonth("2024-05", 0, 1)),
                as("manager", () -> reports.churnByMonth(period)));

        LossCriteria empty = new LossCriteria(prefix, null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        assertTrue(as("exec", () -> reports.losses(empty)).isEmpty());
        assertEquals(0, as("exec", () -> reports.lostRevenue(empty)).signum(), "no loss, no lost revenue");
        assertTrue(as("exec", () -> reports.churnByMonth(empty)).isEmpty());
    }

    @Test
    void serviceFiguresCountAverageSatisfactionAndDaysToArchiveWithinTheMonthAndAManagerOnlyTheirCustomers()
            throws Exception {
        LocalDate from = LocalDate.of(2001, 3, 1);
        LocalDate to = LocalDate.of(2001, 3, 31);
        assertTrue(as("exec", () -> service.figures(from, to, ServiceDimension.TYPE)).isEmpty(), "an empty period");
        Customer s1 = customer("manager", "服务一", "2", "EAST", null);
        Customer s2 = customer("manager2", "服务二", "2", "EAST", null);
        long manager = userId("manager");
        long manager2 = userId("manager2");
        List<Long> ids = new ArrayList<>();
        try {
            // 2 days and half a day from creation to archive: 1.25 days on average, satisfaction 5 and 4: 4.5
            ids.add(request(s1, "CONSULT", "ARCHIVED", manager, LocalDateTime.of(2001, 3, 1, 0, 0),
                    LocalDateTime.of(2001, 3, 3, 0, 0), 5));
            ids.add(request(s1, "CONSULT", "ARCHIVED", manager, LocalDateTime.of(2001, 3, 10, 12, 0),
                    LocalDateTime.of(2001, 3, 11, 0, 0), 4));
            ids.add(request(s2, "COMPLAINT", "HANDLED", manager2, LocalDateTime.of(2001, 3, 31, 23, 59, 59), null,
                    null));
            ids.add(request(s1, "COMPLAINT", "CREATED", null, LocalDateTime.of(2001, 3, 15, 9, 0), null, null));
            // just outside the month
            ids.add(request(s1, "CONSULT", "ARCHIVED", manager, LocalDateTime.of(2001, 2, 28, 23, 59, 59),
                    LocalDateTime.of(2001, 3, 2, 0, 0), 1));
            ids.add(request(s2, "CONSULT", "CREATED", null, LocalDateTime.of(2001, 4, 1, 0, 0), null, null));

            // most requests first; equal counts by key
            assertEquals(List.of("COMPLAINT 2 0 null null", "CONSULT 2 2 4.5 1.3"),
                    describe(as("exec", () -> service.figures(from, to, ServiceDimension.TYPE))));
            assertEquals(List.of("ARCHIVED 2 2 4.5 1.3", "CREATED 1 0 null null", "HANDLED 1 0 null null"),
                    describe(as("super", () -> service.figures(from, to, ServiceDimension.STATUS))));
            assertEquals(List.of(manager + " 2 2 4.5 1.3", manager2 + " 1 0 null null", "null 1 0 null null"),
                    describe(as("admin", () -> service.figures(from, to, ServiceDimension.HANDLER))));
            assertEquals(List.of("CONSULT 2 2 4.5 1.3", "COMPLAINT 1 0 null null"),
                    describe(as("manager", () -> service.figures(from, to, ServiceDimension.TYPE))));
            assertEquals(List.of("2001-03 COMPLAINT 1", "2001-03 CONSULT 2"), as("manager",
                    () -> service.byType(from, to, Granularity.MONTH)).stream()
                    .map(p -> p.period() + " " + p.type() + " " + p.count()).toList());
            assertEquals(List.of("2001-Q1 COMPLAINT 2", "2001-Q1 CONSULT 2"), as("exec",
                    () -> service.byType(from, to, Granularity.QUARTER)).stream()
                    .map(p -> p.period() + " " + p.type() + " " + p.count()).toList());
        } finally {
            for (Long id : ids) {
                sql("DELETE FROM SUP_REQUEST WHERE ID = ?", id);
            }
        }
    }

    @Test
    void theReportsNeedTheirRights() {
        // the sales integration user holds no report right
        assertThrows(EJBAccessException.class, () -> as("sales", () -> reports.contribution(
                criteria(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))));
        assertThrows(EJBAccessException.class, () -> as("sales", () -> reports.composition(CompositionDimension.LEVEL,
                null)));
        assertThrows(EJBAccessException.class, () -> as("sales", () -> reports.losses(new LossCriteria())));
    }

    private ContributionCriteria criteria(LocalDate from, LocalDate to) {
        return new ContributionCriteria(prefix, null, null, null, from, to);
    }

    private static List<String> describe(List<?> rows) {
        return rows.stream().map(r -> {
            if (r instanceof ContributionRow c) {
                return c.customerName() + " " + c.amount().toPlainString() + " " + c.abc() + " " + c.rank();
            }
            ServiceFigure f = (ServiceFigure) r;
            return f.key() + " " + f.count() + " " + f.archived() + " " + f.averageSatisfaction() + " "
                    + f.averageDays();
        }).toList();
    }

    /** Counts by value ({@code 3}); {@link #cross}: by pair of values ({@code 3|4}). */
    private static Map<String, Long> byKey(List<CompositionCount> counts) {
        return counts.stream().collect(Collectors.toMap(c -> String.valueOf(c.key()), CompositionCount::count));
    }

    private static Map<String, Long> cross(List<CompositionCount> counts) {
        return counts.stream().collect(Collectors.toMap(c -> c.key() + "|" + c.key2(), CompositionCount::count));
    }

    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> diff = new HashMap<>();
        after.forEach((k, n) -> {
            long d = n - before.getOrDefault(k, 0L);
            if (d != 0) {
                diff.put(k, d);
            }
        });
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(k -> diff.put(k, -before.get(k)));
        return diff;
    }

    private Customer customer(String manager, String name, String level, String region, Integer credit)
            throws Exception {
        Customer form = new Customer();
        form.setName(prefix + name);
        form.setRegion(region);
        form.setLevel(level);
        form.setCredit(credit);
        form.setAddress("上海市浦东新区世纪大道 100 号");
        form.setPostcode("200120");
        form.setPhone("021-" + (10_000_000 + (int) (Math.random() * 89_999_999)));
        return as(manager, () -> customers.create(form, null));
    }

    private static OrderLineData line(String quantity, String price) {
        return new OrderLineData(PRODUCT, new BigDecimal(quantity), "台", new BigDecimal(price));
    }

    private void order(Customer customer, LocalDate date, String status, OrderLineData... lines) throws Exception {
        run("sales", () -> {
            sales.putProduct(PRODUCT, new ProductData("报表测试产品", "R-1", null, "台", new BigDecimal("100.00")));
            sales.putOrder("RPT-" + UUID.randomUUID(), new OrderData("XS-" + date, customer.getCustomerNo(), date,
                    "上海市浦东新区", status, List.of(lines)));
        });
    }

    private long warning(Customer customer, String status, LocalDate lostDate, String reason, LocalDateTime closedAt)
            throws SQLException {
        long id = nextId();
        sql("INSERT INTO CHN_WARNING (ID, VERSION, CUSTOMER_ID, WARNING_STATUS, LOST_DATE, LOST_REASON, CLOSED_AT, "
                        + "CREATED_AT) VALUES (?, 0, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)", id, customer.getId(), status,
                lostDate == null ? new Null(java.sql.Types.DATE) : java.sql.Date.valueOf(lostDate),
                reason == null ? new Null(java.sql.Types.VARCHAR) : reason,
                closedAt == null ? new Null(java.sql.Types.TIMESTAMP) : Timestamp.valueOf(closedAt));
        return id;
    }

    private long request(Customer customer, String type, String status, Long assignee, LocalDateTime requestedAt,
                         LocalDateTime archivedAt, Integer satisfaction) throws SQLException {
        long id = nextId();
        sql("INSERT INTO SUP_REQUEST (ID, VERSION, CUSTOMER_ID, SERVICE_TYPE, SUMMARY, REQUEST_TEXT, STATUS, CREATOR_ID, "
                        + "REQUESTED_AT, ASSIGNEE_ID, ARCHIVED_AT, SATISFACTION, ROUND_NO, CREATED_AT) "
                        + "VALUES (?, 0, ?, ?, '报表测试', '报表测试', ?, ?, ?, ?, ?, ?, 1, CURRENT_TIMESTAMP)",
                id, customer.getId(), type, status, userId("admin"), Timestamp.valueOf(requestedAt),
                assignee == null ? new Null(java.sql.Types.BIGINT) : assignee,
                archivedAt == null ? new Null(java.sql.Types.TIMESTAMP) : Timestamp.valueOf(archivedAt),
                satisfaction == null ? new Null(java.sql.Types.INTEGER) : satisfaction);
        return id;
    }

    private long userId(String username) throws SQLException {
        return count("SELECT ID FROM SEC_USER WHERE USERNAME = '" + username + "'");
    }

    private long count(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(query);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long nextId() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            String query = product.contains("postgres") ? "SELECT nextval('crm_seq')"
                    : product.contains("oracle") ? "SELECT CRM_SEQ.NEXTVAL FROM DUAL" : "SELECT NEXT VALUE FOR CRM_SEQ";
            try (PreparedStatement st = c.prepareStatement(query); ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A null of an SQL type, as a parameter. */
    private record Null(int sqlType) {
    }

    private void sql(String statement, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Null n) {
                    st.setNull(i + 1, n.sqlType());
                } else {
                    st.setObject(i + 1, params[i]);
                }
            }
            st.executeUpdate();
        }
    }
}
