package com.kehu.crm.security.boundary;

import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Who is calling and what they may do, decided here and nowhere else. Components and pages ask this bean instead of
 * reading the container's caller themselves, so that "counts as a supervisor" or "sees every customer" means the same
 * in every list, rule and button. The roles it names are the four built-in ones that the business rules depend on
 * ({@link Role}); everything else is a right ({@link Rights}).
 * <p>
 * It answers for the caller of the current call (the logged-in user of a page, or whoever called the service that
 * asks) and keeps nothing between calls. It joins the caller's transaction without starting one: inside a service's
 * transaction the user record it returns belongs to that transaction, and the menu of every page can ask it cheaply.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@DeclareRoles({Role.ADMIN, Role.EXECUTIVE, Role.SUPERVISOR, Role.MANAGER, Role.INTEGRATION,
        Rights.ADMIN_USER, Rights.ADMIN_ROLE, Rights.ADMIN_AUDIT, Rights.BASEDATA_DICT,
        Rights.CUSTOMER_VIEW, Rights.CUSTOMER_EDIT, Rights.CUSTOMER_REASSIGN, Rights.SALES_VIEW, Rights.SALES_IMPORT,
        Rights.OPPORTUNITY_VIEW, Rights.OPPORTUNITY_CREATE, Rights.OPPORTUNITY_ASSIGN, Rights.OPPORTUNITY_DEVELOP,
        Rights.CHURN_VIEW, Rights.CHURN_ACT, Rights.CHURN_RUN, Rights.SUPPORT_VIEW, Rights.SUPPORT_CREATE,
        Rights.SUPPORT_ASSIGN, Rights.SUPPORT_HANDLE, Rights.SUPPORT_FEEDBACK, Rights.SUPPORT_ANALYSIS,
        Rights.REPORT_VIEW, Rights.REPORT_CONTRIBUTION, Rights.REPORT_COMPOSITION, Rights.REPORT_SERVICE,
        Rights.REPORT_CHURN})
public class CurrentUser {

    @Resource
    private SessionContext caller;

    @PersistenceContext
    private EntityManager em;

    /** The caller's user name. */
    @PermitAll
    public String login() {
        return caller.getCallerPrincipal().getName();
    }

    /** Whether the caller holds {@code right}, one of {@link Rights} (a user has the rights of all their roles). */
    @PermitAll
    public boolean has(String right) {
        return caller.isCallerInRole(right);
    }

    /**
     * Supervisors and administrators act on everything a manager may only act on for themselves: they change every
     * customer (and choose a new customer's manager), act on every opportunity, and see every request in the service
     * work lists.
     */
    @PermitAll
    public boolean actsOnAll() {
        return caller.isCallerInRole(Role.SUPERVISOR) || caller.isCallerInRole(Role.ADMIN);
    }

    /**
     * The supervisor role itself. Service requests use it: a supervisor handles any request and records feedback on
     * any, while an administrator (who administers rather than serves customers) is held to their own.
     */
    @PermitAll
    public boolean isSupervisor() {
        return caller.isCallerInRole(Role.SUPERVISOR);
    }

    /** A customer manager: the home page's key figures cover the customers they manage. */
    @PermitAll
    public boolean isManager() {
        return caller.isCallerInRole(Role.MANAGER);
    }

    /**
     * Executives, supervisors and administrators see every customer in reports, churn warnings and key figures;
     * anyone else only the customers they manage.
     */
    @PermitAll
    public boolean seesAllCustomers() {
        return caller.isCallerInRole(Role.EXECUTIVE) || caller.isCallerInRole(Role.SUPERVISOR)
                || caller.isCallerInRole(Role.ADMIN);
    }

    /** The user name whose customers the caller sees ({@link #seesAllCustomers()}), or null for all customers. */
    @PermitAll
    public String ownerOrAll() {
        return seesAllCustomers() ? null : login();
    }

    /** The id of the caller's user record, or null when the login has none (e.g. a directory login). */
    @PermitAll
    public Long userId() {
        return em.createQuery("SELECT u.id FROM User u WHERE u.username = :me", Long.class)
                .setParameter("me", login()).getResultStream().findFirst().orElse(null);
    }

    /** The caller's user record, when the login has one; inside a transaction, it is that transaction's entity. */
    @PermitAll
    public Optional<User> user() {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", login())
                .getResultStream().findFirst();
    }
}
