package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static com.kehu.crm.it.Identities.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.dashboard.boundary.DashboardService;
import com.kehu.crm.dashboard.dto.KeyFigures;
import com.kehu.crm.dashboard.dto.MonthAmount;
import com.kehu.crm.dashboard.dto.StatusCount;
import com.kehu.crm.dashboard.dto.TopCustomer;
import com.kehu.crm.dashboard.dto.Waiting;
import com.kehu.crm.opportunity.boundary.OpportunityService;
import com.kehu.crm.opportunity.entity.Opportunity;
import com.kehu.crm.opportunity.entity.PlanItem;
import com.kehu.crm.sales.boundary.SalesImportService;
import com.kehu.crm.sales.dto.OrderData;
import com.kehu.crm.sales.dto.OrderLineData;
import com.kehu.crm.sales.dto.ProductData;
import com.kehu.crm.support.boundary.SupportService;
import com.kehu.crm.support.dto.FeedbackForm;
import com.kehu.crm.support.dto.HandlingForm;
import com.kehu.crm.support.dto.RequestDetail;
import com.kehu.crm.support.dto.RequestForm;
import com.kehu.crm.support.dto.RequestRef;
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
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The home page's dashboards in the real server, for each demo user, on crafted data. The day is pinned to a
 * Wednesday in 2031, a window no demo data and no other test touches, so that the dated figures (this week, this
 * month, this quarter, the last twelve months) are exact; the undated ones (open requests, opportunities, warnings)
 * are checked as the difference the crafted records make. A manager's figures hold their own customers only.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    /** Wednesday: "this week" runs to Sunday the 22nd; this quarter from 1 April; twelve months from July 2030. */
    private static final LocalDate TODAY = LocalDate.of(2031, 6, 18);
    private static final String PRODUCT = "DASH-IT-P1";
    private static final List<String> DEMO_USERS = List.of("manager", "manager2", "super", "exec", "admin");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(DashboardIT.class);
    }

    @EJB
    private DashboardService dashboard;
    @EJB
    private CustomerService customers;
    @EJB
    private SupportService support;
    @EJB
    private OpportunityService opportunities;
    @EJB
    private SalesImportService sales;
    @Resource(lookup = "java:jboss/datasources/KehuDS")
    private DataSource dataSource;

    @Test
    void whatWaitsCountsWhatEachDemoUsersListsShowAndOnlyWithTheRight() throws Exception {
        Map<String, Waiting> before = waitingOfEveryone();
        Customer mine = customer("manager", "待办客户甲");
        Customer other = customer("manager2", "待办客户乙");

        // Requests: one created (to assign), one assigned to manager (to handle), one of manager2's handled (feedback).
        request("manager", mine);
        long toHandle = request("manager", mine);
        assign(toHandle, "manager");
        long toFeedback = request("manager2", other);
        assign(toFeedback, "manager2");
        RequestDetail assigned = as("manager2", () -> support.detail(toFeedback));
        run("manager2", () -> support.handle(toFeedback, assigned.version(), new HandlingForm("已电话解答")));

        // Plans: manager's opportunity with a step overdue, one this week and one next week;
        // manager2's with a step on Sunday (this week) and yesterday's step done (not overdue).
        Opportunity developed = assignedOpportunity("manager", "manager", 40);
        plan("manager", developed, TODAY.minusDays(8));
        plan("manager", developed, TODAY.plusDays(2));
        plan("manager", developed, TODAY.plusDays(7));
        Opportunity developed2 = assignedOpportunity("manager2", "manager2", 40);
        plan("manager2", developed2, TODAY.plusDays(4));
        PlanItem done = plan("manager2", developed2, TODAY.minusDays(1));
        run("manager2", () -> opportunities.recordResult(done.getId(), done.getVersion(), "已拜访"));
        // An opportunity waiting to be assigned.
        as("manager", () -> opportunities.create(opportunityForm(50)));
        // An open churn warning of manager's customer.
        warning(mine, "WARNING", null, null);

        Map<String, Waiting> after = waitingOfEveryone();
        // manager: handles and gets feedback on own requests, develops own opportunities, sees own customers' warnings.
        assertDelta(before, after, "manager", Waiting::requestsToHandle, 1);
        assertDelta(before, after, "manager", Waiting::requestsToFeedback, 0);
        assertDelta(before, after, "manager", Waiting::planOverdue, 1);
        assertDelta(before, after, "manager", Waiting::planThisWeek, 1);
        assertDelta(before, after, "manager", Waiting::churnWarnings, 1);
        assertNull(after.get("manager").requestsToAssign(), "a manager assigns no requests");
        assertNull(after.get("manager").opportunitiesToAssign(), "a manager assigns no opportunities");
        // manager2: the request they recorded waits for feedback; one plan due on Sunday; not the other's warning.
        assertDelta(before, after, "manager2", Waiting::requestsToHandle, 0);
        assertDelta(before, after, "manager2", Waiting::requestsToFeedback, 1);
        assertDelta(before, after, "manager2", Waiting::planOverdue, 0);
        assertDelta(before, after, "manager2", Waiting::planThisWeek, 1);
        assertDelta(before, after, "manager2", Waiting::churnWarnings, 0);
        // super: every list over all requests; own opportunities to develop only (none here); every warning.
        assertDelta(before, after, "super", Waiting::requestsToAssign, 1);
        assertDelta(before, after, "super", Waiting::requestsToHandle, 1);
        assertDelta(before, after, "super", Waiting::requestsToFeedback, 1);
        assertDelta(before, after, "super", Waiting::planOverdue, 0);
        assertDelta(before, after, "super", Waiting::planThisWeek, 0);
        assertDelta(before, after, "super", Waiting::opportunitiesToAssign, 1);
        assertDelta(before, after, "super", Waiting::churnWarnings, 1);
        // exec and admin: only the churn warnings (their right), all of them.
        for (String reader : List.of("exec", "admin")) {
            Waiting w = after.get(reader);
            assertDelta(before, after, reader, Waiting::churnWarnings, 1);
            assertNull(w.requestsToHandle(), reader);
            assertNull(w.requestsToFeedback(), reader);
            assertNull(w.requestsToAssign(), reader);
            assertNull(w.planOverdue(), reader);
            assertNull(w.opportunitiesToAssign(), reader);
        }
        // The sales system's technical user has none of these lists.
        assertFalse(as("sales", () -> dashboard.waiting(TODAY)).any());
    }

    @Test
    void keyFiguresAreExactOverAllCustomersAndAManagerSeesOnlyTheirOwn() throws Exception {
        Map<String, KeyFigures> before = figuresOfEveryone();
        Customer a1 = customer("manager", "指标客户甲");
        Customer a2 = customer("manager", "指标客户乙");
        Customer b1 = customer("manager2", "指标客户丙");
        backdate(a1, TODAY.withDayOfMonth(5));
        backdate(a2, TODAY.minusMonths(1).withDayOfMonth(20));
        backdate(b1, TODAY.withDayOfMonth(1));

        // Opportunities: manager's unassigned (30 %), manager2's being developed (50 %), manager's given to manager2 (70 %).
        as("manager", () -> opportunities.create(opportunityForm(30)));
        assignedOpportunity("manager2", "manager2", 50);
        assignedOpportunity("manager", "manager2", 70);

        // Requests: one archived, requested in March; one just created for manager2's customer.
        long archived = request("manager", a1);
        assign(archived, "manager");
        RequestDetail toHandle = as("manager", () -> support.detail(archived));
        run("manager", () -> support.handle(archived, toHandle.version(), new HandlingForm("上门更换")));
        RequestDetail handled = as("manager", () -> support.detail(archived));
        assertTrue(as("manager", () -> support.feedback(archived, handled.version(), new FeedbackForm("满意", 5))));
        sql("UPDATE SUP_REQUEST SET REQUESTED_AT = ? WHERE ID = ?", Timestamp.valueOf(LocalDate.of(2031, 3, 1).atStartOfDay()), archived);
        request("manager2", b1);

        // Churn: lost in May and won back in April (this quarter), lost on 31 March (last quarter).
        warning(a1, "LOST", LocalDate.of(2031, 5, 10), LocalDate.of(2031, 5, 10));
        warning(a2, "WON_BACK", null, LocalDate.of(2031, 4, 2));
        warning(b1, "LOST", LocalDate.of(2031, 3, 31), LocalDate.of(2031, 3, 31));

        // Orders: only paid and shipped count, quantity × unit price, within July 2030 .. June 2031.
        order(a1, LocalDate.of(2031, 6, 3), "SHIPPED", line("3", "12.50"), line("1", "100.00"));   // 137.50
        order(a1, LocalDate.of(2031, 1, 15), "PAID", line("2", "40.00"));                         //  80.00
        order(a1, LocalDate.of(2031, 6, 4), "NEW", line("5", "10.00"));                           //  not yet paid
        order(a1, LocalDate.of(2031, 6, 5), "CANCELLED", line("7", "10.00"));                     //  cancelled
        order(a2, LocalDate.of(2030, 7, 1), "SHIPPED", line("10", "1.00"));                       //  10.00, first month
        order(a2, LocalDate.of(2030, 6, 30), "SHIPPED", line("1", "1000.00"));                    //  before the window
        order(b1, LocalDate.of(2031, 5, 31), "PAID", line("4", "25.00"));                         // 100.00
        assertThrows(EJBAccessException.class, () -> run("manager", () -> dashboard.refreshSummary(TODAY)),
                "a manager does not rebuild the summary");
        try {
            Map<String, KeyFigures> after = refreshedFigures();

            KeyFigures all = after.get("super");
            assertTrue(all.allCustomers());
            assertEquals(new KeyFigures.NewCustomers(2, 1), all.customers());
            assertEquals(new KeyFigures.Churn(1, 1), all.churn());
            assertStatusDelta(before.get("super").opportunities(), all.opportunities(),
                    Map.of("UNASSIGNED", 1L, "ASSIGNED", 2L), Map.of("UNASSIGNED", "0.30", "ASSIGNED", "1.20"));
            assertStatusDelta(before.get("super").requests(), all.requests(),
                    Map.of("CREATED", 1L, "ASSIGNED", 0L, "HANDLED", 0L), Map.of());
            assertEquals(1, count(all.requests(), "ARCHIVED"), "archived in the last twelve months: only the crafted one");
            assertEquals(Map.of(YearMonth.of(2030, 7), "10.00", YearMonth.of(2031, 1), "80.00",
                    YearMonth.of(2031, 5), "100.00", YearMonth.of(2031, 6), "137.50"), nonZero(all.revenue().months()));
            assertEquals(12, all.revenue().months().size());
            assertEquals(YearMonth.of(2030, 7), all.revenue().months().get(0).month());
            assertEquals(new BigDecimal("327.50"), all.revenue().total());
            assertEquals(List.of(a1.getId() + "=217.50", b1.getId() + "=100.00", a2.getId() + "=10.00"),
                    top(all.revenue().top()));
            assertEquals(TODAY, all.revenue().summaryAsOf());
            for (String reader : List.of("exec", "admin")) {
                KeyFigures same = after.get(reader);
                assertTrue(same.allCustomers(), reader);
                assertEquals(all.customers(), same.customers(), reader);
                assertEquals(all.churn(), same.churn(), reader);
                assertEquals(all.opportunities(), same.opportunities(), reader);
                assertEquals(all.requests(), same.requests(), reader);
                assertEquals(all.revenue().months(), same.revenue().months(), reader);
                assertEquals(all.revenue().top(), same.revenue().top(), reader);
            }

            KeyFigures mine = after.get("manager");
            assertFalse(mine.allCustomers());
            assertEquals(new KeyFigures.NewCustomers(1, 1), mine.customers());
            assertEquals(new KeyFigures.Churn(1, 1), mine.churn());
            // Recorded by manager: the unassigned one and the one given to manager2.
            assertStatusDelta(before.get("manager").opportunities(), mine.opportunities(),
                    Map.of("UNASSIGNED", 1L, "ASSIGNED", 1L), Map.of("UNASSIGNED", "0.30", "ASSIGNED", "0.70"));
            assertStatusDelta(before.get("manager").requests(), mine.requests(),
                    Map.of("CREATED", 0L, "ASSIGNED", 0L, "HANDLED", 0L), Map.of());
            assertEquals(1, count(mine.requests(), "ARCHIVED"));
            assertEquals(Map.of(YearMonth.of(2030, 7), "10.00", YearMonth.of(2031, 1), "80.00",
                    YearMonth.of(2031, 6), "137.50"), nonZero(mine.revenue().months()));
            assertEquals(new BigDecimal("227.50"), mine.revenue().total());
            assertEquals(List.of(a1.getId() + "=217.50", a2.getId() + "=10.00"), top(mine.revenue().top()));

            KeyFigures theirs = after.get("manager2");
            assertFalse(theirs.allCustomers());
            assertEquals(new KeyFigures.NewCustomers(1, 0), theirs.customers());
            assertEquals(new KeyFigures.Churn(0, 0), theirs.churn(), "lost in March: last quarter");
            // Assigned to manager2: the one they recorded and the one manager recorded.
            assertStatusDelta(before.get("manager2").opportunities(), theirs.opportunities(),
                    Map.of("UNASSIGNED", 0L, "ASSIGNED", 2L), Map.of("UNASSIGNED", "0.00", "ASSIGNED", "1.20"));
            assertStatusDelta(before.get("manager2").requests(), theirs.requests(),
                    Map.of("CREATED", 1L, "ASSIGNED", 0L, "HANDLED", 0L), Map.of());
            assertEquals(0, count(theirs.requests(), "ARCHIVED"));
            assertEquals(Map.of(YearMonth.of(2031, 5), "100.00"), nonZero(theirs.revenue().months()));
            assertEquals(List.of(b1.getId() + "=100.00"), top(theirs.revenue().top()));

            // No key figures for a user who is neither manager, supervisor, executive nor administrator.
            assertTrue(as("sales", () -> dashboard.keyFigures(TODAY)).isEmpty());
        } finally {
            run("super", () -> dashboard.refreshSummary(LocalDate.now()));
        }
    }

    @Test
    void anEmptyPeriodHasZeroFiguresAndNoTopCustomers() throws Exception {
        LocalDate empty = LocalDate.of(2041, 2, 14);
        try {
            KeyFigures f = null;
            for (int attempt = 0; attempt < 5 && (f == null || !empty.equals(f.revenue().summaryAsOf())); attempt++) {
                // The server's own refresh (as of today) may come in between: see refreshedFigures.
                run("super", () -> dashboard.refreshSummary(empty));
                f = as("super", () -> dashboard.keyFigures(empty)).orElseThrow();
            }
            assertEquals(new KeyFigures.NewCustomers(0, 0), f.customers());
            assertEquals(new KeyFigures.Churn(0, 0), f.churn());
            assertEquals(BigDecimal.ZERO.setScale(2), f.revenue().total().setScale(2));
            assertTrue(f.revenue().months().stream().allMatch(m -> m.amount().signum() == 0));
            assertEquals(List.of(), f.revenue().top());
            assertNotNull(f.revenue().refreshedAt());
        } finally {
            run("super", () -> dashboard.refreshSummary(LocalDate.now()));
        }
    }

    // ---- helpers

    private Map<String, Waiting> waitingOfEveryone() throws Exception {
        Map<String, Waiting> out = new HashMap<>();
        for (String user : DEMO_USERS) {
            out.put(user, as(user, () -> dashboard.waiting(TODAY)));
        }
        return out;
    }

    /**
     * Everyone's key figures right after a refresh of the revenue summary as of {@link #TODAY}. The server refreshes
     * it too, as of the real date (20 seconds after the deployment and every hour): when that lands between this
     * refresh and the reading, the summary is no longer as of TODAY, and the refresh and the reading are done again.
     */
    private Map<String, KeyFigures> refreshedFigures() throws Exception {
        Map<String, KeyFigures> after = Map.of();
        for (int attempt = 0; attempt < 5; attempt++) {
            run("super", () -> dashboard.refreshSummary(TODAY));
            after = figuresOfEveryone();
            if (after.values().stream().allMatch(f -> TODAY.equals(f.revenue().summaryAsOf()))) {
                return after;
            }
        }
        return after;
    }

    private Map<String, KeyFigures> figuresOfEveryone() throws Exception {
        Map<String, KeyFigures> out = new HashMap<>();
        for (String user : DEMO_USERS) {
            out.put(user, as(user, () -> dashboard.keyFigures(TODAY)).orElseThrow());
        }
        return out;
    }

    private static void assertDelta(Map<String, Waiting> before, Map<String, Waiting> after, String user,
                                    Function<Waiting, Long> count, long expected) {
        Long was = count.apply(before.get(user));
        Long is = count.apply(after.get(user));
        assertNotNull(is, user + " has the right to this list");
        assertEquals(expected, is - was, user);
    }

    private static void assertStatusDelta(List<StatusCount> before, List<StatusCount> after, Map<String, Long> counts,
                                          Map<String, String> weights) {
        Map<String, StatusCount> was = before.stream().collect(Collectors.toMap(StatusCount::status, s -> s));
        Map<String, StatusCount> is = after.stream().collect(Collectors.toMap(StatusCount::status, s -> s));
        counts.forEach((status, n) -> assertEquals(n, is.get(status).count() - was.get(status).count(), status));
        weights.forEach((status, w) -> {
            BigDecimal delta = is.get(status).weighted().subtract(was.get(status).weighted());
            assertEquals(0, new BigDecimal(w).compareTo(delta), status + ": weighted value grew by " + delta);
        });
    }

    private static long count(List<StatusCount> counts, String status) {
        return counts.stream().filter(s -> s.status().equals(status)).findFirst().orElseThrow().count();
    }

    private static Map<YearMonth, String> nonZero(List<MonthAmount> months) {
        return months.stream().filter(m -> m.amount().signum() != 0)
                .collect(Collectors.toMap(MonthAmount::month, m -> m.amount().toPlainString()));
    }

    private static List<String> top(List<TopCustomer> top) {
        return top.stream().map(t -> t.customerId() + "=" + t.amount().toPlainString()).toList();
    }

    private Customer customer(String manager, String name) throws Exception {
        Customer form = new Customer();
        form.setName(name + UUID.randomUUID().toString().substring(0, 6));
        form.setRegion("EAST");
        form.setLevel("2");
        form.setAddress("上海市浦东新区世纪大道 100 号");
        form.setPostcode("200120");
        form.setPhone("021-" + (10_000_000 + (int) (Math.random() * 89_999_999)));
        return as(manager, () -> customers.create(form, null));
    }

    private long request(String creator, Customer customer) throws Exception {
        RequestForm form = new RequestForm();
        form.setCustomerId(customer.getId());
        form.setType("CONSULT");
        form.setSummary("咨询价格");
        form.setRequestText("客户询问批量采购的价格。");
        return as(creator, () -> support.create(form));
    }

    private void assign(long request, String manager) throws Exception {
        RequestDetail r = as("super", () -> support.detail(request));
        long managerId = managerId(manager);
        run("super", () -> support.assign(List.of(new RequestRef(r.id(), r.version())), managerId));
    }

    private Opportunity assignedOpportunity(String creator, String assignee, int probability) throws Exception {
        Opportunity o = as(creator, () -> opportunities.create(opportunityForm(probability)));
        long managerId = managerId(assignee);
        long version = as("super", () -> opportunities.getById(o.getId())).getVersion();
        run("super", () -> opportunities.assign(o.getId(), version, managerId));
        return o;
    }

    private PlanItem plan(String manager, Opportunity o, LocalDate date) throws Exception {
        PlanItem item = new PlanItem();
        item.setDate(date);
        item.setContent("拜访客户");
        return as(manager, () -> opportunities.addPlanItem(o.getId(), item));
    }

    private static Opportunity opportunityForm(int probability) {
        Opportunity o = new Opportunity();
        o.setCustomerName("指标测试公司" + UUID.randomUUID().toString().substring(0, 6));
        o.setSource("展会");
        o.setProbability(probability);
        o.setSummary("采购网络设备");
        o.setContactName("李联系");
        o.setContactPhone("021-55556666");
        o.setDescription("客户需要一批交换机。");
        return o;
    }

    private long managerId(String username) throws Exception {
        return as("super", () -> opportunities.managers()).stream().filter(m -> m.username().equals(username))
                .map(ManagerOption::id).findFirst().orElseThrow();
    }

    private static OrderLineData line(String quantity, String price) {
        return new OrderLineData(PRODUCT, new BigDecimal(quantity), "台", new BigDecimal(price));
    }

    private void order(Customer customer, LocalDate date, String status, OrderLineData... lines) throws Exception {
        run("sales", () -> {
            sales.putProduct(PRODUCT, new ProductData("指标测试产品", "D-1", null, "台", new BigDecimal("10.00")));
            sales.putOrder("DSH-" + UUID.randomUUID(), new OrderData("XS-" + date, customer.getCustomerNo(), date,
                    "上海市浦东新区", status, List.of(lines)));
        });
    }

    private void backdate(Customer customer, LocalDate created) throws SQLException {
        sql("UPDATE CST_CUSTOMER SET CREATED_AT = ? WHERE ID = ?", Timestamp.valueOf(created.atStartOfDay()),
                customer.getId());
    }

    /** A churn warning as the check and the workflow leave it: open, or closed (lost or won back) on a day. */
    private void warning(Customer customer, String status, LocalDate lostDate, LocalDate closed) throws SQLException {
        boolean open = closed == null;
        sql("INSERT INTO CHN_WARNING (ID, VERSION, CUSTOMER_ID, OPEN_CUSTOMER_ID, WARNING_STATUS, LAST_ORDER_DATE, "
                        + "LOST_DATE, LOST_REASON, CLOSED_AT, CREATED_AT) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                nextId(), customer.getId(), open ? customer.getId() : null, status, java.sql.Date.valueOf(TODAY.minusMonths(7)),
                lostDate == null ? null : java.sql.Date.valueOf(lostDate), lostDate == null ? null : "转向竞争对手",
                open ? null : Timestamp.valueOf(closed.atTime(10, 0)), Timestamp.valueOf(TODAY.minusMonths(1).atStartOfDay()));
    }

    /** The next value of the shared id sequence, as the database at hand writes it (H2, PostgreSQL, Oracle). */
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

    private void sql(String statement, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }
}
