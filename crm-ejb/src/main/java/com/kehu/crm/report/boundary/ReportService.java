package com.kehu.crm.report.boundary;

import com.kehu.crm.churn.entity.ChurnStatus;
import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.control.Conditions;
import com.kehu.crm.customer.entity.CustomerStatus;
import com.kehu.crm.report.control.NativeWhere;
import com.kehu.crm.report.control.Ranking;
import com.kehu.crm.report.dto.ChurnMonth;
import com.kehu.crm.report.dto.CompositionCount;
import com.kehu.crm.report.dto.CompositionDimension;
import com.kehu.crm.report.dto.ContributionCriteria;
import com.kehu.crm.report.dto.ContributionReport;
import com.kehu.crm.report.dto.ContributionRow;
import com.kehu.crm.report.dto.LossCriteria;
import com.kehu.crm.report.dto.LossRow;
import com.kehu.crm.sales.entity.OrderStatus;
import com.kehu.crm.security.boundary.CurrentUser;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reports over customers (统计报表): contribution, composition and churn. Every figure is one query that the
 * database groups and sums; Java only ranks the sums it returns. Executives, supervisors and administrators see all
 * customers, a customer manager only their own ({@link CurrentUser#ownerOrAll()}, from the caller).
 */
@Stateless
@RolesAllowed(Rights.REPORT_VIEW)
public class ReportService {

    /** The most customers a ranked table shows (the total and the count still cover all of them). */
    public static final int ROW_LIMIT = 1000;

    private static final String AMOUNT = "SUM(l.quantity * l.unitPrice)";
    private static final String CONTRIBUTION_FROM = " FROM OrderLine l JOIN l.order o JOIN o.customer c JOIN c.manager m";

    @PersistenceContext
    private EntityManager em;
    @EJB
    private CurrentUser currentUser;

    /**
     * Customer contribution (客户贡献分析): per customer Σ quantity × unit price over shipped and paid orders,
     * largest first (at most {@link #ROW_LIMIT} customers), with the total over all matching customers.
     */
    @RolesAllowed(Rights.REPORT_CONTRIBUTION)
    public ContributionReport contribution(@NotNull ContributionCriteria criteria) {
        checkRange(criteria.getFrom(), criteria.getTo());
        StringBuilder sums = new StringBuilder("SELECT c.id, c.customerNo, c.name, m.displayName, c.region, c.level, "
                + AMOUNT + " AS amount" + CONTRIBUTION_FROM);
        Map<String, Object> params = contributionWhere(criteria, sums);
        sums.append(" GROUP BY c.id, c.customerNo, c.name, m.displayName, c.region, c.level "
                + "ORDER BY amount DESC, c.customerNo");
        TypedQuery<Object[]> query = em.createQuery(sums.toString(), Object[].class).setMaxResults(ROW_LIMIT);
        params.forEach(query::setParameter);
        List<ContributionRow.Sum> rows = query.getResultStream().map(r -> new ContributionRow.Sum(
                ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                decimal(r[6]))).toList();

        StringBuilder totals = new StringBuilder("SELECT " + AMOUNT + ", COUNT(DISTINCT c.id)" + CONTRIBUTION_FROM);
        Map<String, Object> totalParams = contributionWhere(criteria, totals);
        TypedQuery<Object[]> totalQuery = em.createQuery(totals.toString(), Object[].class);
        totalParams.forEach(totalQuery::setParameter);
        Object[] total = totalQuery.getSingleResult();
        BigDecimal sum = decimal(total[0]);
        return new ContributionReport(Ranking.rank(rows, sum), sum, ((Number) total[1]).longValue());
    }

    private Map<String, Object> contributionWhere(ContributionCriteria c, StringBuilder jpql) {
        return new Conditions()
                .add("o.status IN :counting", "counting", OrderStatus.COUNTING)
                .add("m.username = :owner", "owner", currentUser.ownerOrAll())
                .startsWith("c.name", "name", c.getCustomerName())
                .equal("m.id", "managerId", c.getManagerId())
                .equal("c.region", "region", c.getRegion())
                .equal("c.level", "level", c.getLevel())
                .add("o.orderDate >= :from", "from", c.getFrom())
                .add("o.orderDate <= :to", "to", c.getTo())
                .appendTo(jpql);
    }

    /**
     * Customer composition (客户构成分析): the number of current (not lost) customers per value of one dimension, or per
     * pair of values of two.
     */
    @RolesAllowed(Rights.REPORT_COMPOSITION)
    public List<CompositionCount> composition(@NotNull CompositionDimension first, CompositionDimension second) {
        String key = path(first);
        String key2 = second == null ? null : path(second);
        String keys = key2 == null ? key : key + ", " + key2;
        StringBuilder jpql = new StringBuilder("SELECT ").append(keys).append(", COUNT(c) FROM Customer c JOIN c.manager m");
        Map<String, Object> params = new Conditions()
                .equal("c.status", "status", CustomerStatus.NORMAL)
                .add("m.username = :owner", "owner", currentUser.ownerOrAll())
                .appendTo(jpql);
        jpql.append(" GROUP BY ").append(keys);
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        params.forEach(query::setParameter);
        List<CompositionCount> counts = new ArrayList<>(query.getResultStream().map(r -> new CompositionCount(
                text(r[0]), key2 == null ? null : text(r[1]), ((Number) r[r.length - 1]).longValue())).toList());
        Comparator<String> values = Comparator.nullsLast(Comparator.comparing(ReportService::sortable));
        counts.sort(Comparator.comparing(CompositionCount::key, values)
                .thenComparing(CompositionCount::key2, values));
        return counts;
    }

    private static String path(CompositionDimension dimension) {
        return switch (dimension) {
            case LEVEL -> "c.level";
            case CREDIT -> "c.credit";
            case SATISFACTION -> "c.satisfaction";
            case REGION -> "c.region";
            case MANAGER -> "m.id";
        };
    }

    /** Numbers in number order (2 before 10), text as text. */
    private static String sortable(String value) {
        return value.chars().allMatch(Character::isDigit) ? String.format("%20s", value) : value;
    }

    /** Shipped and paid, as SQL: constants of the code, never user input. */
    static final String COUNTING_SQL = OrderStatus.COUNTING.stream().map(s -> "'" + s.name() + "'").sorted()
            .collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    /** A date as a number yyyymmdd (EXTRACT works alike on Oracle, PostgreSQL and H2; date arithmetic does not). */
    private static String day(String column, String yearOffset) {
        return "((EXTRACT(YEAR FROM " + column + ")" + yearOffset + ") * 10000 + EXTRACT(MONTH FROM " + column
                + ") * 100 + EXTRACT(DAY FROM " + column + "))";
    }

    /**
     * The lost customers with manager, last shipped or paid order, lost date and reason, and the lost revenue: the
     * order lines of shipped and paid orders dated after the same day one year before the loss and up to the loss.
     * Native SQL because "a year before" is date arithmetic, which the three databases spell differently; compared as
     * yyyymmdd numbers it is the same everywhere (and 29 February needs no special case).
     */
    private static final String LOST_REVENUE = "(SELECT SUM(l.QUANTITY * l.UNIT_PRICE) FROM SALES_ORDER_LINE l "
            + "JOIN SALES_ORDER lo ON lo.ID = l.ORDER_ID WHERE lo.CUSTOMER_ID = c.ID AND lo.STATUS IN " + COUNTING_SQL
            + " AND lo.ORDER_DATE <= w.LOST_DATE AND " + day("lo.ORDER_DATE", "") + " > " + day("w.LOST_DATE", " - 1")
            + ")";
    private static final String LOSS_FROM =
            " FROM CHN_WARNING w JOIN CST_CUSTOMER c ON c.ID = w.CUSTOMER_ID JOIN SEC_USER u ON u.ID = c.MANAGER_ID";
    static final String LOSSES = "SELECT w.ID, c.ID, c.CUSTOMER_NO, c.NAME, u.DISPLAY_NAME, "
            + "(SELECT MAX(o.ORDER_DATE) FROM SALES_ORDER o WHERE o.CUSTOMER_ID = c.ID AND o.STATUS IN " + COUNTING_SQL
            + "), w.LOST_DATE, w.LOST_REASON, " + LOST_REVENUE + LOSS_FROM;
    /**
     * Latest loss first, at most {@link #ROW_LIMIT}: the limit in the SQL, not only as a JDBC row limit, so that the
     * database plans for it (the same words on Oracle, PostgreSQL and H2).
     */
    static final String LATEST_FIRST =
            " ORDER BY w.LOST_DATE DESC, c.CUSTOMER_NO FETCH FIRST " + ROW_LIMIT + " ROWS ONLY";
    /** The lost revenue of every lost customer of the period, not only of the rows the table lists. */
    static final String LOSSES_TOTAL = "SELECT SUM(" + LOST_REVENUE + ")" + LOSS_FROM;

    /**
     * Churn analysis (客户流失分析): customers confirmed lost (lost date in the period), latest first (at most
     * {@link #ROW_LIMIT}), each with its last shipped or paid order and its lost revenue (Σ quantity × unit price of
     * those orders in the twelve months up to the lost date).
     */
    @RolesAllowed(Rights.REPORT_CHURN)
    public List<LossRow> losses(@NotNull LossCriteria criteria) {
        checkRange(criteria.getFrom(), criteria.getTo());
        NativeWhere where = lossWhere(criteria, "w.LOST_DATE", ChurnStatus.LOST);
        Query query = where.bind(em.createNativeQuery(LOSSES + where.sql() + LATEST_FIRST));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new LossRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], date(r[5]), date(r[6]), (String) r[7],
                decimal(r[8]))).toList();
    }

    /**
     * The lost revenue of all customers confirmed lost in the period (the table lists at most {@link #ROW_LIMIT}):
     * Σ quantity × unit price of their shipped and paid orders in the twelve months up to each lost date.
     */
    @RolesAllowed(Rights.REPORT_CHURN)
    public BigDecimal lostRevenue(@NotNull LossCriteria criteria) {
        checkRange(criteria.getFrom(), criteria.getTo());
        NativeWhere where = lossWhere(criteria, "w.LOST_DATE", ChurnStatus.LOST);
        return decimal(where.bind(em.createNativeQuery(LOSSES_TOTAL + where.sql())).getSingleResult());
    }

    /**
     * Customers confirmed lost (by lost date) and won back (by the day their warning closed as won back) per month of
     * the period, months without either left out.
     */
    @RolesAllowed(Rights.REPORT_CHURN)
    public List<ChurnMonth> churnByMonth(@NotNull LossCriteria criteria) {
        checkRange(criteria.getFrom(), criteria.getTo());
        Map<String, long[]> months = new TreeMap<>();
        monthCounts(criteria, "w.LOST_DATE", ChurnStatus.LOST)
                .forEach((month, n) -> months.computeIfAbsent(month, k -> new long[2])[0] = n);
        monthCounts(criteria, "w.CLOSED_AT", ChurnStatus.WON_BACK)
                .forEach((month, n) -> months.computeIfAbsent(month, k -> new long[2])[1] = n);
        List<ChurnMonth> result = new ArrayList<>();
        months.forEach((month, n) -> result.add(new ChurnMonth(month, n[0], n[1])));
        return result;
    }

    /** The warnings of one status per year and month of {@code date} (a column of CHN_WARNING). */
    static String byMonth(String date) {
        return "SELECT EXTRACT(YEAR FROM " + date + "), EXTRACT(MONTH FROM " + date + "), COUNT(*) FROM CHN_WARNING w "
                + "JOIN CST_CUSTOMER c ON c.ID = w.CUSTOMER_ID JOIN SEC_USER u ON u.ID = c.MANAGER_ID";
    }

    private Map<String, Long> monthCounts(LossCriteria criteria, String date, ChurnStatus status) {
        NativeWhere where = lossWhere(criteria, date, status);
        Query query = where.bind(em.createNativeQuery(byMonth(date) + where.sql() + " GROUP BY EXTRACT(YEAR FROM "
                + date + "), EXTRACT(MONTH FROM " + date + ")"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.put(String.format("%04d-%02d", ((Number) r[0]).intValue(),
                ((Number) r[1]).intValue()), ((Number) r[2]).longValue()));
        return counts;
    }

    /** The churn filters on {@code date} (a DATE column, or a TIMESTAMP compared by day). */
    private NativeWhere lossWhere(LossCriteria c, String date, ChurnStatus status) {
        boolean timestamp = date.endsWith("_AT");
        return new NativeWhere()
                .add("w.WARNING_STATUS = ?", status.name())
                .add("u.USERNAME = ?", currentUser.ownerOrAll())
                .startsWith("c.NAME", c.getCustomerName())
                .add("u.ID = ?", c.getManagerId())
                .add(date + " >= ?", c.getFrom() == null ? null : timestamp
                        ? Timestamp.valueOf(c.getFrom().atStartOfDay()) : java.sql.Date.valueOf(c.getFrom()))
                .add(date + " < ?", c.getTo() == null ? null : timestamp
                        ? Timestamp.valueOf(c.getTo().plusDays(1).atStartOfDay())
                        : java.sql.Date.valueOf(c.getTo().plusDays(1)));
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw BusinessException.onField("to", "report.error.periodReversed");
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d.setScale(2, java.math.RoundingMode.HALF_UP)
                : new BigDecimal(value.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
