package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static com.kehu.crm.it.Identities.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.kehu.crm.churn.boundary.ChurnCheckService;
import com.kehu.crm.churn.boundary.ChurnService;
import com.kehu.crm.churn.control.ChurnCheck;
import com.kehu.crm.churn.control.ChurnSettings;
import com.kehu.crm.churn.dto.ChurnCriteria;
import com.kehu.crm.churn.dto.ChurnRunView;
import com.kehu.crm.churn.dto.ChurnWarningRow;
import com.kehu.crm.churn.dto.ScheduleView;
import com.kehu.crm.churn.dto.WarningDetail;
import com.kehu.crm.churn.entity.ChurnStatus;
import com.kehu.crm.churn.entity.ChurnTrigger;
import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.ConcurrentEditException;
import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.CustomerStatus;
import com.kehu.crm.sales.boundary.SalesImportService;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.OrderData;
import com.kehu.crm.sales.dto.OrderLineData;
import com.kehu.crm.sales.dto.ProductData;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Churn in the real server on crafted customers and orders: exactly the expected warnings, none the second time,
 * no duplicate from two concurrent runs (the database refuses one), won back on the sales import, the defer → confirm
 * workflow and its ownership rules, the persistent timer with the configured schedule, one run per scheduled slot,
 * and the managers' mail (GreenMail as the mail server).
 */
@ExtendWith(ArquillianExtension.class)
class ChurnIT {

    private static final String PRODUCT = "CHURN-IT-P1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ChurnIT.class).addAsLibrary(Deployments.jarOf(GreenMail.class));
    }

    @EJB
    private ChurnService churn;
    @EJB
    private ChurnCheckService checks;
    @EJB
    private ChurnCheck check;
    @EJB
    private CustomerService customers;
    @EJB
    private SalesImportService sales;
    @Resource(lookup = "java:jboss/datasources/KehuDS")
    private DataSource dataSource;

    private final LocalDate today = LocalDate.now();

    @Test
    void theCheckWarnsExactlyTheCustomersWithoutRecentOrdersAndASecondRunNone() throws Exception {
        Customer oldOrder = customer("manager", "久未下单");
        order(oldOrder, today.minusMonths(7), "SHIPPED");
        Customer recentOrder = customer("manager", "近期下单");
        order(recentOrder, today.minusMonths(7), "PAID");
        order(recentOrder, today.minusMonths(1), "SHIPPED");
        Customer neverOldEnough = customer("manager", "从未下单老客户");
        backdate(neverOldEnough, today.minusMonths(8));
        Customer neverNew = customer("manager", "从未下单新客户");
        Customer onlyNewOrderRecently = customer("manager", "近期仅新建订单");
        order(onlyNewOrderRecently, today.minusMonths(9), "PAID");
        order(onlyNewOrderRecently, today.minusDays(3), "NEW");
        Customer lost = customer("manager", "已流失客户");
        order(lost, today.minusMonths(10), "SHIPPED");
        sql("UPDATE CST_CUSTOMER SET STATUS = 'LOST' WHERE ID = ?", lost.getId());

        ChurnRunView first = as("admin", () -> checks.runNow());
        assertEquals("DONE", first.status().name());
        assertTrue(first.warningsCreated() >= 3, first::toString);
        assertEquals(first.customersTotal(), first.customersDone());

        Map<Long, List<LocalDate>> warned = openWarnings(List.of(oldOrder, recentOrder, neverOldEnough, neverNew,
                onlyNewOrderRecently, lost));
        assertEquals(Map.of(oldOrder.getId(), List.of(today.minusMonths(7)),
                neverOldEnough.getId(), new ArrayList<LocalDate>(java.util.Collections.singletonList(null)),
                onlyNewOrderRecently.getId(), List.of(today.minusMonths(9))), warned);

        ChurnRunView second = as("admin", () -> checks.runNow());
        assertEquals(0, second.warningsCreated(), "a second run creates nothing");
        assertEquals(warned, openWarnings(List.of(oldOrder, neverOldEnough, onlyNewOrderRecently)));
        assertEquals(second.id(), as("admin", () -> checks.lastRun()).orElseThrow().id());
    }

    @Test
    void twoConcurrentRunsCreateNoDuplicate() throws Exception {
        List<Customer> dormant = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Customer c = customer(i % 2 == 0 ? "manager" : "manager2", "并发检查" + i);
            order(c, today.minusMonths(8), "SHIPPED");
            dormant.add(c);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<ChurnRunView> runAsAdmin = () -> as("admin", () -> checks.runNow());
            Future<ChurnRunView> a = pool.submit(runAsAdmin);
            Future<ChurnRunView> b = pool.submit(runAsAdmin);
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        Map<Long, List<LocalDate>> warned = openWarnings(dormant);
        assertEquals(5, warned.size());
        warned.values().forEach(dates -> assertEquals(1, dates.size()));
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT CUSTOMER_ID FROM CHN_WARNING "
                + "WHERE OPEN_CUSTOMER_ID IS NOT NULL GROUP BY CUSTOMER_ID HAVING COUNT(*) > 1) x"));
    }

    @Test
    void theDatabaseRefusesASecondOpenWarningForOneCustomer() throws Exception {
        Customer c = customer("manager", "约束检查");
        order(c, today.minusMonths(7), "SHIPPED");
        run("admin", () -> checks.runNow());
        assertEquals(1, openWarnings(List.of(c)).size());
        SQLException refused = assertThrows(SQLException.class, () -> sql("INSERT INTO CHN_WARNING (ID, VERSION, "
                + "CUSTOMER_ID, OPEN_CUSTOMER_ID, WARNING_STATUS, CREATED_AT) VALUES (?, 0, ?, ?, 'WARNING', "
                + "CURRENT_TIMESTAMP)", nextId(), c.getId(), c.getId()));
        assertTrue(refused.getSQLState().startsWith("23"), "an integrity constraint refuses it: " + refused);
        // A closed warning does not hold the customer's place.
        sql("INSERT INTO CHN_WARNING (ID, VERSION, CUSTOMER_ID, WARNING_STATUS, CREATED_AT) VALUES "
                + "(?, 0, ?, 'WON_BACK', CURRENT_TIMESTAMP)", nextId(), c.getId());
    }

    @Test
    void aNewShippedOrderClosesTheWarningAsWonBack() throws Exception {
        Customer c = customer("manager", "挽回客户");
        order(c, today.minusMonths(7), "SHIPPED");
        Customer viaCsv = customer("manager2", "文件挽回客户");
        order(viaCsv, today.minusMonths(7), "PAID");
        run("admin", () -> checks.runNow());
        long warningId = warningOf(c);

        // A new order that does not count yet, or an old one sent late, does not close it.
        order(c, today, "NEW");
        order(c, today.minusMonths(8), "SHIPPED");
        assertEquals(ChurnStatus.WARNING, as("manager", () -> churn.detail(warningId)).row().status());

        order(c, today, "SHIPPED");
        WarningDetail closed = as("manager", () -> churn.detail(warningId));
        assertEquals(ChurnStatus.WON_BACK, closed.row().status());
        assertNotNull(closed.closedAt());
        assertFalse(closed.mayAct());
        assertTrue(openWarnings(List.of(c)).isEmpty());

        long csvWarning = warningOf(viaCsv);
        run("sales", () -> sales.importCsv(CsvKind.ORDERS, String.join(",", CsvKind.ORDERS.columns()) + "\n"
                + "CSV-" + UUID.randomUUID() + ",XS-CSV-1," + viaCsv.getCustomerNo() + "," + today
                + ",上海市浦东新区,PAID," + PRODUCT + ",1,台,100.00\n"));
        assertEquals(ChurnStatus.WON_BACK, as("manager2", () -> churn.detail(csvWarning)).row().status());
    }

    @Test
    void deferThenConfirmMakesTheCustomerLostAndConfirmBeforeDeferIsRefused() throws Exception {
        Customer c = customer("manager", "确认流失客户");
        order(c, today.minusMonths(7).minusDays(3), "SHIPPED");
        order(c, today.minusMonths(13), "PAID");
        run("admin", () -> checks.runNow());
        long id = warningOf(c);
        WarningDetail detail = as("manager", () -> churn.detail(id));
        assertEquals(7, detail.row().monthsSince());
        assertEquals(1, detail.row().ordersLastYear(), "the order 13 months ago is not in the last 12 months");
        assertEquals(0, new BigDecimal("200.00").compareTo(detail.row().amountLastYear()));
        assertTrue(detail.mayAct());
        assertFalse(detail.mayConfirm());

        assertEquals("churn.error.deferFirst", assertThrows(BusinessException.class,
                () -> as("manager", () -> churn.confirmLost(id, detail.version(), "倒闭"))).getKey());
        BusinessException blank = assertThrows(BusinessException.class,
                () -> as("manager", () -> churn.defer(id, detail.version(), "  ")));
        assertEquals("measure", blank.getField());

        WarningDetail deferred = as("manager", () -> churn.defer(id, detail.version(), "上门拜访，提供九折优惠"));
        assertEquals(ChurnStatus.DEFERRING, deferred.row().status());
        WarningDetail twice = as("super", () -> churn.defer(id, deferred.version(), "主管电话回访"));
        assertEquals(List.of("主管电话回访", "上门拜访，提供九折优惠"),
                twice.measures().stream().map(m -> m.text()).toList(), "newest first");
        assertEquals(List.of("super", "manager"), twice.measures().stream().map(m -> m.author()).toList());

        assertThrows(ConcurrentEditException.class,
                () -> as("manager", () -> churn.confirmLost(id, detail.version(), "客户倒闭")));
        assertEquals("reason", assertThrows(BusinessException.class,
                () -> as("manager", () -> churn.confirmLost(id, twice.version(), ""))).getField());

        WarningDetail lost = as("manager", () -> churn.confirmLost(id, twice.version(), "客户已被竞争对手收购"));
        assertEquals(ChurnStatus.LOST, lost.row().status());
        assertEquals(today, lost.lostDate());
        assertEquals(CustomerStatus.LOST, as("manager", () -> customers.getById(c.getId())).getStatus());
        assertEquals("churn.error.closed", assertThrows(BusinessException.class,
                () -> as("manager", () -> churn.defer(id, lost.version(), "太迟了"))).getKey());
        assertEquals(1, count("SELECT COUNT(*) FROM AUD_ENTRY WHERE SUBJECT_ID = ? AND ENTITY_TYPE = 'CHURN_WARNING' "
                + "AND FIELD_NAME = 'status' AND NEW_VALUE = 'LOST'", c.getId()), "the customer's history shows it");

        // A lost customer is never warned again.
        run("admin", () -> checks.runNow());
        assertTrue(openWarnings(List.of(c)).isEmpty());
    }

    @Test
    void aCustomerWhoNeverOrderedCanBeDeletedWithItsWarning() throws Exception {
        Customer c = customer("manager", "从未下单待删除");
        backdate(c, today.minusMonths(7));
        run("admin", () -> checks.runNow());
        long id = warningOf(c);
        WarningDetail detail = as("manager", () -> churn.detail(id));
        assertNull(detail.row().lastOrderDate(), "never ordered");
        assertNull(detail.row().monthsSince());
        run("manager", () -> churn.defer(id, detail.version(), "电话联系"));
        Customer current = as("manager", () -> customers.getById(c.getId()));
        run("manager", () -> customers.delete(c.getId(), current.getVersion()));
        assertEquals(0, count("SELECT COUNT(*) FROM CHN_WARNING WHERE CUSTOMER_ID = ?", c.getId()));
    }

    @Test
    void anotherManagerNeitherSeesNorWorksMyWarning() throws Exception {
        Customer mine = customer("manager", "张经理的流失客户");
        order(mine, today.minusMonths(7), "SHIPPED");
        run("admin", () -> checks.runNow());
        long id = warningOf(mine);
        ChurnCriteria byName = new ChurnCriteria();
        byName.setCustomerName(mine.getName());

        assertEquals(1, as("manager", () -> churn.count(byName)));
        assertEquals(0, as("manager2", () -> churn.count(byName)));
        assertTrue(as("manager2", () -> churn.search(byName, 0, 10, null)).isEmpty());
        assertEquals("churn.error.notYourWarning", assertThrows(BusinessException.class,
                () -> as("manager2", () -> churn.detail(id))).getKey());
        assertEquals("churn.error.notYourWarning", assertThrows(BusinessException.class,
                () -> as("manager2", () -> churn.defer(id, 0, "抢单"))).getKey());

        // Supervisors and executives see all; executives do not act.
        assertEquals(1, as("super", () -> churn.count(byName)));
        List<ChurnWarningRow> seenByExec = as("exec", () -> churn.search(byName, 0, 10, null));
        assertEquals(List.of(id), seenByExec.stream().map(ChurnWarningRow::id).toList());
        assertFalse(as("exec", () -> churn.detail(id)).mayAct());
        assertThrows(EJBAccessException.class, () -> as("exec", () -> churn.defer(id, 0, "高管")));
        assertThrows(EJBAccessException.class, () -> as("manager", () -> checks.runNow()));
        assertTrue(as("manager", () -> churn.openCount()) >= 1);
    }

    @Test
    void theTimerIsPersistentAndFollowsTheConfiguredSchedule() throws Exception {
        ScheduleView schedule = as("admin", () -> checks.schedule());
        assertEquals("SAT 02:00", schedule.configured());
        assertTrue(schedule.persistent(), "a persistent timer survives restarts and catches up");
        assertEquals("Sat", schedule.timerDayOfWeek());
        assertEquals("2", schedule.timerHour());
        assertEquals("0", schedule.timerMinute());
        assertEquals(DayOfWeek.SATURDAY, schedule.nextTimeout().getDayOfWeek());
        assertEquals(LocalDateTime.of(schedule.nextTimeout().toLocalDate(), java.time.LocalTime.of(2, 0)),
                schedule.nextTimeout());
        assertTrue(schedule.nextTimeout().isAfter(LocalDateTime.now()));
        assertEquals(6, schedule.thresholdMonths());

        String configured = System.getProperty(ChurnSettings.SCHEDULE);
        System.setProperty(ChurnSettings.SCHEDULE, "MON,THU 03:30");
        try {
            ScheduleView changed = as("admin", () -> checks.applySchedule());
            assertEquals("Mon,Thu", changed.timerDayOfWeek());
            assertEquals("3", changed.timerHour());
            assertEquals("30", changed.timerMinute());
            assertTrue(List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY).contains(changed.nextTimeout().getDayOfWeek()));
        } finally {
            System.setProperty(ChurnSettings.SCHEDULE, configured);
            assertEquals("Sat", as("admin", () -> checks.applySchedule()).timerDayOfWeek());
        }
    }

    @Test
    void aScheduledSlotRunsOnceWhateverFiresIt() throws Exception {
        LocalDateTime slot = LocalDateTime.now().minusYears(1).withNano(0);
        Long claimed = check.start(ChurnTrigger.TIMER, slot).orElseThrow();
        assertTrue(check.start(ChurnTrigger.CATCH_UP, slot).isEmpty(), "the catch-up finds the slot taken");
        assertTrue(check.start(ChurnTrigger.TIMER, slot).isEmpty(), "so does a second server's timer");
        ChurnRunView done = check.execute(claimed);
        assertEquals("DONE", done.status().name());
        assertEquals(slot, done.scheduledFor());
        assertEquals("system", done.startedBy(), "the timer has no caller");
    }

    @Test
    void theManagerIsToldByMail() throws Exception {
        int port = Integer.getInteger("kehu.mail.port", 2525);
        String address = "manager2-" + UUID.randomUUID().toString().substring(0, 6) + "@kehu.test";
        run("admin", () -> checks.runNow());
        GreenMail mailServer = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        sql("UPDATE SEC_USER SET EMAIL = ? WHERE USERNAME = 'manager2'", address);
        try {
            Customer c = customer("manager2", "邮件通知客户");
            order(c, today.minusMonths(9), "SHIPPED");
            run("admin", () -> checks.runNow());
            assertTrue(mailServer.waitForIncomingEmail(10_000, 1));
            MimeMessage[] received = mailServer.getReceivedMessagesForDomain("kehu.test");
            assertEquals(1, received.length);
            assertEquals(address, received[0].getAllRecipients()[0].toString());
            assertTrue(received[0].getSubject().startsWith("客户流失预警"), received[0].getSubject());
            String body = received[0].getContent().toString();
            assertTrue(body.contains(c.getName()) && body.contains(c.getCustomerNo()), body);
        } finally {
            sql("UPDATE SEC_USER SET EMAIL = NULL WHERE USERNAME = 'manager2'");
            mailServer.stop();
        }
    }

    // --- crafted data -------------------------------------------------------------------------------------------

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

    private void order(Customer customer, LocalDate date, String status) throws Exception {
        run("sales", () -> {
            sales.putProduct(PRODUCT, new ProductData("流失测试产品", "T-1", null, "台", new BigDecimal("100.00")));
            sales.putOrder("CHN-" + UUID.randomUUID(), new OrderData("XS-" + date, customer.getCustomerNo(), date,
                    "上海市浦东新区", status, List.of(new OrderLineData(PRODUCT, new BigDecimal("2"), "台",
                    new BigDecimal("100.00")))));
        });
    }

    private void backdate(Customer customer, LocalDate created) throws SQLException {
        sql("UPDATE CST_CUSTOMER SET CREATED_AT = ? WHERE ID = ?", Timestamp.valueOf(created.atStartOfDay()),
                customer.getId());
    }

    /** Customer id → the last order dates of its open warnings. */
    private Map<Long, List<LocalDate>> openWarnings(List<Customer> of) throws SQLException {
        Map<Long, List<LocalDate>> open = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT CUSTOMER_ID, LAST_ORDER_DATE FROM CHN_WARNING WHERE CUSTOMER_ID = ? "
                        + "AND WARNING_STATUS IN ('WARNING', 'DEFERRING')")) {
            for (Customer customer : of) {
                st.setLong(1, customer.getId());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Date date = rs.getDate(2);
                        open.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(date == null ? null : date.toLocalDate());
                    }
                }
            }
        }
        return open;
    }

    private long warningOf(Customer customer) throws SQLException {
        return count("SELECT MAX(ID) FROM CHN_WARNING WHERE CUSTOMER_ID = ?", customer.getId());
    }

    private long count(String query, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The next value of the shared id sequence, as the database at hand writes it (H2, PostgreSQL, Oracle). */
    private long nextId() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            String query = product.contains("postgres") ? "SELECT nextval('crm_seq')"
                    : product.contains("oracle") ? "SELECT CRM_SEQ.NEXTVAL FROM DUAL" : "SELECT NEXT VALUE FOR CRM_SEQ";
            try (PreparedStatement st = c.prepareStatement(query); java.sql.ResultSet rs = st.executeQuery()) {
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
