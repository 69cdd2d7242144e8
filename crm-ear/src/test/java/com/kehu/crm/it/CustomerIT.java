package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static com.kehu.crm.it.Identities.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.ConcurrentEditException;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.dto.HistoryRow;
import com.kehu.crm.common.dto.SortOrder;
import com.kehu.crm.common.entity.AuditAction;
import com.kehu.crm.customer.boundary.ContactService;
import com.kehu.crm.customer.boundary.CustomerHistoryService;
import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.boundary.InteractionService;
import com.kehu.crm.customer.dto.CustomerCriteria;
import com.kehu.crm.customer.dto.CustomerRow;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.customer.entity.Contact;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.Interaction;
import com.kehu.crm.customer.entity.Sex;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Customers, contacts and interactions in the real server: validation, ownership, numbering, search, locking. */
@ExtendWith(ArquillianExtension.class)
class CustomerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(CustomerIT.class);
    }

    @EJB
    private CustomerService customers;
    @EJB
    private ContactService contacts;
    @EJB
    private InteractionService interactions;
    @EJB
    private CustomerHistoryService history;

    @Test
    void aManagersNewCustomerIsTheirOwnAndGetsANumber() throws Exception {
        Customer created = as("manager", () -> customers.create(form("测试客户"), null));
        assertEquals("manager", created.getManager().getUsername());
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("yyyyMMdd"));
        assertTrue(created.getCustomerNo().startsWith("KH" + today), created.getCustomerNo());
        assertEquals(18, created.getCustomerNo().length());
    }

    @Test
    void aSupervisorChoosesTheManagerOfANewCustomer() throws Exception {
        long manager2 = managerId("manager2");
        Customer created = as("super", () -> customers.create(form("主管录入的客户"), manager2));
        assertEquals("manager2", created.getManager().getUsername());
        assertEquals("customer.error.managerRequired", assertThrows(BusinessException.class,
                () -> as("super", () -> customers.create(form("没有客户经理"), null))).getKey());
    }

    @Test
    void invalidInputIsRefusedOnTheServer() throws Exception {
        Customer noName = form(null);
        EJBException refused = assertThrows(EJBException.class, () -> as("manager", () -> customers.create(noName, null)));
        assertTrue(refused.getCause() instanceof ConstraintViolationException, refused::toString);

        Customer badPostcode = form("邮编错误的客户");
        badPostcode.setPostcode("12345");
        assertThrows(EJBException.class, () -> as("manager", () -> customers.create(badPostcode, null)));

        Customer unknownRegion = form("地区错误的客户");
        unknownRegion.setRegion("ATLANTIS");
        BusinessException unknown = assertThrows(BusinessException.class,
                () -> as("manager", () -> customers.create(unknownRegion, null)));
        assertEquals("dict.error.unknownValue", unknown.getKey());
        assertEquals("region", unknown.getField());
    }

    @Test
    void anotherManagerMayViewButNotChangeMyCustomer() throws Exception {
        Customer mine = as("manager", () -> customers.create(form("张经理的客户"), null));
        Customer seen = as("manager2", () -> customers.getById(mine.getId()));
        assertEquals(mine.getName(), seen.getName());
        assertFalse(as("manager2", () -> customers.mayChange(mine.getId())));
        assertTrue(as("manager", () -> customers.mayChange(mine.getId())));

        seen.setName("被他人修改");
        assertEquals("customer.error.notYourCustomer", assertThrows(BusinessException.class,
                () -> as("manager2", () -> customers.update(seen))).getKey());
        assertEquals("customer.error.notYourCustomer", assertThrows(BusinessException.class,
                () -> as("manager2", () -> contacts.create(mine.getId(), contact("赵六")))).getKey());
        assertEquals("customer.error.notYourCustomer", assertThrows(BusinessException.class,
                () -> run("manager2", () -> customers.delete(mine.getId(), mine.getVersion()))).getKey());

        // A supervisor changes every customer.
        Customer bySupervisor = as("super", () -> customers.getById(mine.getId()));
        bySupervisor.setName("主管修改后的名称");
        assertEquals("主管修改后的名称", as("super", () -> customers.update(bySupervisor)).getName());
    }

    @Test
    void onlyRightHoldersCreateAndReassign() throws Exception {
        assertThrows(EJBAccessException.class, () -> as("exec", () -> customers.create(form("高管录入"), null)));
        Customer mine = as("manager", () -> customers.create(form("待移交的客户"), null));
        long manager2 = managerId("manager2");
        assertThrows(EJBAccessException.class,
                () -> as("manager", () -> customers.reassign(mine.getId(), mine.getVersion(), manager2)));

        Customer moved = as("super", () -> customers.reassign(mine.getId(), mine.getVersion(), manager2));
        assertEquals("manager2", moved.getManager().getUsername());
        assertTrue(as("manager2", () -> customers.mayChange(mine.getId())));
        assertFalse(as("manager", () -> customers.mayChange(mine.getId())));
    }

    @Test
    void aConcurrentEditIsReportedToTheSecondUser() throws Exception {
        Customer created = as("manager", () -> customers.create(form("并发修改的客户"), null));
        Customer first = as("manager", () -> customers.getById(created.getId()));
        Customer second = as("super", () -> customers.getById(created.getId()));
        first.setAddress("第一次修改的地址");
        run("manager", () -> customers.update(first));
        second.setAddress("第二次修改的地址");
        assertThrows(ConcurrentEditException.class, () -> as("super", () -> customers.update(second)));
        assertEquals("第一次修改的地址", as("manager", () -> customers.getById(created.getId())).getAddress());
    }

    @Test
    void likelyDuplicatesAreFoundByNameTaxNumberOrPhone() throws Exception {
        String unique = "重复检查" + UUID.randomUUID().toString().substring(0, 6);
        Customer original = form(unique);
        original.setNationalTaxNo("91TAX" + unique.hashCode());
        Customer saved = as("manager", () -> customers.create(original, null));

        Customer sameName = form(unique);
        sameName.setPhone("010-99999999");
        assertEquals(List.of(saved.getId()), ids(as("manager2", () -> customers.findDuplicates(sameName))));

        Customer sameTax = form("另一个名称");
        sameTax.setPhone("010-88888888");
        sameTax.setLocalTaxNo(original.getNationalTaxNo());
        assertEquals(List.of(saved.getId()), ids(as("manager2", () -> customers.findDuplicates(sameTax))));

        Customer different = form("完全不同" + unique);
        different.setPhone("010-77777777");
        assertTrue(as("manager2", () -> customers.findDuplicates(different)).isEmpty());
    }

    @Test
    void theListFiltersSortsAndPagesInTheDatabase() throws Exception {
        String prefix = "排序" + UUID.randomUUID().toString().substring(0, 4);
        for (String suffix : List.of("丙", "甲", "乙")) {
            Customer c = form(prefix + suffix);
            c.setRegion("SOUTHWEST");
            run("manager", () -> customers.create(c, null));
        }
        CustomerCriteria criteria = new CustomerCriteria();
        criteria.setName(prefix);
        assertEquals(3, as("exec", () -> customers.count(criteria)));
        List<CustomerRow> byNameDesc = as("exec", () -> customers.search(criteria, 0, 10, new SortOrder("name", false)));
        assertEquals(List.of(prefix + "甲", prefix + "乙", prefix + "丙"),
                byNameDesc.stream().map(CustomerRow::name).toList(), "descending by code point");
        List<CustomerRow> secondPage = as("exec", () -> customers.search(criteria, 2, 2, new SortOrder("name", true)));
        assertEquals(List.of(prefix + "甲"), secondPage.stream().map(CustomerRow::name).toList());

        criteria.setRegion("NORTH");
        assertEquals(0, as("exec", () -> customers.count(criteria)));
        criteria.setRegion("SOUTHWEST");
        criteria.setManagerId(managerId("manager"));
        assertEquals(3, as("exec", () -> customers.count(criteria)));
        // A % in the search text is a character, not a wildcard.
        criteria.setName(prefix + "%");
        assertEquals(0, as("exec", () -> customers.count(criteria)));
    }

    @Test
    void contactsAndInteractionsBelongToTheCustomer() throws Exception {
        Customer customer = as("manager", () -> customers.create(form("有联系人的客户"), null));
        Contact contact = as("manager", () -> contacts.create(customer.getId(), contact("钱七")));
        Interaction meeting = new Interaction();
        meeting.setDate(LocalDate.now());
        meeting.setPlace("客户公司");
        meeting.setSummary("签约");
        meeting.setDetails("签订年度合同");
        as("manager", () -> interactions.create(customer.getId(), meeting));
        assertEquals(1, as("exec", () -> contacts.list(customer.getId())).size());
        assertEquals("签约", as("exec", () -> interactions.list(customer.getId())).get(0).getSummary());

        Contact noPhone = contact("缺电话");
        noPhone.setOfficePhone(null);
        assertThrows(EJBException.class, () -> as("manager", () -> contacts.create(customer.getId(), noPhone)));

        contact.setPosition("总经理");
        assertEquals("总经理", as("manager", () -> contacts.update(contact)).getPosition());

        Customer current = as("manager", () -> customers.getById(customer.getId()));
        run("manager", () -> customers.delete(current.getId(), current.getVersion()));
        assertTrue(as("exec", () -> history.history(customer.getId(), 0, 100)).stream()
                .anyMatch(r -> r.entityType().equals("CUSTOMER") && r.action() == AuditAction.DELETE));
        assertThrows(NotFoundException.class, () -> as("exec", () -> customers.getById(customer.getId())));
        assertTrue(as("exec", () -> contacts.list(customer.getId())).isEmpty());
    }

    @Test
    void everyChangeGoesIntoTheHistoryWithWhoWhenAndOldAndNewValues() throws Exception {
        Customer created = as("manager", () -> customers.create(form("有历史的客户"), null));
        long afterCreate = as("exec", () -> history.count(created.getId()));
        assertTrue(afterCreate >= 8, "the new customer's fields: " + afterCreate);

        Customer loaded = as("manager", () -> customers.getById(created.getId()));
        loaded.setAddress("新地址 1 号");
        loaded.setCredit(2);
        run("manager", () -> customers.update(loaded));
        List<HistoryRow> rows = as("exec", () -> history.history(created.getId(), 0, 2));
        assertEquals(List.of("address", "credit"), rows.stream().map(HistoryRow::field).sorted().toList());
        HistoryRow address = rows.stream().filter(r -> r.field().equals("address")).findFirst().orElseThrow();
        assertEquals("上海市浦东新区世纪大道 100 号", address.oldValue());
        assertEquals("新地址 1 号", address.newValue());
        assertEquals("manager", address.changedBy());
        assertEquals(AuditAction.UPDATE, address.action());

        // A refused change leaves no trace.
        long before = as("exec", () -> history.count(created.getId()));
        loaded.setAddress("过期表单的地址");
        assertThrows(ConcurrentEditException.class, () -> as("manager", () -> customers.update(loaded)));
        assertEquals(before, as("exec", () -> history.count(created.getId())));

        // A contact's changes appear in its customer's history.
        as("manager", () -> contacts.create(created.getId(), contact("孙九")));
        HistoryRow contactRow = as("exec", () -> history.history(created.getId(), 0, 50)).stream()
                .filter(r -> r.entityType().equals("CONTACT") && "name".equals(r.field())).findFirst().orElseThrow();
        assertEquals("孙九", contactRow.newValue());
        assertEquals(AuditAction.CREATE, contactRow.action());
    }

    @Test
    void aCustomerWithOrdersCannotBeDeleted() throws Exception {
        CustomerCriteria demo = new CustomerCriteria();
        demo.setName("北京华信科技有限公司");
        CustomerRow withOrders = as("exec", () -> customers.search(demo, 0, 1, null)).get(0);
        Customer customer = as("super", () -> customers.getById(withOrders.id()));
        assertEquals("customer.error.hasOrders", assertThrows(BusinessException.class,
                () -> run("super", () -> customers.delete(customer.getId(), customer.getVersion()))).getKey());
    }

    private long managerId(String username) throws Exception {
        return as("super", () -> customers.managers()).stream().filter(m -> m.username().equals(username))
                .map(ManagerOption::id).findFirst().orElseThrow();
    }

    private static List<Long> ids(List<CustomerRow> rows) {
        return rows.stream().map(CustomerRow::id).toList();
    }

    private static Customer form(String name) {
        Customer c = new Customer();
        c.setName(name);
        c.setRegion("EAST");
        c.setLevel("2");
        c.setAddress("上海市浦东新区世纪大道 100 号");
        c.setPostcode("200120");
        c.setPhone("021-" + (10_000_000 + (int) (Math.random() * 89_999_999)));
        c.setCredit(4);
        return c;
    }

    private static Contact contact(String name) {
        Contact c = new Contact();
        c.setName(name);
        c.setSex(Sex.MALE);
        c.setPosition("经理");
        c.setOfficePhone("021-66668888");
        return c;
    }
}
