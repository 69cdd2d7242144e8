package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static com.kehu.crm.it.Identities.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.ConcurrentEditException;
import com.kehu.crm.customer.boundary.CustomerHistoryService;
import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.support.boundary.SupportAnalysisService;
import com.kehu.crm.support.boundary.SupportService;
import com.kehu.crm.support.dto.FeedbackForm;
import com.kehu.crm.support.dto.Granularity;
import com.kehu.crm.support.dto.HandlingForm;
import com.kehu.crm.support.dto.PeriodCount;
import com.kehu.crm.support.dto.RequestCriteria;
import com.kehu.crm.support.dto.RequestDetail;
import com.kehu.crm.support.dto.RequestForm;
import com.kehu.crm.support.dto.RequestRef;
import com.kehu.crm.support.dto.RequestRow;
import com.kehu.crm.support.dto.StepRow;
import com.kehu.crm.support.dto.WorkList;
import com.kehu.crm.support.entity.ServiceStatus;
import com.kehu.crm.support.entity.StepAction;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service requests in the real server: each step with each role, the loop on low satisfaction, refused steps that
 * leave everything as it was, batch assignment all or nothing, optimistic locking, lists, audit trail, analysis.
 */
@ExtendWith(ArquillianExtension.class)
class SupportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(SupportIT.class);
    }

    @EJB
    private SupportService support;
    @EJB
    private SupportAnalysisService analysis;
    @EJB
    private CustomerService customers;
    @EJB
    private CustomerHistoryService history;

    private long customerId;
    private long managerId;
    private long manager2Id;

    @BeforeEach
    void customerAndManagers() throws Exception {
        Customer c = new Customer();
        c.setName("服务测试客户" + UUID.randomUUID().toString().substring(0, 6));
        c.setRegion("EAST");
        c.setLevel("2");
        c.setAddress("上海市徐汇区漕溪北路 1 号");
        c.setPostcode("200030");
        c.setPhone("021-" + (10_000_000 + (int) (Math.random() * 89_999_999)));
        customerId = as("manager", () -> customers.create(c, null)).getId();
        List<ManagerOption> managers = as("super", () -> support.managers());
        managerId = managers.stream().filter(m -> m.username().equals("manager")).findFirst().orElseThrow().id();
        manager2Id = managers.stream().filter(m -> m.username().equals("manager2")).findFirst().orElseThrow().id();
    }

    @Test
    void aRequestTravelsTheWholeFlowWithALoopOnLowSatisfaction() throws Exception {
        long id = as("manager", () -> support.create(form("COMPLAINT", "送货延迟")));
        RequestDetail created = as("exec", () -> support.detail(id));
        assertEquals(ServiceStatus.CREATED, created.status());
        assertEquals("张经理 Zhang Min", created.creatorName());
        assertTrue(created.complaint());

        assertEquals(1, as("super", () -> support.assign(List.of(ref(created)), managerId)));
        RequestDetail assigned = as("manager", () -> support.detail(id));
        assertEquals(ServiceStatus.ASSIGNED, assigned.status());
        assertTrue(assigned.mayHandle());
        assertFalse(as("manager2", () -> support.detail(id)).mayHandle());

        run("manager", () -> support.handle(id, assigned.version(), new HandlingForm("已联系物流补发")));
        RequestDetail handled = as("manager", () -> support.detail(id));
        assertEquals(ServiceStatus.HANDLED, handled.status());
        assertTrue(handled.mayGiveFeedback());

        assertFalse(as("manager", () -> support.feedback(id, handled.version(), new FeedbackForm("客户仍不满意", 2))));
        RequestDetail back = as("manager", () -> support.detail(id));
        assertEquals(ServiceStatus.ASSIGNED, back.status());
        assertEquals(2, back.round());
        assertEquals("张经理 Zhang Min", back.assigneeName());

        run("manager", () -> support.handle(id, back.version(), new HandlingForm("上门道歉并赔偿运费")));
        long v = as("manager", () -> support.detail(id)).version();
        assertTrue(as("manager", () -> support.feedback(id, v, new FeedbackForm("客户满意", 4))));

        RequestDetail archived = as("exec", () -> support.detail(id));
        assertEquals(ServiceStatus.ARCHIVED, archived.status());
        assertEquals(4, archived.satisfaction());
        List<StepRow> steps = archived.steps();
        assertEquals(List.of(StepAction.CREATE, StepAction.ASSIGN, StepAction.HANDLE, StepAction.FEEDBACK,
                StepAction.HANDLE, StepAction.FEEDBACK), steps.stream().map(StepRow::action).toList());
        assertEquals("李主管 Li Na", steps.get(1).actorName());
        assertEquals("已联系物流补发", steps.get(2).details());
        assertEquals(2, steps.get(3).satisfaction());
        assertEquals(2, steps.get(4).round());
        assertFalse(archived.mayAssign() || archived.mayHandle() || archived.mayGiveFeedback());

        // The archive keeps the request: its customer can no longer be deleted.
        Customer customer = as("manager", () -> customers.getById(customerId));
        assertEquals("support.error.customerHasRequests", assertThrows(BusinessException.class,
                () -> run("manager", () -> customers.delete(customerId, customer.getVersion()))).getKey());

        // Every step is in the customer's audit trail.
        List<String> statuses = as("exec", () -> history.history(customerId, 0, 200)).stream()
                .filter(h -> h.entityType().equals("SUPPORT") && "status".equals(h.field()))
                .map(h -> h.newValue()).toList();
        assertEquals(6, statuses.size(), statuses::toString);
        assertTrue(statuses.containsAll(List.of("CREATED", "ASSIGNED", "HANDLED", "ARCHIVED")), statuses::toString);
    }

    @Test
    void eachStepNeedsItsRight() throws Exception {
        assertThrows(EJBAccessException.class, () -> as("exec", () -> support.create(form("CONSULT", "高管录入"))));
        long id = as("super", () -> support.create(form("CONSULT", "主管录入")));
        RequestDetail r = as("super", () -> support.detail(id));
        assertThrows(EJBAccessException.class, () -> as("manager", () -> support.assign(List.of(ref(r)), managerId)));
        assertThrows(EJBAccessException.class, () -> as("exec", () -> support.assign(List.of(ref(r)), managerId)));
        assertThrows(EJBAccessException.class, () -> as("sales", "sales", () -> support.detail(id)));
        // The analysis is a report: managers see it over their own customers (report.service), the sales-system
        // interface not at all.
        assertThrows(EJBAccessException.class,
                () -> as("sales", "sales", () -> analysis.bySatisfaction(LocalDate.now(), LocalDate.now())));
        run("super", () -> support.assign(List.of(ref(r)), manager2Id));
        long v = as("exec", () -> support.detail(id)).version();
        assertThrows(EJBAccessException.class, () -> run("exec", () -> support.handle(id, v, new HandlingForm("高管处理"))));
        assertEquals(v, as("exec", () -> support.detail(id)).version());
    }

    @Test
    void onlyTheAssigneeOrASupervisorHandlesAndOnlyTheCreatorOrASupervisorGivesFeedback() throws Exception {
        long id = as("manager", () -> support.create(form("SUGGEST", "建议增加夜间热线")));
        run("super", () -> support.assign(List.of(ref(as("super", () -> support.detail(id)))), manager2Id));
        RequestDetail assigned = as("manager", () -> support.detail(id));

        BusinessException notYours = assertThrows(BusinessException.class,
                () -> run("manager", () -> support.handle(id, assigned.version(), new HandlingForm("越权处理"))));
        assertEquals("support.error.notYourRequest", notYours.getKey());
        RequestDetail unchanged = as("manager", () -> support.detail(id));
        assertEquals(ServiceStatus.ASSIGNED, unchanged.status());
        assertEquals(assigned.version(), unchanged.version());
        assertEquals(2, unchanged.steps().size());

        run("manager2", () -> support.handle(id, assigned.version(), new HandlingForm("已采纳，下月开通")));
        RequestDetail handled = as("manager", () -> support.detail(id));
        assertEquals("support.error.notYourFeedback", assertThrows(BusinessException.class,
                () -> as("manager2", () -> support.feedback(id, handled.version(), new FeedbackForm("自己评价", 5))))
                .getKey());
        assertEquals(ServiceStatus.HANDLED, as("manager", () -> support.detail(id)).status());

        // A supervisor may do both.
        long other = as("manager", () -> support.create(form("CONSULT", "价格咨询")));
        run("super", () -> support.assign(List.of(ref(as("super", () -> support.detail(other)))), manager2Id));
        run("super", () -> support.handle(other, as("super", () -> support.detail(other)).version(),
                new HandlingForm("主管代为答复")));
        assertTrue(as("super", () -> support.feedback(other, as("super", () -> support.detail(other)).version(),
                new FeedbackForm("主管回访：满意", 5))));
    }

    @Test
    void stepsOutOfOrderAreRefused() throws Exception {
        long id = as("manager", () -> support.create(form("CONSULT", "未分配的请求")));
        long v = as("manager", () -> support.detail(id)).version();
        assertEquals("support.error.wrongStatus", assertThrows(BusinessException.class,
                () -> run("super", () -> support.handle(id, v, new HandlingForm("未分配就处理")))).getKey());
        assertEquals("support.error.wrongStatus", assertThrows(BusinessException.class,
                () -> as("manager", () -> support.feedback(id, v, new FeedbackForm("未处理就反馈", 5)))).getKey());
        RequestDetail r = as("manager", () -> support.detail(id));
        assertEquals(ServiceStatus.CREATED, r.status());
        assertEquals(v, r.version());
        assertEquals(1, r.steps().size());
    }

    @Test
    void batchAssignmentIsAllOrNothing() throws Exception {
        long a = as("manager", () -> support.create(form("CONSULT", "批量一")));
        long b = as("manager", () -> support.create(form("CONSULT", "批量二")));
        long c = as("manager", () -> support.create(form("CONSULT", "批量三")));
        RequestRef refA = ref(as("super", () -> support.detail(a)));
        RequestRef refB = ref(as("super", () -> support.detail(b)));
        RequestRef refC = ref(as("super", () -> support.detail(c)));
        run("super", () -> support.assign(List.of(refC), managerId));

        // c is no longer created (and its version moved on): nothing of the batch is assigned.
        assertThrows(ConcurrentEditException.class,
                () -> as("super", () -> support.assign(List.of(refA, refB, refC), manager2Id)));
        RequestRef freshC = ref(as("super", () -> support.detail(c)));
        assertEquals("support.error.wrongStatus", assertThrows(BusinessException.class,
                () -> as("super", () -> support.assign(List.of(refA, refB, freshC), manager2Id))).getKey());
        assertEquals(ServiceStatus.CREATED, as("super", () -> support.detail(a)).status());
        assertEquals(ServiceStatus.CREATED, as("super", () -> support.detail(b)).status());
        assertEquals("张经理 Zhang Min", as("super", () -> support.detail(c)).assigneeName());

        // Only an active customer manager can be assigned.
        assertEquals("customer.error.notAManager", assertThrows(BusinessException.class,
                () -> as("super", () -> support.assign(List.of(refA), -1L))).getKey());

        assertEquals(2, as("super", () -> support.assign(List.of(refA, refB), manager2Id)));
        assertEquals(ServiceStatus.ASSIGNED, as("super", () -> support.detail(a)).status());
        assertEquals(ServiceStatus.ASSIGNED, as("super", () -> support.detail(b)).status());
    }

    @Test
    void theSecondOfTwoUsersActingAtOnceIsToldAndChangesNothing() throws Exception {
        long id = as("manager", () -> support.create(form("COMPLAINT", "并发处理")));
        run("super", () -> support.assign(List.of(ref(as("super", () -> support.detail(id)))), managerId));
        long seen = as("manager", () -> support.detail(id)).version();
        run("manager", () -> support.handle(id, seen, new HandlingForm("经理先处理")));
        assertThrows(ConcurrentEditException.class,
                () -> run("super", () -> support.handle(id, seen, new HandlingForm("主管同时处理"))));
        RequestDetail r = as("exec", () -> support.detail(id));
        assertEquals("经理先处理", r.handling());
        assertEquals(3, r.steps().size());
    }

    @Test
    void invalidInputIsRefusedOnTheServer() throws Exception {
        RequestForm blank = form("CONSULT", " ");
        EJBException refused = assertThrows(EJBException.class, () -> as("manager", () -> support.create(blank)));
        assertTrue(refused.getCause() instanceof ConstraintViolationException, refused::toString);

        BusinessException unknownType = assertThrows(BusinessException.class,
                () -> as("manager", () -> support.create(form("PRAISE", "未知类型"))));
        assertEquals("dict.error.unknownValue", unknownType.getKey());
        assertEquals("type", unknownType.getField());

        long id = as("manager", () -> support.create(form("CONSULT", "满意度越界")));
        run("super", () -> support.assign(List.of(ref(as("super", () -> support.detail(id)))), managerId));
        run("manager", () -> support.handle(id, as("manager", () -> support.detail(id)).version(),
                new HandlingForm("已答复")));
        long v = as("manager", () -> support.detail(id)).version();
        assertThrows(EJBException.class, () -> as("manager", () -> support.feedback(id, v, new FeedbackForm("结果", 6))));
        assertThrows(EJBException.class, () -> as("manager", () -> support.feedback(id, v, new FeedbackForm(" ", 4))));
        assertEquals(ServiceStatus.HANDLED, as("manager", () -> support.detail(id)).status());
    }

    @Test
    void eachWorkListShowsItsStepAndAManagerSeesTheirOwn() throws Exception {
        long id = as("manager", () -> support.create(form("CONSULT", "工作列表")));
        RequestCriteria toAssign = new RequestCriteria(WorkList.TO_ASSIGN);
        toAssign.setCustomerId(customerId);
        assertEquals(List.of(id), ids(as("super", () -> support.search(toAssign, 0, 10, null))));

        run("super", () -> support.assign(List.of(ref(as("super", () -> support.detail(id)))), managerId));
        RequestCriteria toHandle = new RequestCriteria(WorkList.TO_HANDLE);
        toHandle.setCustomerId(customerId);
        assertEquals(List.of(id), ids(as("manager", () -> support.search(toHandle, 0, 10, null))));
        assertEquals(0, as("manager2", () -> support.count(toHandle)));
        assertEquals(1, as("super", () -> support.count(toHandle)));
        assertEquals(0, as("super", () -> support.count(toAssign)));

        run("manager", () -> support.handle(id, as("manager", () -> support.detail(id)).version(),
                new HandlingForm("已答复")));
        RequestCriteria toFeedback = new RequestCriteria(WorkList.TO_FEEDBACK);
        toFeedback.setCustomerId(customerId);
        assertEquals(1, as("manager", () -> support.count(toFeedback)));
        assertEquals(0, as("manager2", () -> support.count(toFeedback)));

        // The archive's search: customer name, type, status, period, assignee.
        RequestCriteria archive = new RequestCriteria(WorkList.ALL);
        archive.setCustomerName(as("exec", () -> customers.getById(customerId)).getName());
        archive.setType("CONSULT");
        archive.setStatus(ServiceStatus.HANDLED);
        archive.setAssigneeId(managerId);
        archive.setFrom(LocalDate.now());
        archive.setTo(LocalDate.now());
        List<RequestRow> found = as("exec", () -> support.search(archive, 0, 10, null));
        assertEquals(List.of(id), ids(found));
        assertEquals("张经理 Zhang Min", found.get(0).assigneeName());
        archive.setTo(LocalDate.now().minusDays(1));
        archive.setFrom(LocalDate.now().minusDays(30));
        assertEquals(0, as("exec", () -> support.count(archive)));
    }

    @Test
    void theAnalysisCountsRequestsByTypeAndPeriodAndFeedbackBySatisfaction() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate first = today.withDayOfMonth(1);
        long complaintsBefore = complaints(first, today);
        long twoStarsBefore = as("exec", () -> analysis.bySatisfaction(today, today)).get(1).count();

        long id = as("manager", () -> support.create(form("COMPLAINT", "分析用投诉")));
        as("manager", () -> support.create(form("COMPLAINT", "分析用投诉二")));
        run("super", () -> support.assign(List.of(ref(as("super", () -> support.detail(id)))), managerId));
        run("manager", () -> support.handle(id, as("manager", () -> support.detail(id)).version(),
                new HandlingForm("处理")));
        as("manager", () -> support.feedback(id, as("manager", () -> support.detail(id)).version(),
                new FeedbackForm("不满意", 2)));

        assertEquals(complaintsBefore + 2, complaints(first, today));
        assertEquals(twoStarsBefore + 1, as("exec", () -> analysis.bySatisfaction(today, today)).get(1).count());
        assertEquals(5, as("exec", () -> analysis.bySatisfaction(today, today)).size());
        List<PeriodCount> byYear = as("super", () -> analysis.byType(first, today, Granularity.YEAR));
        assertTrue(byYear.stream().allMatch(p -> p.period().equals(String.valueOf(today.getYear()))), byYear::toString);
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        assertTrue(as("admin", () -> analysis.byType(first, today, Granularity.QUARTER)).stream()
                .anyMatch(p -> p.period().equals(quarter) && p.complaint() && p.count() >= 2));
        assertEquals("support.error.periodReversed", assertThrows(BusinessException.class,
                () -> as("exec", () -> analysis.byType(today, first.minusDays(1), Granularity.MONTH))).getKey());
    }

    private long complaints(LocalDate from, LocalDate to) throws Exception {
        String month = String.format("%04d-%02d", to.getYear(), to.getMonthValue());
        return as("exec", () -> analysis.byType(from, to, Granularity.MONTH)).stream()
                .filter(p -> p.period().equals(month) && p.complaint()).mapToLong(PeriodCount::count).sum();
    }

    private RequestForm form(String type, String summary) {
        RequestForm f = new RequestForm();
        f.setCustomerId(customerId);
        f.setType(type);
        f.setSummary(summary);
        f.setRequestText("客户来电：" + summary);
        return f;
    }

    private static RequestRef ref(RequestDetail r) {
        return new RequestRef(r.id(), r.version());
    }

    private static List<Long> ids(List<RequestRow> rows) {
        return rows.stream().map(RequestRow::id).toList();
    }
}
