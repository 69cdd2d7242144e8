package com.kehu.crm.opportunity.boundary;

import static com.kehu.crm.opportunity.control.OpportunityWorkflow.check;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.AuditHistory;
import com.kehu.crm.common.control.Conditions;
import com.kehu.crm.common.control.PagedList;
import com.kehu.crm.common.control.Versions;
import com.kehu.crm.common.dto.HistoryRow;
import com.kehu.crm.common.dto.SortOrder;
import com.kehu.crm.customer.boundary.ContactService;
import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.customer.entity.Contact;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.opportunity.control.OpportunityWorkflow;
import com.kehu.crm.opportunity.control.OpportunityWorkflow.Actor;
import com.kehu.crm.opportunity.dto.OpportunityActions;
import com.kehu.crm.opportunity.dto.OpportunityCriteria;
import com.kehu.crm.opportunity.dto.OpportunityRow;
import com.kehu.crm.opportunity.entity.Opportunity;
import com.kehu.crm.opportunity.entity.PlanItem;
import com.kehu.crm.security.boundary.CurrentUser;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sales opportunities (销售机会) and their development plans (客户开发计划): the lists, and every step from lead to
 * customer. Each step loads the opportunity, checks the version the user saw, asks {@link OpportunityWorkflow} whether
 * the caller may take it in this state, and only then changes anything; closing as succeeded creates the customer
 * (through the customer component's own service) in the same transaction, so that a refusal there leaves nothing.
 * Every change to the plan also raises the opportunity's version, so that two users acting on one opportunity at the
 * same moment cannot both succeed.
 */
@Stateless
@RolesAllowed(Rights.OPPORTUNITY_VIEW)
public class OpportunityService {

    /** Sortable list columns → JPQL; each has an index. */
    private static final Map<String, String> SORTABLE = Map.of(
            "opportunityNo", "o.id",
            "customerName", "o.customerName",
            "createdAt", "o.createdAt",
            "status", "o.status",
            "probability", "o.probability");
    /** Unsorted: the newest opportunities first (by the id, which also orders by number). */
    private static final PagedList LIST = PagedList.of(SORTABLE, "o.id");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private CustomerService customerService;

    @EJB
    private ContactService contactService;

    // ---- lists

    @RolesAllowed(Rights.OPPORTUNITY_VIEW)
    public long count(OpportunityCriteria criteria) {
        return LIST.count(em, "SELECT COUNT(o) FROM Opportunity o", where(criteria));
    }

    @RolesAllowed(Rights.OPPORTUNITY_VIEW)
    public List<OpportunityRow> search(OpportunityCriteria criteria, int offset, int limit, SortOrder sort) {
        return LIST.page(em, "SELECT NEW com.kehu.crm.opportunity.dto.OpportunityRow(o.id, o.opportunityNo, "
                        + "o.customerName, o.summary, o.probability, o.contactName, c.displayName, o.createdAt, "
                        + "a.displayName, o.assignedAt, o.status) FROM Opportunity o LEFT JOIN o.creator c "
                        + "LEFT JOIN o.assignee a", where(criteria), sort, offset, limit, OpportunityRow.class);
    }

    private Conditions where(OpportunityCriteria c) {
        Conditions where = new Conditions();
        if (c != null) {
            where.equal("o.status", "status", c.getStatus())
                    .equal("o.creator.id", "creatorId", c.getCreatorId())
                    .equal("o.assignee.id", "assigneeId", c.getAssigneeId())
                    .add("o.assignee.username = :me", "me", c.isAssignedToMe() ? currentUser.login() : null)
                    .startsWith("o.customerName", "name", c.getCustomerName())
                    .add("o.createdAt >= :from", "from", c.getCreatedFrom() == null ? null : c.getCreatedFrom().atStartOfDay())
                    .add("o.createdAt < :to", "to", c.getCreatedTo() == null ? null
                            : c.getCreatedTo().plusDays(1).atStartOfDay());
            if (c.getPlanDue() != null) {
                LocalDate today = c.getPlanAsOf() == null ? LocalDate.now(clock) : c.getPlanAsOf();
                LocalDate from = c.getPlanDue().from(today);
                Map<String, Object> plan = new HashMap<>();
                plan.put("planUntil", c.getPlanDue().until(today));
                if (from != null) {
                    plan.put("planFrom", from);
                }
                where.add("EXISTS (SELECT p.id FROM PlanItem p WHERE p.opportunity = o AND p.executedAt IS NULL"
                        + (from == null ? "" : " AND p.date >= :planFrom") + " AND p.date < :planUntil)", plan);
            }
        }
        return where;
    }

    /** The customer managers, to assign an opportunity to (and to filter the list by). */
    @RolesAllowed(Rights.OPPORTUNITY_VIEW)
    public List<ManagerOption> managers() {
        return users(Role.MANAGER);
    }

    /** Those who record opportunities (managers and supervisors), to filter the list by creator. */
    @RolesAllowed(Rights.OPPORTUNITY_VIEW)
    public List<ManagerOption> creators() {
        Map<Long, ManagerOption> people = new LinkedHashMap<>();
        for (String role : new String[] {Role.MANAGER, Role.SUPERVISOR}) {
            users(role).forEach(u -> people.putIfAbsent(u.id(), u));
        }
        return List.copyOf(people.values());
    }

    private List<ManagerOption> users(String role) {
        return em.createNamedQuery(User.WITH_ROLE, User.class).setParameter("role", role).getResultStream()
                .map(u -> new ManagerOption(u.getId(), u.getUsername(), u.getDisplayName())).toList();
    }

    // ---- one opportunity

    /** The opportunity with its creator, assignee and customer, for its page. */
    @RolesAllowed(Rights.OPPORTUNITY_VIEW)
    public Opportunity getById(long id) {
        List<Opportunity> found = em.createQuery("SELECT o FROM Opportunity o JOIN FETCH o.creator "
                        + "LEFT JOIN FETCH o.assignee LEFT JOIN FETCH o.customer WHERE o.id = :id", Opportunity.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    /** The development plan, by date. */
    @RolesAllowed(Rights.OPPORTUNITY_VIEW)
    public List<PlanItem> planItems(long opportunityId) {
        return em.createQuery("SELECT p FROM PlanItem p WHERE p.opportunity.id = :id ORDER BY p.date, p.id",
                PlanItem.class).setParameter("id", opportunityId).getResultList();
    }

    /** What the caller may do with this opportunity now (pages show only these buttons; every method checks again). */
    @RolesAllowed(Rights.OPPORTUNITY_VIEW)
    public OpportunityActions actions(long id) {
        Opportunity o = getById(id);
        Actor actor = actor();
        return new OpportunityActions(
                currentUser.has(Rights.OPPORTUNITY_CREATE) && OpportunityWorkflow.whyNotEdit(o, actor) == null,
                currentUser.has(Rights.OPPORTUNITY_ASSIGN)
                        && OpportunityWorkflow.whyNotAssign(o, countPlanItems(o, false)) == null,
                currentUser.has(Rights.OPPORTUNITY_DEVELOP) && OpportunityWorkflow.whyNotDevelop(o, actor) == null,
                currentUser.has(Rights.OPPORTUNITY_DEVELOP)
                        && OpportunityWorkflow.whyNotClose(o, actor, countPlanItems(o, true)) == null);
    }

    @RolesAllowed(Rights.OPPORTUNITY_VIEW)
    public long historyCount(long opportunityId) {
        return AuditHistory.count(em, Opportunity.AUDIT_SUBJECT, opportunityId);
    }

    /** The opportunity's history (every step, who and when), newest first. */
    @RolesAllowed(Rights.OPPORTUNITY_VIEW)
    public List<HistoryRow> history(long opportunityId, int offset, int limit) {
        return AuditHistory.page(em, Opportunity.AUDIT_SUBJECT, opportunityId, offset, limit);
    }

    // ---- unassigned: create, edit, delete

    /** Records a new opportunity; its creator is the caller, its number SJ + date + id. */
    @RolesAllowed(Rights.OPPORTUNITY_CREATE)
    public Opportunity create(@NotNull @Valid Opportunity form) {
        // The creator first: a query after persist would flush the row before it has its number.
        User creator = me();
        Opportunity o = new Opportunity();
        o.copyEditableFieldsFrom(form);
        em.persist(o);
        o.created(creator, "SJ" + LocalDate.now(clock).format(DATE) + String.format("%08d", o.getId()));
        return o;
    }

    /** Saves the form while the opportunity is unassigned, by its creator or a supervisor. */
    @RolesAllowed(Rights.OPPORTUNITY_CREATE)
    public Opportunity update(@NotNull @Valid Opportunity form) {
        Opportunity o = getById(form.getId());
        Versions.check(o, form.getVersion());
        check(OpportunityWorkflow.whyNotEdit(o, actor()));
        o.copyEditableFieldsFrom(form);
        return o;
    }

    @RolesAllowed(Rights.OPPORTUNITY_CREATE)
    public void delete(long id, long version) {
        Opportunity o = getById(id);
        Versions.check(o, version);
        check(OpportunityWorkflow.whyNotEdit(o, actor()));
        em.remove(o);
    }

    // ---- assignment

    /** Assigns the opportunity to a customer manager (again, while no plan item exists); the time is recorded. */
    @RolesAllowed(Rights.OPPORTUNITY_ASSIGN)
    public Opportunity assign(long id, long version, Long managerId) {
        Opportunity o = getById(id);
        Versions.check(o, version);
        check(OpportunityWorkflow.whyNotAssign(o, countPlanItems(o, false)));
        o.assignTo(manager(managerId), LocalDateTime.now(clock));
        em.flush();
        return o;
    }

    // ---- development plan

    @RolesAllowed(Rights.OPPORTUNITY_DEVELOP)
    public PlanItem addPlanItem(long opportunityId, @NotNull @Valid PlanItem form) {
        Opportunity o = getById(opportunityId);
        check(OpportunityWorkflow.whyNotDevelop(o, actor()));
        PlanItem item = new PlanItem(o, form);
        em.persist(item);
        touch(o);
        return item;
    }

    /** Changes what an item says; its date stays as planned. */
    @RolesAllowed(Rights.OPPORTUNITY_DEVELOP)
    public PlanItem updatePlanItem(@NotNull @Valid PlanItem form) {
        PlanItem item = planItem(form.getId(), form.getVersion());
        item.setContent(form.getContent());
        touch(item.getOpportunity());
        return item;
    }

    @RolesAllowed(Rights.OPPORTUNITY_DEVELOP)
    public void deletePlanItem(long id, long version) {
        PlanItem item = planItem(id, version);
        em.remove(item);
        touch(item.getOpportunity());
    }

    /** Records what came of a plan item (执行效果). */
    @RolesAllowed(Rights.OPPORTUNITY_DEVELOP)
    public PlanItem recordResult(long itemId, long version, String result) {
        if (result == null || result.isBlank()) {
            throw BusinessException.onField("result", "planitem.error.resultRequired");
        }
        if (result.trim().length() > PlanItem.TEXT_LENGTH) {
            throw BusinessException.onField("result", "planitem.error.resultTooLong", PlanItem.TEXT_LENGTH);
        }
        PlanItem item = planItem(itemId, version);
        item.recordResult(result, LocalDateTime.now(clock));
        touch(item.getOpportunity());
        return item;
    }

    private PlanItem planItem(long id, long version) {
        PlanItem item = em.find(PlanItem.class, id);
        if (item == null) {
            throw new NotFoundException();
        }
        Versions.check(item, version);
        check(OpportunityWorkflow.whyNotDevelop(item.getOpportunity(), actor()));
        return item;
    }

    /** A change to the plan is a change to the opportunity: it raises its version (see the class comment). */
    private void touch(Opportunity o) {
        em.lock(o, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    // ---- closing

    /**
     * Closes the opportunity as succeeded and creates its customer: the name comes from the opportunity, the manager
     * is the assignee, the customer number and the checks are the customer component's; {@code customerForm} holds
     * what a customer needs beyond that (region, level, address, postcode, phone). When the opportunity names a
     * contact, {@code contactForm} completes it (sex, position) and it becomes the customer's first contact.
     */
    @RolesAllowed(Rights.OPPORTUNITY_DEVELOP)
    public Customer closeAsSucceeded(long id, long version, @NotNull Customer customerForm, Contact contactForm) {
        Opportunity o = getById(id);
        Versions.check(o, version);
        check(OpportunityWorkflow.whyNotClose(o, actor(), countPlanItems(o, true)));
        customerForm.setName(o.getCustomerName());
        Customer customer = customerService.create(customerForm, o.getAssignee().getId());
        if (o.getContactName() != null) {
            if (contactForm == null) {
                throw BusinessException.onField("position", "opportunity.error.contactRequired");
            }
            contactForm.setName(o.getContactName());
            contactService.create(customer.getId(), contactForm);
        }
        o.succeeded(customer, LocalDateTime.now(clock));
        em.flush();
        return customer;
    }

    /** Refuses, with the reason, when the caller may not close the opportunity now (before a closing form opens). */
    @RolesAllowed(Rights.OPPORTUNITY_DEVELOP)
    public void checkMayClose(long id) {
        Opportunity o = getById(id);
        check(OpportunityWorkflow.whyNotClose(o, actor(), countPlanItems(o, true)));
    }

    /** Closes the opportunity as failed (开发失败). */
    @RolesAllowed(Rights.OPPORTUNITY_DEVELOP)
    public Opportunity closeAsFailed(long id, long version) {
        Opportunity o = getById(id);
        Versions.check(o, version);
        check(OpportunityWorkflow.whyNotClose(o, actor(), countPlanItems(o, true)));
        o.failed(LocalDateTime.now(clock));
        em.flush();
        return o;
    }

    private long countPlanItems(Opportunity o, boolean executedOnly) {
        return em.createQuery("SELECT COUNT(p) FROM PlanItem p WHERE p.opportunity = :o"
                        + (executedOnly ? " AND p.result IS NOT NULL" : ""), Long.class)
                .setParameter("o", o).getSingleResult();
    }

    private User manager(Long managerId) {
        if (managerId == null) {
            throw BusinessException.onField("assignee", "opportunity.error.assigneeRequired");
        }
        User manager = em.find(User.class, managerId);
        if (manager == null || !manager.isActive() || !manager.hasRole(Role.MANAGER)) {
            throw BusinessException.onField("assignee", "opportunity.error.notAManager");
        }
        return manager;
    }

    private User me() {
        return currentUser.user().orElseThrow();
    }

    /** The caller as the workflow sees them: a supervisor (or administrator) acts on every opportunity. */
    private Actor actor() {
        return new Actor(currentUser.login(), currentUser.actsOnAll());
    }
}
