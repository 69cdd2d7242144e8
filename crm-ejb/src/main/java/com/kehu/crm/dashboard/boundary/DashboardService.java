package com.kehu.crm.dashboard.boundary;

import com.kehu.crm.churn.boundary.ChurnService;
import com.kehu.crm.dashboard.control.KeyFigureQueries;
import com.kehu.crm.dashboard.control.RevenueSummary;
import com.kehu.crm.dashboard.dto.KeyFigures;
import com.kehu.crm.dashboard.dto.MonthAmount;
import com.kehu.crm.dashboard.dto.Waiting;
import com.kehu.crm.opportunity.boundary.OpportunityService;
import com.kehu.crm.opportunity.dto.OpportunityCriteria;
import com.kehu.crm.opportunity.dto.PlanDue;
import com.kehu.crm.opportunity.entity.OpportunityStatus;
import com.kehu.crm.security.boundary.CurrentUser;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.support.boundary.SupportService;
import com.kehu.crm.support.dto.RequestCriteria;
import com.kehu.crm.support.dto.WorkList;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The home page's dashboards, for the caller. "What waits for me" asks each component's boundary for the row count of
 * the very list the home page links to, so that the same rules apply (a manager: their own requests, customers and
 * opportunities; a supervisor: all); a count the caller has no right to is left out. The key figures are for
 * supervisors, executives and administrators over all customers and for managers over their own, each section only
 * with the right to the list it stands for. Every method takes the day to count from, so that a test or a benchmark
 * can pin it; the page passes today.
 */
@Stateless
@PermitAll
public class DashboardService {

    @PersistenceContext
    private EntityManager em;
    @EJB
    private CurrentUser currentUser;
    @Inject
    private Clock clock;
    @EJB
    private SupportService supportService;
    @EJB
    private OpportunityService opportunityService;
    @EJB
    private ChurnService churnService;
    @EJB
    private RevenueSummary revenueSummary;

    /** Today's day, as the business rules see it. */
    @PermitAll
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What waits for the caller as of {@code today}: open to every logged-in user, each count only with its right. */
    @PermitAll
    public Waiting waiting(@NotNull LocalDate today) {
        return new Waiting(
                has(Rights.SUPPORT_ASSIGN) ? supportService.count(new RequestCriteria(WorkList.TO_ASSIGN)) : null,
                has(Rights.SUPPORT_HANDLE) ? supportService.count(new RequestCriteria(WorkList.TO_HANDLE)) : null,
                has(Rights.SUPPORT_FEEDBACK) ? supportService.count(new RequestCriteria(WorkList.TO_FEEDBACK)) : null,
                has(Rights.OPPORTUNITY_DEVELOP) ? opportunityService.count(toDevelop(PlanDue.OVERDUE, today)) : null,
                has(Rights.OPPORTUNITY_DEVELOP) ? opportunityService.count(toDevelop(PlanDue.THIS_WEEK, today)) : null,
                has(Rights.CHURN_VIEW) ? churnService.openCount() : null,
                has(Rights.OPPORTUNITY_ASSIGN) ? opportunityService.count(toAssign()) : null);
    }

    /** The same criteria as the list "my opportunities to develop", narrowed to due plan steps. */
    private static OpportunityCriteria toDevelop(PlanDue due, LocalDate today) {
        OpportunityCriteria c = new OpportunityCriteria();
        c.setStatus(OpportunityStatus.ASSIGNED);
        c.setAssignedToMe(true);
        c.setPlanDue(due);
        c.setPlanAsOf(today);
        return c;
    }

    private static OpportunityCriteria toAssign() {
        OpportunityCriteria c = new OpportunityCriteria();
        c.setStatus(OpportunityStatus.UNASSIGNED);
        return c;
    }

    /**
     * The key figures as of {@code today}: over all customers for supervisors, executives and administrators, over
     * their own for managers; empty for anyone else.
     */
    @PermitAll
    public Optional<KeyFigures> keyFigures(@NotNull LocalDate today) {
        boolean all = currentUser.seesAllCustomers();
        if (!all && !currentUser.isManager()) {
            return Optional.empty();
        }
        Long managerId = all ? null : currentUser.userId();
        if (!all && managerId == null) {
            return Optional.empty();
        }
        KeyFigureQueries q = new KeyFigureQueries(em, managerId);
        KeyFigures.Revenue revenue = null;
        if (has(Rights.SALES_VIEW)) {
            List<MonthAmount> months = q.revenueByMonth(today);
            Optional<RevenueSummary.State> state = revenueSummary.state();
            revenue = new KeyFigures.Revenue(months,
                    months.stream().map(MonthAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                    q.topCustomers(), state.map(RevenueSummary.State::refreshedAt).orElse(null),
                    state.map(RevenueSummary.State::asOf).orElse(null));
        }
        return Optional.of(new KeyFigures(all, today,
                has(Rights.CUSTOMER_VIEW) ? q.newCustomers(today) : null,
                has(Rights.OPPORTUNITY_VIEW) ? q.openOpportunities() : null,
                has(Rights.SUPPORT_VIEW) ? q.requests(today) : null,
                has(Rights.CHURN_VIEW) ? q.churnThisQuarter(today) : null,
                revenue));
    }

    /**
     * Computes the revenue summary again now (it is also refreshed every hour), for the twelve months up to
     * {@code asOf}: for those who see the revenue of all customers.
     */
    @RolesAllowed({Role.ADMIN, Role.EXECUTIVE, Role.SUPERVISOR})
    public void refreshSummary(@NotNull LocalDate asOf) {
        revenueSummary.refresh(asOf);
    }

    private boolean has(String right) {
        return currentUser.has(right);
    }
}
