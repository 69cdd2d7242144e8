package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static com.kehu.crm.it.Identities.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.ConcurrentEditException;
import com.kehu.crm.common.dto.HistoryRow;
import com.kehu.crm.customer.boundary.ContactService;
import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.dto.CustomerCriteria;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.customer.entity.Contact;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.Sex;
import com.kehu.crm.opportunity.boundary.OpportunityService;
import com.kehu.crm.opportunity.dto.OpportunityActions;
import com.kehu.crm.opportunity.dto.OpportunityCriteria;
import com.kehu.crm.opportunity.dto.OpportunityRow;
import com.kehu.crm.opportunity.entity.Opportunity;
import com.kehu.crm.opportunity.entity.OpportunityStatus;
import com.kehu.crm.opportunity.entity.PlanItem;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sales opportunities in the real server, with each role: who may create, edit, assign, plan, execute and close;
 * every refused transition; the customer created on success and nothing created on a refused or rolled-back close;
 * optimistic locking between two users.
 */
@ExtendWith(ArquillianExtension.class)
class OpportunityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(OpportunityIT.class);
    }

    @EJB
    private OpportunityService opportunities;
    @EJB
    private CustomerService customers;
    @EJB
    private ContactService contacts;

    @Test
    void aManagerRecordsAnOpportunityThatOnlyItsCreatorOrASupervisorEditsWhileUnassigned() throws Exception {
        Opportunity created = as("manager", () -> opportunities.create(form("新机会")));
        assertEquals("manager", created.getCreator().getUsername());
        assertEquals(OpportunityStatus.UNASSIGNED, created.getStatus());
        assertTrue(created.getOpportunityNo().startsWith("SJ"), created.getOpportunityNo());
        assertNotNull(created.getCreatedAt());

        Opportunity byOther = as("manager2", () -> opportunities.getById(created.getId()));
        byOther.setSummary("别人改的");
        assertEquals("opportunity.error.notYourOpportunity", assertThrows(BusinessException.class,
                () -> as("manager2", () -> opportunities.update(byOther))).getKey());
        assertEquals("opportunity.error.notYourOpportunity", assertThrows(BusinessException.class,
                () -> run("manager2", () -> opportunities.delete(created.getId(), created.getVersion()))).getKey());
        assertFalse(as("manager2", () -> opportunities.actions(created.getId())).edit());
        assertTrue(as("manager", () -> opportunities.actions(created.getId())).edit());

        Opportunity mine = as("manager", () -> opportunities.getById(created.getId()));
        mine.setProbability(70);
        assertEquals(70, as("manager", () -> opportunities.update(mine)).getProbability());
        Opportunity bySupervisor = as("super", () -> opportunities.getById(created.getId()));
        bySupervisor.setSummary("主管修改的概要");
        Opportunity saved = as("super", () -> opportunities.update(bySupervisor));
        assertEquals("主管修改的概要", saved.getSummary());
        assertEquals("manager", saved.getCreator().getUsername(), "the creator never changes");

        run("manager", () -> opportunities.delete(saved.getId(), saved.getVersion()));
        assertEquals("error.notFound", assertThrows(BusinessException.class,
                () -> as("manager", () -> opportunities.getById(saved.getId()))).getKey());
    }

    @Test
    void invalidInputAndMissingRightsAreRefusedOnTheServer() throws Exception {
        Opportunity noName = form(null);
        EJBException refused = assertThrows(EJBException.class, () -> as("manager", () -> opportunities.create(noName)));
        assertTrue(refused.getCause() instanceof ConstraintViolationException, refused::toString);
        Opportunity tooLikely = form("几率过高");
        tooLikely.setProbability(101);
        assertThrows(EJBException.class, () -> as("manager", () -> opportunities.create(tooLikely)));

        assertThrows(EJBAccessException.class, () -> as("exec", () -> opportunities.create(form("高管录入"))));
        assertThrows(EJBAccessException.class, () -> as("admin", () -> opportunities.create(form("管理员录入"))));
        Opportunity o = as("manager", () -> opportunities.create(form("权限检查")));
        long manager = managerId("manager");
        assertThrows(EJBAccessException.class, () -> as("manager", () -> opportunities.assign(o.getId(), o.getVersion(), manager)));
        assertThrows(EJBAccessException.class, () -> as("exec", () -> opportunities.assign(o.getId(), o.getVersion(), manager)));
        // Everyone who works with customers sees the opportunity.
        for (String user : new String[] {"exec", "admin", "super", "manager2"}) {
            assertEquals(o.getCustomerName(), as(user, () -> opportunities.getById(o.getId())).getCustomerName());
        }
        assertThrows(EJBAccessException.class, () -> as("sales", () -> opportunities.getById(o.getId())));
    }

    @Test
    void aSupervisorAssignsAndReassignsUntilThePlanStarts() throws Exception {
        Opportunity o = as("manager2", () -> opportunities.create(form("待指派")));
        long manager = managerId("manager");
        long manager2 = managerId("manager2");
        long supervisor = as("super", () -> opportunities.creators()).stream()
                .filter(u -> u.username().equals("super")).map(ManagerOption::id).findFirst().orElseThrow();
        assertEquals("opportunity.error.notAManager", assertThrows(BusinessException.class,
                () -> as("super", () -> opportunities.assign(o.getId(), o.getVersion(), supervisor))).getKey());
        assertEquals("assignee", assertThrows(BusinessException.class,
                () -> as("super", () -> opportunities.assign(o.getId(), o.getVersion(), null))).getField());

        Opportunity assigned = as("super", () -> opportunities.assign(o.getId(), o.getVersion(), manager));
        assertEquals(OpportunityStatus.ASSIGNED, assigned.getStatus());
        assertEquals("manager", assigned.getAssignee().getUsername());
        assertNotNull(assigned.getAssignedAt());

        // Assigned: no longer editable, not even by its creator or a supervisor.
        Opportunity edit = as("manager2", () -> opportunities.getById(o.getId()));
        edit.setSummary("指派后修改");
        assertEquals("opportunity.error.notEditable", assertThrows(BusinessException.class,
                () -> as("manager2", () -> opportunities.update(edit))).getKey());
        assertEquals("opportunity.error.notEditable", assertThrows(BusinessException.class,
                () -> run("super", () -> opportunities.delete(o.getId(), assigned.getVersion()))).getKey());

        // Reassignment before any plan item; after that, refused.
        Opportunity reassigned = as("super", () -> opportunities.assign(o.getId(), assigned.getVersion(), manager2));
        assertEquals("manager2", reassigned.getAssignee().getUsername());
        as("manager2", () -> opportunities.addPlanItem(o.getId(), item(LocalDate.now(), "电话联系")));
        Opportunity current = as("super", () -> opportunities.getById(o.getId()));
        assertFalse(as("super", () -> opportunities.actions(o.getId())).assign());
        assertEquals("opportunity.error.planStarted", assertThrows(BusinessException.class,
                () -> as("super", () -> opportunities.assign(o.getId(), current.getVersion(), manager))).getKey());
    }

    @Test
    void theAssigneeOrASupervisorPlansAnAssignedOpportunityAndTheDateStaysAsPlanned() throws Exception {
        Opportunity o = as("manager", () -> opportunities.create(form("制定计划")));
        assertEquals("opportunity.error.notAssigned", assertThrows(BusinessException.class,
                () -> as("super", () -> opportunities.addPlanItem(o.getId(), item(LocalDate.now(), "太早了")))).getKey());
        assign(o, "manager");

        assertEquals("opportunity.error.notAssignedToYou", assertThrows(BusinessException.class,
                () -> as("manager2", () -> opportunities.addPlanItem(o.getId(), item(LocalDate.now(), "不是我的")))).getKey());
        assertThrows(EJBAccessException.class,
                () -> as("exec", () -> opportunities.addPlanItem(o.getId(), item(LocalDate.now(), "高管"))));
        PlanItem noDate = item(null, "没有日期");
        assertThrows(EJBException.class, () -> as("manager", () -> opportunities.addPlanItem(o.getId(), noDate)));

        LocalDate planned = LocalDate.now().plusDays(3);
        PlanItem first = as("manager", () -> opportunities.addPlanItem(o.getId(), item(planned, "上门拜访")));
        PlanItem bySupervisor = as("super", () -> opportunities.addPlanItem(o.getId(), item(planned.plusDays(1), "主管陪同")));
        first.setDate(LocalDate.now().plusDays(30));
        first.setContent("上门拜访，带样品");
        PlanItem changed = as("manager", () -> opportunities.updatePlanItem(first));
        assertEquals("上门拜访，带样品", changed.getContent());
        assertEquals(planned, as("manager", () -> opportunities.planItems(o.getId())).get(0).getDate());

        assertEquals("opportunity.error.notAssignedToYou", assertThrows(BusinessException.class,
                () -> run("manager2", () -> opportunities.deletePlanItem(bySupervisor.getId(), bySupervisor.getVersion()))).getKey());
        run("manager", () -> opportunities.deletePlanItem(bySupervisor.getId(), bySupervisor.getVersion()));
        assertEquals(1, as("manager", () -> opportunities.planItems(o.getId())).size());

        assertEquals("result", assertThrows(BusinessException.class,
                () -> as("manager", () -> opportunities.recordResult(changed.getId(), changed.getVersion(), " "))).getField());
        PlanItem executed = as("manager", () -> opportunities.recordResult(changed.getId(), changed.getVersion(), "客户很感兴趣"));
        assertEquals("客户很感兴趣", executed.getResult());
        assertNotNull(executed.getExecutedAt());
    }

    @Test
    void closingAsSucceededCreatesTheCustomerOfTheAssigneeInTheSameStep() throws Exception {
        String name = unique("开发成功公司");
        Opportunity o = readyToClose(name, "manager");
        assertEquals("opportunity.error.notAssignedToYou", assertThrows(BusinessException.class,
                () -> as("manager2", () -> opportunities.closeAsSucceeded(o.getId(), current(o).getVersion(),
                        customerForm(), contactForm()))).getKey());
        OpportunityActions actions = as("manager", () -> opportunities.actions(o.getId()));
        assertTrue(actions.close() && actions.develop() && !actions.edit() && !actions.assign(), actions.toString());

        Customer customer = as("manager", () -> opportunities.closeAsSucceeded(o.getId(), current(o).getVersion(),
                customerForm(), contactForm()));
        Customer stored = as("exec", () -> customers.getById(customer.getId()));
        assertEquals(name, stored.getName());
        assertEquals("manager", stored.getManager().getUsername());
        assertTrue(stored.getCustomerNo().startsWith("KH"), stored.getCustomerNo());
        assertEquals("021-55556666", stored.getPhone());
        List<Contact> people = as("exec", () -> contacts.list(customer.getId()));
        assertEquals(1, people.size());
        assertEquals("王联系", people.get(0).getName());
        assertEquals("021-55556666", people.get(0).getOfficePhone());

        Opportunity closed = current(o);
        assertEquals(OpportunityStatus.SUCCEEDED, closed.getStatus());
        assertEquals(customer.getId(), closed.getCustomer().getId());
        assertNotNull(closed.getClosedAt());

        // Final: not closed twice, not planned, not reassigned.
        assertEquals("opportunity.error.closed", assertThrows(BusinessException.class,
                () -> as("manager", () -> opportunities.closeAsSucceeded(o.getId(), closed.getVersion(),
                        customerForm(), contactForm()))).getKey());
        assertEquals("opportunity.error.closed", assertThrows(BusinessException.class,
                () -> as("manager", () -> opportunities.closeAsFailed(o.getId(), closed.getVersion()))).getKey());
        assertEquals("opportunity.error.closed", assertThrows(BusinessException.class,
                () -> as("super", () -> opportunities.assign(o.getId(), closed.getVersion(), managerId("manager2")))).getKey());
        assertEquals("opportunity.error.closed", assertThrows(BusinessException.class,
                () -> as("manager", () -> opportunities.addPlanItem(o.getId(), item(LocalDate.now(), "太晚了")))).getKey());
        assertEquals(1, customersNamed(name));

        // The opportunity records what it became: its customer cannot be deleted, and the refusal keeps everything.
        Customer developed = as("manager", () -> customers.getById(customer.getId()));
        assertEquals("customer.error.fromOpportunity", assertThrows(BusinessException.class,
                () -> run("manager", () -> customers.delete(developed.getId(), developed.getVersion()))).getKey());
        assertEquals(1, customersNamed(name));
        assertEquals(1, as("exec", () -> contacts.list(customer.getId())).size());

        // Every step is in the audit trail.
        List<HistoryRow> history = as("exec", () -> opportunities.history(o.getId(), 0, 100));
        assertTrue(history.stream().anyMatch(h -> "status".equals(h.field()) && "SUCCEEDED".equals(h.newValue())), history::toString);
        assertTrue(history.stream().anyMatch(h -> "assignee".equals(h.field()) && "manager".equals(h.newValue())), history::toString);
        assertTrue(history.stream().anyMatch(h -> "PLANITEM".equals(h.entityType()) && "result".equals(h.field())), history::toString);
        assertEquals(history.size(), as("exec", () -> opportunities.historyCount(o.getId())));
    }

    @Test
    void nothingIsCreatedWhenClosingIsRefusedOrRolledBack() throws Exception {
        String name = unique("未成交公司");
        Opportunity o = as("manager", () -> opportunities.create(form(name)));
        assign(o, "manager");
        as("manager", () -> opportunities.addPlanItem(o.getId(), item(LocalDate.now(), "尚未执行")));
        assertEquals("opportunity.error.nothingExecuted", assertThrows(BusinessException.class,
                () -> as("manager", () -> opportunities.closeAsSucceeded(o.getId(), current(o).getVersion(),
                        customerForm(), contactForm()))).getKey());
        assertEquals("opportunity.error.nothingExecuted", assertThrows(BusinessException.class,
                () -> as("manager", () -> opportunities.closeAsFailed(o.getId(), current(o).getVersion()))).getKey());
        assertFalse(as("manager", () -> opportunities.actions(o.getId())).close());
        assertEquals(0, customersNamed(name));

        PlanItem item = as("manager", () -> opportunities.planItems(o.getId())).get(0);
        run("manager", () -> opportunities.recordResult(item.getId(), item.getVersion(), "有进展"));

        // The customer component refuses an unknown region: the whole close is rolled back.
        Customer unknownRegion = customerForm();
        unknownRegion.setRegion("ATLANTIS");
        assertEquals("dict.error.unknownValue", assertThrows(BusinessException.class,
                () -> as("manager", () -> opportunities.closeAsSucceeded(o.getId(), current(o).getVersion(),
                        unknownRegion, contactForm()))).getKey());
        // The customer is valid and saved first, then its contact fails validation: the customer goes too.
        Contact noPosition = contactForm();
        noPosition.setPosition(null);
        assertThrows(EJBException.class, () -> as("manager", () -> opportunities.closeAsSucceeded(o.getId(),
                current(o).getVersion(), customerForm(), noPosition)));
        assertEquals(0, customersNamed(name));
        assertEquals(OpportunityStatus.ASSIGNED, current(o).getStatus());
        assertNull(current(o).getCustomer());

        Opportunity failed = as("manager", () -> opportunities.closeAsFailed(o.getId(), current(o).getVersion()));
        assertEquals(OpportunityStatus.FAILED, failed.getStatus());
        assertEquals(0, customersNamed(name));
    }

    @Test
    void twoUsersActingOnTheSameVersionCannotBothSucceed() throws Exception {
        Opportunity o = as("manager", () -> opportunities.create(form("并发指派")));
        long seen = o.getVersion();
        run("super", () -> opportunities.assign(o.getId(), seen, managerId("manager")));
        assertThrows(ConcurrentEditException.class,
                () -> as("super", () -> opportunities.assign(o.getId(), seen, managerId("manager2"))));
        assertEquals("manager", current(o).getAssignee().getUsername());

        String name = unique("并发关闭公司");
        Opportunity ready = readyToClose(name, "manager");
        long version = current(ready).getVersion();
        run("manager", () -> opportunities.closeAsFailed(ready.getId(), version));
        assertThrows(ConcurrentEditException.class, () -> as("super", () -> opportunities.closeAsSucceeded(ready.getId(),
                version, customerForm(), contactForm())));
        assertEquals(OpportunityStatus.FAILED, current(ready).getStatus());
        assertEquals(0, customersNamed(name));

        // A plan change raises the opportunity's version: a form loaded before it is stale.
        Opportunity planned = as("manager", () -> opportunities.create(form("计划变更")));
        assign(planned, "manager");
        long before = current(planned).getVersion();
        as("manager", () -> opportunities.addPlanItem(planned.getId(), item(LocalDate.now(), "第一步")));
        assertThrows(ConcurrentEditException.class,
                () -> as("super", () -> opportunities.assign(planned.getId(), before, managerId("manager2"))));
    }

    @Test
    void theListsFilterByStatusPeopleNameAndDateAndShowMyOpportunitiesToDevelop() throws Exception {
        String prefix = unique("列表");
        Opportunity a = as("manager", () -> opportunities.create(form(prefix + "A")));
        Opportunity b = as("super", () -> opportunities.create(form(prefix + "B")));
        assign(b, "manager2");

        OpportunityCriteria byName = new OpportunityCriteria();
        byName.setCustomerName(prefix);
        assertEquals(2, as("exec", () -> opportunities.count(byName)));
        OpportunityCriteria unassigned = byName.copy();
        unassigned.setStatus(OpportunityStatus.UNASSIGNED);
        assertEquals(List.of(a.getId()), ids(as("exec", () -> opportunities.search(unassigned, 0, 10, null))));
        OpportunityCriteria byCreator = byName.copy();
        byCreator.setCreatorId(b.getCreator().getId());
        assertEquals(List.of(b.getId()), ids(as("exec", () -> opportunities.search(byCreator, 0, 10, null))));
        OpportunityCriteria byAssignee = byName.copy();
        byAssignee.setAssigneeId(managerId("manager2"));
        assertEquals(List.of(b.getId()), ids(as("exec", () -> opportunities.search(byAssignee, 0, 10, null))));

        OpportunityCriteria mine = byName.copy();
        mine.setAssignedToMe(true);
        mine.setStatus(OpportunityStatus.ASSIGNED);
        assertEquals(List.of(b.getId()), ids(as("manager2", () -> opportunities.search(mine, 0, 10, null))));
        assertEquals(0, as("manager", () -> opportunities.count(mine)));

        OpportunityCriteria today = byName.copy();
        today.setCreatedFrom(LocalDate.now());
        today.setCreatedTo(LocalDate.now());
        assertEquals(2, as("exec", () -> opportunities.count(today)));
        OpportunityCriteria tomorrow = byName.copy();
        tomorrow.setCreatedFrom(LocalDate.now().plusDays(1));
        assertEquals(0, as("exec", () -> opportunities.count(tomorrow)));

        List<OpportunityRow> rows = as("exec", () -> opportunities.search(byName, 0, 10,
                new com.kehu.crm.common.dto.SortOrder("customerName", true)));
        assertEquals(List.of(a.getId(), b.getId()), ids(rows));
        assertEquals("刘经理 Liu Yang", rows.get(1).assigneeName());
    }

    // ---- helpers

    private Opportunity readyToClose(String name, String manager) throws Exception {
        Opportunity o = as(manager, () -> opportunities.create(form(name)));
        assign(o, manager);
        PlanItem item = as(manager, () -> opportunities.addPlanItem(o.getId(), item(LocalDate.now(), "拜访")));
        run(manager, () -> opportunities.recordResult(item.getId(), item.getVersion(), "同意合作"));
        return o;
    }

    private void assign(Opportunity o, String manager) throws Exception {
        long managerId = managerId(manager);
        run("super", () -> opportunities.assign(o.getId(), current(o).getVersion(), managerId));
    }

    private Opportunity current(Opportunity o) throws Exception {
        return as("super", () -> opportunities.getById(o.getId()));
    }

    private long managerId(String username) throws Exception {
        return as("super", () -> opportunities.managers()).stream().filter(m -> m.username().equals(username))
                .map(ManagerOption::id).findFirst().orElseThrow();
    }

    private long customersNamed(String name) throws Exception {
        CustomerCriteria criteria = new CustomerCriteria();
        criteria.setName(name);
        return as("exec", () -> customers.count(criteria));
    }

    private static List<Long> ids(List<OpportunityRow> rows) {
        return rows.stream().map(OpportunityRow::id).toList();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Opportunity form(String customerName) {
        Opportunity o = new Opportunity();
        o.setCustomerName(customerName);
        o.setSource("展会");
        o.setProbability(60);
        o.setSummary("采购办公软件");
        o.setContactName("王联系");
        o.setContactPhone("021-55556666");
        o.setDescription("客户在展会上表示需要一套客户管理软件。");
        return o;
    }

    private static PlanItem item(LocalDate date, String content) {
        PlanItem item = new PlanItem();
        item.setDate(date);
        item.setContent(content);
        return item;
    }

    private static Customer customerForm() {
        Customer c = new Customer();
        c.setRegion("EAST");
        c.setLevel("1");
        c.setAddress("上海市徐汇区漕溪北路 88 号");
        c.setPostcode("200030");
        c.setPhone("021-55556666");
        return c;
    }

    private static Contact contactForm() {
        Contact c = new Contact();
        c.setSex(Sex.FEMALE);
        c.setPosition("采购经理");
        c.setOfficePhone("021-55556666");
        return c;
    }
}
