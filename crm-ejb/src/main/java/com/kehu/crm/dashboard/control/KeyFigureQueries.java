package com.kehu.crm.dashboard.control;

import com.kehu.crm.churn.entity.ChurnStatus;
import com.kehu.crm.dashboard.dto.KeyFigures;
import com.kehu.crm.dashboard.dto.MonthAmount;
import com.kehu.crm.dashboard.dto.StatusCount;
import com.kehu.crm.dashboard.dto.TopCustomer;
import com.kehu.crm.opportunity.entity.OpportunityStatus;
import com.kehu.crm.support.entity.ServiceStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The key figures' queries, read-only and each bounded: counts over a date range or a status that an index serves
 * (customers by creation date, churn by lost or closing date, open requests and opportunities by status), and the
 * revenue from the summary tables that {@link RevenueSummary} fills. {@code managerId} null: all customers; otherwise
 * that manager's own (their customers; for opportunities those assigned to them or recorded by them).
 */
public final class KeyFigureQueries {

    /** The open statuses of a service request; archived ones count only when requested in the last twelve months. */
    private static final List<ServiceStatus> OPEN_REQUESTS =
            List.of(ServiceStatus.CREATED, ServiceStatus.ASSIGNED, ServiceStatus.HANDLED);
    private static final List<OpportunityStatus> OPEN_OPPORTUNITIES =
            List.of(OpportunityStatus.UNASSIGNED, OpportunityStatus.ASSIGNED);
    public static final int TOP = 10;
    public static final int MONTHS = 12;

    private final EntityManager em;
    private final Long managerId;

    public KeyFigureQueries(EntityManager em, Long managerId) {
        this.em = em;
        this.managerId = managerId;
    }

    /** Customers created this month up to {@code today}, and in the whole of last month. */
    public KeyFigures.NewCustomers newCustomers(LocalDate today) {
        LocalDate thisMonth = today.withDayOfMonth(1);
        return new KeyFigures.NewCustomers(createdBetween(thisMonth, today.plusDays(1)),
                createdBetween(thisMonth.minusMonths(1), thisMonth));
    }

    private long createdBetween(LocalDate from, LocalDate until) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM Customer c WHERE c.createdAt >= :from "
                + "AND c.createdAt < :until" + (managerId == null ? "" : " AND c.manager.id = :m"), Long.class)
                .setParameter("from", from.atStartOfDay()).setParameter("until", until.atStartOfDay());
        return manager(q).getSingleResult();
    }

    /** Open opportunities by status (every open status, zero where none) with Σ probability / 100. */
    public List<StatusCount> openOpportunities() {
        TypedQuery<Object[]> q = em.createQuery("SELECT o.status, COUNT(o), SUM(o.probability) FROM Opportunity o "
                + "LEFT JOIN o.assignee a WHERE o.status IN :open"
                + (managerId == null ? "" : " AND (a.id = :m OR o.creator.id = :m)") + " GROUP BY o.status",
                Object[].class).setParameter("open", OPEN_OPPORTUNITIES);
        Map<Object, Object[]> rows = new HashMap<>();
        manager(q).getResultStream().forEach(r -> rows.put(r[0], r));
        List<StatusCount> out = new ArrayList<>();
        for (OpportunityStatus s : OPEN_OPPORTUNITIES) {
            Object[] r = rows.get(s);
            long count = r == null ? 0 : ((Number) r[1]).longValue();
            BigDecimal weight = r == null || r[2] == null ? BigDecimal.ZERO.setScale(2)
                    : new BigDecimal(r[2].toString()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            out.add(new StatusCount(s.name(), count, weight));
        }
        return out;
    }

    /** Service requests by status: every open one, and the archived ones requested in the last twelve months. */
    public List<StatusCount> requests(LocalDate today) {
        String join = managerId == null ? "" : " JOIN r.customer c";
        String mine = managerId == null ? "" : " AND c.manager.id = :m";
        TypedQuery<Object[]> open = em.createQuery("SELECT r.status, COUNT(r) FROM ServiceRequest r" + join
                + " WHERE r.status IN :open" + mine + " GROUP BY r.status", Object[].class)
                .setParameter("open", OPEN_REQUESTS);
        Map<Object, Long> counts = new HashMap<>();
        manager(open).getResultStream().forEach(r -> counts.put(r[0], ((Number) r[1]).longValue()));
        TypedQuery<Long> archived = em.createQuery("SELECT COUNT(r) FROM ServiceRequest r" + join
                + " WHERE r.status = :archived AND r.requestedAt >= :since" + mine, Long.class)
                .setParameter("archived", ServiceStatus.ARCHIVED)
                .setParameter("since", today.plusDays(1).minusMonths(MONTHS).atStartOfDay());
        counts.put(ServiceStatus.ARCHIVED, manager(archived).getSingleResult());
        List<StatusCount> out = new ArrayList<>();
        for (ServiceStatus s : ServiceStatus.values()) {
            out.add(new StatusCount(s.name(), counts.getOrDefault(s, 0L), null));
        }
        return out;
    }

    /** Churn in the quarter of {@code today}: confirmed lost by lost date, won back by the day the warning closed. */
    public KeyFigures.Churn churnThisQuarter(LocalDate today) {
        LocalDate start = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        LocalDate end = start.plusMonths(3);
        String join = managerId == null ? "" : " JOIN w.customer c";
        String mine = managerId == null ? "" : " AND c.manager.id = :m";
        TypedQuery<Long> lost = em.createQuery("SELECT COUNT(w) FROM ChurnWarning w" + join
                + " WHERE w.status = :lost AND w.lostDate >= :from AND w.lostDate < :until" + mine, Long.class)
                .setParameter("lost", ChurnStatus.LOST).setParameter("from", start).setParameter("until", end);
        TypedQuery<Long> won = em.createQuery("SELECT COUNT(w) FROM ChurnWarning w" + join
                + " WHERE w.status = :won AND w.closedAt >= :from AND w.closedAt < :until" + mine, Long.class)
                .setParameter("won", ChurnStatus.WON_BACK)
                .setParameter("from", start.atStartOfDay()).setParameter("until", end.atStartOfDay());
        return new KeyFigures.Churn(manager(lost).getSingleResult(), manager(won).getSingleResult());
    }

    /** The twelve months up to the month of {@code today}, oldest first, zero where nothing was sold. */
    public List<MonthAmount> revenueByMonth(LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(MONTHS - 1);
        Query q = em.createNativeQuery("SELECT REVENUE_MONTH, SUM(AMOUNT), SUM(ORDER_COUNT) FROM DSH_REVENUE_MONTH "
                + "WHERE REVENUE_MONTH >= ?1 AND REVENUE_MONTH <= ?2" + (managerId == null ? "" : " AND MANAGER_ID = ?3")
                + " GROUP BY REVENUE_MONTH")
                .setParameter(1, RevenueSummary.key(first)).setParameter(2, RevenueSummary.key(last));
        if (managerId != null) {
            q.setParameter(3, managerId);
        }
        Map<Integer, Object[]> rows = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            rows.put(((Number) r[0]).intValue(), r);
        }
        List<MonthAmount> out = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Object[] r = rows.get(RevenueSummary.key(m));
            out.add(new MonthAmount(m, r == null ? BigDecimal.ZERO : amount(r[1]), r == null ? 0 : ((Number) r[2]).longValue()));
        }
        return out;
    }

    /** The ten customers with the most revenue in the summary's twelve months, most first. */
    public List<TopCustomer> topCustomers() {
        Query q = em.createNativeQuery("SELECT r.CUSTOMER_ID, c.CUSTOMER_NO, c.NAME, r.AMOUNT FROM DSH_CUSTOMER_REVENUE r "
                + "JOIN CST_CUSTOMER c ON c.ID = r.CUSTOMER_ID" + (managerId == null ? "" : " WHERE r.MANAGER_ID = ?1")
                // The limit in the SQL itself (the same words on Oracle, PostgreSQL and H2): a JDBC row limit alone
                // does not reach the planner, which then sorts every customer's revenue instead of reading the ten
                // largest from the index on AMOUNT (seen: 3.5 s instead of milliseconds at 1,000,000 customers).
                + " ORDER BY r.AMOUNT DESC, r.CUSTOMER_ID DESC FETCH FIRST " + TOP + " ROWS ONLY");
        if (managerId != null) {
            q.setParameter(1, managerId);
        }
        List<TopCustomer> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new TopCustomer(((Number) r[0]).longValue(), (String) r[1], (String) r[2], amount(r[3])));
        }
        return out;
    }

    private <T> TypedQuery<T> manager(TypedQuery<T> query) {
        return managerId == null ? query : query.setParameter("m", managerId);
    }

    static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
