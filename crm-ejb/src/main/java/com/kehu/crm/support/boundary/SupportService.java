package com.kehu.crm.support.boundary;

import com.kehu.crm.basedata.boundary.DictionaryService;
import com.kehu.crm.basedata.entity.DictType;
import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.Conditions;
import com.kehu.crm.common.control.PagedList;
import com.kehu.crm.common.control.PagedList.Direction;
import com.kehu.crm.common.control.Versions;
import com.kehu.crm.common.dto.SortOrder;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.security.boundary.CurrentUser;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import com.kehu.crm.support.control.ServiceWorkflow;
import com.kehu.crm.support.dto.CustomerOption;
import com.kehu.crm.support.dto.FeedbackForm;
import com.kehu.crm.support.dto.HandlingForm;
import com.kehu.crm.support.dto.RequestCriteria;
import com.kehu.crm.support.dto.RequestDetail;
import com.kehu.crm.support.dto.RequestForm;
import com.kehu.crm.support.dto.RequestRef;
import com.kehu.crm.support.dto.RequestRow;
import com.kehu.crm.support.dto.StepRow;
import com.kehu.crm.support.dto.WorkList;
import com.kehu.crm.support.entity.ServiceRequest;
import com.kehu.crm.support.entity.ServiceStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Service requests (服务管理) through their workflow: create, assign (one or several at once), handle, feedback;
 * the lists of each step, the archive's search and a request's timeline. Each action loads the request, checks the
 * caller's right, the version the user saw and who the caller is, and lets {@link ServiceWorkflow} decide.
 */
@Stateless
@RolesAllowed(Rights.SUPPORT_VIEW)
public class SupportService {

    /** The most requests assigned in one action. */
    public static final int MAX_BATCH = 200;
    private static final int MAX_CUSTOMER_OPTIONS = 15;
    private static final String FROM = " FROM ServiceRequest r JOIN r.customer c JOIN r.creator cr LEFT JOIN r.assignee a";
    /** Sortable list columns → JPQL; each is backed by an index or a small result. */
    private static final Map<String, String> SORTABLE = Map.of(
            "summary", "r.summary",
            "type", "r.type",
            "status", "r.status",
            "customerName", "c.name",
            "requestedAt", "r.requestedAt",
            "assigneeName", "a.displayName",
            "handledAt", "r.handledAt",
            "satisfaction", "r.satisfaction");
    /** Unsorted: the newest requests first. */
    private static final PagedList LIST = PagedList.of(SORTABLE, "r.id").unsorted("r.requestedAt", Direction.DESC);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentUser currentUser;

    @EJB
    private DictionaryService dictionaries;

    @Inject
    private Clock clock;

    @RolesAllowed(Rights.SUPPORT_VIEW)
    public long count(@NotNull RequestCriteria criteria) {
        return LIST.count(em, "SELECT COUNT(r)" + FROM, where(criteria));
    }

    @RolesAllowed(Rights.SUPPORT_VIEW)
    public List<RequestRow> search(@NotNull RequestCriteria criteria, int offset, int limit, SortOrder sort) {
        return LIST.page(em, "SELECT NEW com.kehu.crm.support.dto.RequestRow(r.id, r.version, r.summary, r.type, "
                        + "r.status, c.id, c.name, cr.displayName, r.requestedAt, a.displayName, r.handledAt, "
                        + "r.satisfaction, r.round)" + FROM, where(criteria), sort, offset, limit, RequestRow.class);
    }

    private Conditions where(RequestCriteria c) {
        Conditions where = new Conditions();
        // A manager's work lists hold their own requests; supervisors and administrators see everyone's.
        String me = currentUser.actsOnAll() ? null : currentUser.login();
        switch (c.getWorkList()) {
            case TO_ASSIGN -> where.add("r.status = com.kehu.crm.support.entity.ServiceStatus.CREATED");
            case TO_HANDLE -> where.add("r.status = com.kehu.crm.support.entity.ServiceStatus.ASSIGNED")
                    .add("a.username = :me", "me", me);
            case TO_FEEDBACK -> where.add("r.status = com.kehu.crm.support.entity.ServiceStatus.HANDLED")
                    .add("cr.username = :me", "me", me);
            case ALL -> where.equal("r.status", "status", c.getStatus());
            default -> throw new IllegalArgumentException(c.getWorkList().name());
        }
        return where.equal("c.id", "customerId", c.getCustomerId())
                .startsWith("c.name", "customerName", c.getCustomerName())
                .equal("r.type", "type", c.getType())
                .equal("a.id", "assigneeId", c.getAssigneeId())
                .add("r.requestedAt >= :from", "from", c.getFrom() == null ? null : c.getFrom().atStartOfDay())
                .add("r.requestedAt < :to", "to", c.getTo() == null ? null : c.getTo().plusDays(1).atStartOfDay());
    }

    /** A request's page: its fields, its timeline, and which action the caller may take now. */
    @RolesAllowed(Rights.SUPPORT_VIEW)
    public RequestDetail detail(long id) {
        ServiceRequest r = fetch(id);
        List<StepRow> steps = em.createQuery("SELECT NEW com.kehu.crm.support.dto.StepRow(s.id, s.actedAt, s.round, "
                        + "s.action, ac.displayName, asg.displayName, s.details, s.satisfaction) FROM ServiceStep s "
                        + "JOIN s.actor ac LEFT JOIN s.assignee asg WHERE s.request.id = :id ORDER BY s.actedAt, s.id",
                StepRow.class).setParameter("id", id).getResultList();
        User me = me();
        boolean supervisor = currentUser.isSupervisor();
        return new RequestDetail(r.getId(), r.getVersion(), r.getSummary(), r.getType(), r.getRequestText(),
                r.getStatus(), r.getCustomer().getId(), r.getCustomer().getName(), r.getCreator().getDisplayName(),
                r.getRequestedAt(), r.getAssignee() == null ? null : r.getAssignee().getDisplayName(), r.getHandling(),
                r.getResult(), r.getSatisfaction(), r.getRound(), steps,
                r.getStatus() == ServiceStatus.CREATED && currentUser.has(Rights.SUPPORT_ASSIGN),
                r.getStatus() == ServiceStatus.ASSIGNED && currentUser.has(Rights.SUPPORT_HANDLE)
                        && me != null && ServiceWorkflow.mayHandle(r, me, supervisor),
                r.getStatus() == ServiceStatus.HANDLED && currentUser.has(Rights.SUPPORT_FEEDBACK)
                        && me != null && ServiceWorkflow.mayGiveFeedback(r, me, supervisor));
    }

    /** Customers whose name or number begins with {@code text}, to record a request for. */
    @RolesAllowed(Rights.SUPPORT_CREATE)
    public List<CustomerOption> customers(String text) {
        String t = Conditions.blankToNull(text);
        if (t == null) {
            return List.of();
        }
        String prefix = Conditions.prefixPattern(t);
        return em.createQuery("SELECT NEW com.kehu.crm.support.dto.CustomerOption(c.id, c.customerNo, c.name) "
                        + "FROM Customer c WHERE c.name LIKE :p ESCAPE '\\' OR c.customerNo LIKE :p ESCAPE '\\' "
                        + "ORDER BY c.name, c.id", CustomerOption.class)
                .setParameter("p", prefix).setMaxResults(MAX_CUSTOMER_OPTIONS).getResultList();
    }

    @RolesAllowed(Rights.SUPPORT_CREATE)
    public CustomerOption customer(long id) {
        Customer c = em.find(Customer.class, id);
        if (c == null) {
            throw new NotFoundException();
        }
        return new CustomerOption(c.getId(), c.getCustomerNo(), c.getName());
    }

    /** The active customer managers, to assign requests to. */
    @RolesAllowed(Rights.SUPPORT_VIEW)
    public List<ManagerOption> managers() {
        return em.createNamedQuery(User.WITH_ROLE, User.class).setParameter("role", Role.MANAGER).getResultStream()
                .map(u -> new ManagerOption(u.getId(), u.getUsername(), u.getDisplayName())).toList();
    }

    /** Records a new request (status created) for a customer; the caller is its creator, now its time. */
    @RolesAllowed(Rights.SUPPORT_CREATE)
    public long create(@NotNull @Valid RequestForm form) {
        Customer customer = em.find(Customer.class, form.getCustomerId());
        if (customer == null) {
            throw BusinessException.onField("customer", "support.customer.required");
        }
        dictionaries.checkValue(DictType.SERVICE_TYPE, form.getType(), "type");
        ServiceRequest request = new ServiceRequest(customer, form.getType().trim(), form.getSummary(),
                form.getRequestText(), me(), LocalDateTime.now(clock));
        em.persist(request);
        return request.getId();
    }

    /**
     * Assigns created requests to a customer manager, all or none: each must still be created and unchanged since
     * the user saw it.
     *
     * @return how many were assigned
     */
    @RolesAllowed(Rights.SUPPORT_ASSIGN)
    public int assign(@NotNull @NotEmpty List<@NotNull RequestRef> requests, long managerId) {
        if (requests.size() > MAX_BATCH) {
            throw new BusinessException("support.error.tooMany", MAX_BATCH);
        }
        User manager = em.find(User.class, managerId);
        if (manager == null || !manager.isActive() || !manager.hasRole(Role.MANAGER)) {
            throw BusinessException.onField("assignee", "customer.error.notAManager");
        }
        User me = me();
        LocalDateTime now = LocalDateTime.now(clock);
        HashSet<Long> seen = new HashSet<>();
        for (RequestRef ref : requests) {
            if (seen.add(ref.id())) {
                ServiceRequest request = get(ref.id());
                Versions.check(request, ref.version());
                ServiceWorkflow.assign(request, manager, me, now);
            }
        }
        return seen.size();
    }

    /** Records how an assigned request was handled: by its assignee, or a supervisor. */
    @RolesAllowed(Rights.SUPPORT_HANDLE)
    public void handle(long id, long version, @NotNull @Valid HandlingForm form) {
        ServiceRequest request = get(id);
        Versions.check(request, version);
        ServiceWorkflow.handle(request, me(), currentUser.isSupervisor(), form.getHandling(),
                LocalDateTime.now(clock));
    }

    /**
     * Records the customer's feedback on a handled request (by who recorded it, or a supervisor).
     *
     * @return whether it was archived (otherwise it went back to its assignee)
     */
    @RolesAllowed(Rights.SUPPORT_FEEDBACK)
    public boolean feedback(long id, long version, @NotNull @Valid FeedbackForm form) {
        ServiceRequest request = get(id);
        Versions.check(request, version);
        return ServiceWorkflow.feedback(request, me(), currentUser.isSupervisor(), form.getResult(),
                form.getSatisfaction(), LocalDateTime.now(clock));
    }

    private ServiceRequest get(long id) {
        ServiceRequest request = em.find(ServiceRequest.class, id);
        if (request == null) {
            throw new NotFoundException();
        }
        return request;
    }

    private ServiceRequest fetch(long id) {
        List<ServiceRequest> found = em.createQuery("SELECT r FROM ServiceRequest r JOIN FETCH r.customer "
                + "JOIN FETCH r.creator LEFT JOIN FETCH r.assignee WHERE r.id = :id", ServiceRequest.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    private User me() {
        return currentUser.user().orElse(null);
    }

}
