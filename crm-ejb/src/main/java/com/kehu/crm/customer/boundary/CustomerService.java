package com.kehu.crm.customer.boundary;

import com.kehu.crm.basedata.boundary.DictionaryService;
import com.kehu.crm.basedata.entity.DictType;
import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.Conditions;
import com.kehu.crm.common.control.PagedList;
import com.kehu.crm.common.control.Versions;
import com.kehu.crm.common.dto.SortOrder;
import com.kehu.crm.customer.control.CustomerNumbers;
import com.kehu.crm.customer.dto.CustomerCriteria;
import com.kehu.crm.customer.dto.CustomerDeleting;
import com.kehu.crm.customer.dto.CustomerRow;
import com.kehu.crm.customer.dto.EnvelopeAddress;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.security.boundary.CurrentUser;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Customers (客户信息): the paged, sorted and filtered list, the duplicate check, and the changes a manager may make
 * to their own customers (supervisors and administrators to all).
 */
@Stateless
@RolesAllowed(Rights.CUSTOMER_VIEW)
public class CustomerService {

    /** Sortable list columns → JPQL; each has an index. */
    private static final Map<String, String> SORTABLE = Map.of(
            "customerNo", "c.customerNo",
            "name", "c.name",
            "region", "c.region",
            "level", "c.level",
            "managerName", "m.displayName",
            "phone", "c.phone",
            "satisfaction", "c.satisfaction",
            "credit", "c.credit",
            "status", "c.status");
    /** Sorting by the manager's name joins the manager ({@code m}); no other order needs it. */
    private static final String BY_MANAGER = "m.displayName";
    /** The customer number is unique: its own index orders the list, no tie-breaker needed. */
    private static final PagedList LIST = PagedList.of(SORTABLE, "c.id")
            .unsortedAscending("c.customerNo").unique("c.customerNo");
    private static final int MAX_DUPLICATES = 10;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private CustomerOwnership ownership;

    @EJB
    private DictionaryService dictionaries;

    @Inject
    private Event<CustomerDeleting> deleting;

    @Inject
    private Clock clock;

    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public long count(CustomerCriteria criteria) {
        return LIST.count(em, "SELECT COUNT(c) FROM Customer c", where(criteria));
    }

    /**
     * One page of the list, in two queries: first the ids of the page, then their rows. The first query reads only
     * an index on (sort column, id), so a page deep in a million customers costs a walk along that index rather than
     * a join of every skipped customer to its manager; the second joins just the page's rows.
     */
    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public List<CustomerRow> search(CustomerCriteria criteria, int offset, int limit, SortOrder sort) {
        boolean byManager = BY_MANAGER.equals(LIST.column(sort));
        List<Long> ids = LIST.page(em, "SELECT c.id FROM Customer c" + (byManager ? " LEFT JOIN c.manager m" : ""),
                where(criteria), sort, offset, limit, Long.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CustomerRow> rows = new HashMap<>();
        em.createQuery("SELECT NEW com.kehu.crm.customer.dto.CustomerRow(c.id, c.customerNo, c.name, c.region, "
                        + "c.level, m.displayName, c.phone, c.satisfaction, c.credit, c.status) "
                        + "FROM Customer c LEFT JOIN c.manager m WHERE c.id IN :ids", CustomerRow.class)
                .setParameter("ids", ids).getResultList().forEach(r -> rows.put(r.id(), r));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    private static Conditions where(CustomerCriteria c) {
        Conditions where = new Conditions();
        if (c != null) {
            where.startsWith("c.customerNo", "customerNo", c.getCustomerNo())
                    .startsWith("c.name", "name", c.getName())
                    .equal("c.region", "region", c.getRegion())
                    .equal("c.level", "level", c.getLevel())
                    .equal("c.manager.id", "managerId", c.getManagerId())
                    .equal("c.status", "status", c.getStatus())
                    .equal("c.phone", "phone", c.getPhone())
                    .equal("c.satisfaction", "satisfaction", c.getSatisfaction())
                    .equal("c.credit", "credit", c.getCredit())
                    .add("(c.nationalTaxNo = :taxNo OR c.localTaxNo = :taxNo)", "taxNo", c.getTaxNo());
        }
        return where;
    }

    /** The customer with its manager, for the detail and edit pages. */
    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public Customer getById(long id) {
        List<Customer> found = em.createQuery("SELECT c FROM Customer c JOIN FETCH c.manager WHERE c.id = :id",
                Customer.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    /** The most envelopes printed at once. */
    public static final int MAX_ENVELOPES = 1000;

    /** The postal addresses of the given customers, in the given order (unknown ids are left out), for envelopes. */
    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public List<EnvelopeAddress> envelopeAddresses(@NotNull List<Long> ids) {
        if (ids.size() > MAX_ENVELOPES) {
            throw new BusinessException("envelope.error.tooMany", MAX_ENVELOPES);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EnvelopeAddress> found = new HashMap<>();
        em.createQuery("SELECT c.id, c.name, c.address, c.postcode FROM Customer c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .forEach(r -> found.put((Long) r[0], new EnvelopeAddress((Long) r[0], (String) r[1], (String) r[2],
                        (String) r[3])));
        return ids.stream().distinct().map(found::get).filter(a -> a != null).toList();
    }

    /** Whether the caller may change this customer (pages show or hide their buttons by it). */
    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public boolean mayChange(long customerId) {
        return currentUser.has(Rights.CUSTOMER_EDIT) && ownership.mayChange(getById(customerId));
    }

    /** The active customer managers, to choose a customer's manager from. */
    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public List<ManagerOption> managers() {
        return em.createNamedQuery(User.WITH_ROLE, User.class).setParameter("role", Role.MANAGER).getResultStream()
                .map(u -> new ManagerOption(u.getId(), u.getUsername(), u.getDisplayName())).toList();
    }

    /**
     * Existing customers that are probably the same company as {@code form}: the same name, tax number or phone.
     * Shown before a new customer is saved (and on edit), so that nobody enters a customer twice.
     */
    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public List<CustomerRow> findDuplicates(@NotNull Customer form) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (form.getName() != null) {
            conditions.add("c.name = :name");
            params.put("name", form.getName());
        }
        if (form.getPhone() != null) {
            conditions.add("c.phone = :phone");
            params.put("phone", form.getPhone());
        }
        for (String taxNo : new String[] {form.getNationalTaxNo(), form.getLocalTaxNo()}) {
            if (taxNo != null && !params.containsValue(taxNo)) {
                String p = "tax" + params.size();
                conditions.add("c.nationalTaxNo = :" + p + " OR c.localTaxNo = :" + p);
                params.put(p, taxNo);
            }
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        TypedQuery<CustomerRow> query = em.createQuery("SELECT NEW com.kehu.crm.customer.dto.CustomerRow(c.id, "
                        + "c.customerNo, c.name, c.region, c.level, m.displayName, c.phone, c.satisfaction, c.credit, "
                        + "c.status) FROM Customer c JOIN c.manager m WHERE (" + String.join(" OR ", conditions)
                        + ") AND c.id <> :self ORDER BY c.id", CustomerRow.class)
                .setParameter("self", form.getId() == null ? -1L : form.getId())
                .setMaxResults(MAX_DUPLICATES);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Creates a customer with a new number (KH + date + sequence). A manager's new customer is their own;
     * a supervisor or administrator chooses the manager.
     */
    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public Customer create(@NotNull @Valid Customer form, Long managerId) {
        checkDictionaryValues(form);
        Customer customer = new Customer();
        customer.copyEditableFieldsFrom(form);
        customer.setManager(currentUser.actsOnAll() ? manager(managerId) : me());
        em.persist(customer);
        CustomerNumbers.assign(customer, clock);
        return customer;
    }

    /** Saves the form, unless the caller may not change this customer or someone else changed it meanwhile. */
    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public Customer update(@NotNull @Valid Customer form) {
        Customer customer = getById(form.getId());
        Versions.check(customer, form.getVersion());
        ownership.checkMayChange(customer);
        checkDictionaryValues(form);
        customer.copyEditableFieldsFrom(form);
        return customer;
    }

    /** Gives the customer another manager (a supervisor's action). */
    @RolesAllowed(Rights.CUSTOMER_REASSIGN)
    public Customer reassign(long id, long version, long managerId) {
        Customer customer = getById(id);
        Versions.check(customer, version);
        customer.setManager(manager(managerId));
        return customer;
    }

    /**
     * Deletes a customer with what belongs only to it (contacts, interactions, documents, and whatever other
     * components delete when told, such as churn warnings); refused while the sales system's orders refer to it, or
     * another component refuses (service requests, kept for the service archive and its analysis; the opportunity
     * it was developed from). The other components answer {@link CustomerDeleting} in this transaction, before the
     * customer's row goes.
     */
    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public void delete(long id, long version) {
        Customer customer = getById(id);
        Versions.check(customer, version);
        ownership.checkMayChange(customer);
        // Each component answers for its own rows: the sales orders refuse first, then service requests and
        // opportunities; churn deletes its warnings.
        deleting.fire(new CustomerDeleting(customer.getId(), customer.getName()));
        em.createQuery("DELETE FROM DocumentContent dc WHERE dc.documentId IN "
                + "(SELECT d.id FROM Document d WHERE d.customer = :customer)").setParameter("customer", customer)
                .executeUpdate();
        for (String owned : new String[] {"Document", "Contact", "Interaction"}) {
            em.createQuery("DELETE FROM " + owned + " x WHERE x.customer = :customer")
                    .setParameter("customer", customer).executeUpdate();
        }
        em.remove(customer);
    }

    private void checkDictionaryValues(Customer form) {
        dictionaries.checkValue(DictType.REGION, form.getRegion(), "region");
        dictionaries.checkValue(DictType.CUSTOMER_LEVEL, form.getLevel(), "level");
        dictionaries.checkValue(DictType.BANK, form.getBank(), "bank");
        dictionaries.checkValue(DictType.ENTERPRISE_TYPE, form.getEnterpriseType(), "enterpriseType");
        dictionaries.checkValue(DictType.ENTERPRISE_NATURE, form.getEnterpriseNature(), "enterpriseNature");
    }

    private User manager(Long managerId) {
        if (managerId == null) {
            throw BusinessException.onField("manager", "customer.error.managerRequired");
        }
        User manager = em.find(User.class, managerId);
        if (manager == null || !manager.isActive() || !manager.hasRole(Role.MANAGER)) {
            throw BusinessException.onField("manager", "customer.error.notAManager");
        }
        return manager;
    }

    private User me() {
        return currentUser.user().orElseThrow();
    }
}
