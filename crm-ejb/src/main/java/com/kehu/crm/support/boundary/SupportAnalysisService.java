package com.kehu.crm.support.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.control.Conditions;
import com.kehu.crm.security.boundary.CurrentUser;
import com.kehu.crm.support.dto.ServiceDimension;
import com.kehu.crm.support.dto.ServiceFigure;
import com.kehu.crm.support.entity.ServiceStatus;
import jakarta.ejb.EJB;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.support.control.Periods;
import com.kehu.crm.support.dto.Granularity;
import com.kehu.crm.support.dto.MonthCount;
import com.kehu.crm.support.dto.PeriodCount;
import com.kehu.crm.support.dto.SatisfactionCount;
import com.kehu.crm.support.entity.StepAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The analysis of customer service (图表分析, and the report 客户服务分析): requests by type per month, quarter or
 * year, feedback by satisfaction, and the requests by type, status or handler with their average satisfaction and
 * time to archive, over a period of request dates. The database counts (GROUP BY); nothing is read row by row.
 * Executives, supervisors and administrators see all requests, a customer manager (report.service) those of their own
 * customers.
 */
@Stateless
@RolesAllowed({Rights.SUPPORT_ANALYSIS, Rights.REPORT_SERVICE})
public class SupportAnalysisService {

    private static final double MINUTES_A_DAY = 24 * 60;

    /** Year and month by EXTRACT, which Oracle, PostgreSQL and H2 all know (unlike YEAR() or a quarter). */
    static final String BY_MONTH = "SELECT EXTRACT(YEAR FROM r.REQUESTED_AT), EXTRACT(MONTH FROM r.REQUESTED_AT), "
            + "r.SERVICE_TYPE, COUNT(*) FROM SUP_REQUEST r WHERE r.REQUESTED_AT >= ?1 AND r.REQUESTED_AT < ?2 "
            + "GROUP BY EXTRACT(YEAR FROM r.REQUESTED_AT), EXTRACT(MONTH FROM r.REQUESTED_AT), r.SERVICE_TYPE";

    /** {@link #BY_MONTH} over the customers of one manager (user name ?3). */
    static final String BY_MONTH_OF_MANAGER = "SELECT EXTRACT(YEAR FROM r.REQUESTED_AT), "
            + "EXTRACT(MONTH FROM r.REQUESTED_AT), r.SERVICE_TYPE, COUNT(*) FROM SUP_REQUEST r "
            + "JOIN CST_CUSTOMER c ON c.ID = r.CUSTOMER_ID JOIN SEC_USER u ON u.ID = c.MANAGER_ID "
            + "WHERE r.REQUESTED_AT >= ?1 AND r.REQUESTED_AT < ?2 AND u.USERNAME = ?3 "
            + "GROUP BY EXTRACT(YEAR FROM r.REQUESTED_AT), EXTRACT(MONTH FROM r.REQUESTED_AT), r.SERVICE_TYPE";

    @PersistenceContext
    private EntityManager em;
    @EJB
    private CurrentUser currentUser;

    /** Requests by type and period, for request dates from {@code from} to {@code to} (both included). */
    @RolesAllowed({Rights.SUPPORT_ANALYSIS, Rights.REPORT_SERVICE})
    public List<PeriodCount> byType(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull Granularity granularity) {
        checkRange(from, to);
        String owner = currentUser.ownerOrAll();
        Query query = em.createNativeQuery(owner == null ? BY_MONTH : BY_MONTH_OF_MANAGER)
                .setParameter(1, Timestamp.valueOf(from.atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        if (owner != null) {
            query.setParameter(3, owner);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<MonthCount> months = rows.stream().map(r -> new MonthCount(((Number) r[0]).intValue(),
                ((Number) r[1]).intValue(), (String) r[2], ((Number) r[3]).longValue())).toList();
        return Periods.fold(months, granularity);
    }

    /** Feedback given in the period by stars, 1 to 5 (zero where none); each round's feedback counts. */
    @RolesAllowed({Rights.SUPPORT_ANALYSIS, Rights.REPORT_SERVICE})
    public List<SatisfactionCount> bySatisfaction(@NotNull LocalDate from, @NotNull LocalDate to) {
        checkRange(from, to);
        Map<Integer, Long> counts = new HashMap<>();
        StringBuilder jpql = new StringBuilder("SELECT s.satisfaction, COUNT(s) FROM ServiceStep s JOIN s.request r "
                + "JOIN r.customer c JOIN c.manager m");
        Map<String, Object> params = new Conditions()
                .equal("s.action", "feedback", StepAction.FEEDBACK)
                .add("s.actedAt >= :from", "from", from.atStartOfDay())
                .add("s.actedAt < :to", "to", to.plusDays(1).atStartOfDay())
                .add("m.username = :owner", "owner", currentUser.ownerOrAll())
                .appendTo(jpql);
        TypedQuery<Object[]> query = em.createQuery(jpql.append(" GROUP BY s.satisfaction").toString(), Object[].class);
        params.forEach(query::setParameter);
        query.getResultStream().forEach(r -> counts.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        return IntStream.rangeClosed(1, 5).mapToObj(s -> new SatisfactionCount(s, counts.getOrDefault(s, 0L))).toList();
    }

    /** Minutes from creation to archive: EXTRACT from the interval of two timestamps, alike on the three databases. */
    private static final String MINUTES_TO_ARCHIVE = "EXTRACT(DAY FROM (r.ARCHIVED_AT - r.REQUESTED_AT)) * 1440 + "
            + "EXTRACT(HOUR FROM (r.ARCHIVED_AT - r.REQUESTED_AT)) * 60 + "
            + "EXTRACT(MINUTE FROM (r.ARCHIVED_AT - r.REQUESTED_AT))";

    /** The figures of one grouping ({@code keys}: its columns), for request dates ?1 (included) to ?2 (excluded). */
    static String figuresSql(ServiceDimension dimension, boolean ofManager) {
        String keys = switch (dimension) {
            case TYPE -> "r.SERVICE_TYPE";
            case STATUS -> "r.STATUS";
            case HANDLER -> "a.ID, a.DISPLAY_NAME";
        };
        return "SELECT " + keys + ", COUNT(*), SUM(CASE WHEN r.STATUS = '" + ServiceStatus.ARCHIVED.name()
                + "' THEN 1 ELSE 0 END), AVG(r.SATISFACTION * 1.0), AVG(" + MINUTES_TO_ARCHIVE + ") "
                + "FROM SUP_REQUEST r JOIN CST_CUSTOMER c ON c.ID = r.CUSTOMER_ID JOIN SEC_USER m ON m.ID = c.MANAGER_ID "
                + "LEFT JOIN SEC_USER a ON a.ID = r.ASSIGNEE_ID WHERE r.REQUESTED_AT >= ?1 AND r.REQUESTED_AT < ?2"
                + (ofManager ? " AND m.USERNAME = ?3" : "") + " GROUP BY " + keys;
    }

    /**
     * Requests with request dates in the period by type, status or handler (one query): their number, how many are
     * archived, the average satisfaction of those with feedback and the average days from creation to archive.
     */
    @RolesAllowed({Rights.SUPPORT_ANALYSIS, Rights.REPORT_SERVICE})
    public List<ServiceFigure> figures(@NotNull LocalDate from, @NotNull LocalDate to,
                                       @NotNull ServiceDimension dimension) {
        checkRange(from, to);
        String owner = currentUser.ownerOrAll();
        Query query = em.createNativeQuery(figuresSql(dimension, owner != null))
                .setParameter(1, Timestamp.valueOf(from.atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        if (owner != null) {
            query.setParameter(3, owner);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        int k = dimension == ServiceDimension.HANDLER ? 2 : 1;
        List<ServiceFigure> figures = new ArrayList<>(rows.stream().map(r -> new ServiceFigure(
                r[0] == null ? null : r[0].toString(), k == 2 ? (String) r[1] : null, ((Number) r[k]).longValue(),
                r[k + 1] == null ? 0 : ((Number) r[k + 1]).longValue(), rounded(r[k + 2], 1),
                r[k + 3] == null ? null : rounded(((Number) r[k + 3]).doubleValue() / MINUTES_A_DAY, 1))).toList());
        figures.sort(Comparator.comparing(ServiceFigure::count).reversed()
                .thenComparing(ServiceFigure::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return figures;
    }

    private static Double rounded(Object value, int digits) {
        if (value == null) {
            return null;
        }
        return BigDecimal.valueOf(((Number) value).doubleValue()).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw BusinessException.onField("to", "support.error.periodReversed");
        }
    }
}
