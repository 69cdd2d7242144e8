package com.kehu.crm.support.boundary;

import com.kehu.crm.common.boundary.BusinessException;
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
 * The analysis of customer service (图表分析): requests by type per month, quarter or year, and feedback by
 * satisfaction, over a period of request dates. The database counts (GROUP BY); nothing is read row by row.
 */
@Stateless
@RolesAllowed(Rights.SUPPORT_ANALYSIS)
public class SupportAnalysisService {

    /** Year and month by EXTRACT, which Oracle, PostgreSQL and H2 all know (unlike YEAR() or a quarter). */
    static final String BY_MONTH = "SELECT EXTRACT(YEAR FROM r.REQUESTED_AT), EXTRACT(MONTH FROM r.REQUESTED_AT), "
            + "r.SERVICE_TYPE, COUNT(*) FROM SUP_REQUEST r WHERE r.REQUESTED_AT >= ?1 AND r.REQUESTED_AT < ?2 "
            + "GROUP BY EXTRACT(YEAR FROM r.REQUESTED_AT), EXTRACT(MONTH FROM r.REQUESTED_AT), r.SERVICE_TYPE";

    @PersistenceContext
    private EntityManager em;

    /** Requests by type and period, for request dates from {@code from} to {@code to} (both included). */
    @RolesAllowed(Rights.SUPPORT_ANALYSIS)
    public List<PeriodCount> byType(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull Granularity granularity) {
        checkRange(from, to);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(BY_MONTH)
                .setParameter(1, Timestamp.valueOf(from.atStartOfDay()))
                .setParameter(2, Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .getResultList();
        List<MonthCount> months = rows.stream().map(r -> new MonthCount(((Number) r[0]).intValue(),
                ((Number) r[1]).intValue(), (String) r[2], ((Number) r[3]).longValue())).toList();
        return Periods.fold(months, granularity);
    }

    /** Feedback given in the period by stars, 1 to 5 (zero where none); each round's feedback counts. */
    @RolesAllowed(Rights.SUPPORT_ANALYSIS)
    public List<SatisfactionCount> bySatisfaction(@NotNull LocalDate from, @NotNull LocalDate to) {
        checkRange(from, to);
        Map<Integer, Long> counts = new HashMap<>();
        em.createQuery("SELECT s.satisfaction, COUNT(s) FROM ServiceStep s WHERE s.action = :feedback "
                        + "AND s.actedAt >= :from AND s.actedAt < :to GROUP BY s.satisfaction", Object[].class)
                .setParameter("feedback", StepAction.FEEDBACK)
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultStream().forEach(r -> counts.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        return IntStream.rangeClosed(1, 5).mapToObj(s -> new SatisfactionCount(s, counts.getOrDefault(s, 0L))).toList();
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw BusinessException.onField("to", "support.error.periodReversed");
        }
    }
}
