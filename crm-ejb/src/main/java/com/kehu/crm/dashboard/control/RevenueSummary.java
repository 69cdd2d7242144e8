package com.kehu.crm.dashboard.control;

import com.kehu.crm.sales.entity.OrderStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Fills the dashboard's revenue summary from the order lines: revenue (Σ quantity × unit price of paid and shipped
 * orders) per customer manager and month, for the months from twelve before the given day on, and each customer's
 * revenue over the twelve months up to that day's month. Set-based ({@code INSERT ... SELECT ... GROUP BY}), in one
 * transaction, so that a page reads either the old summary or the new one. Each refresh first updates the single row
 * of DSH_SUMMARY_STATE, whose lock makes a second refresh (another server's timer) wait instead of interleaving;
 * refreshing twice gives the same rows. Older months are left as they were computed.
 * <p>
 * Not a client view ({@code PermitAll}): the timer (no caller) and {@code DashboardService} (with its right) call it.
 */
@Stateless
@PermitAll
public class RevenueSummary {

    private static final Logger LOG = Logger.getLogger(RevenueSummary.class.getName());
    private static final String LINES = " FROM SALES_ORDER o JOIN SALES_ORDER_LINE l ON l.ORDER_ID = o.ID "
            + "JOIN CST_CUSTOMER c ON c.ID = o.CUSTOMER_ID WHERE o.STATUS IN (?1, ?2) AND o.ORDER_DATE >= ?3";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;

    /** The summary's month key, yyyymm. */
    public static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public void refresh(LocalDate asOf) {
        long started = System.nanoTime();
        em.createNativeQuery("UPDATE DSH_SUMMARY_STATE SET AS_OF = ?1, REFRESHED_AT = ?2 WHERE ID = 1")
                .setParameter(1, Date.valueOf(asOf)).setParameter(2, Timestamp.valueOf(LocalDateTime.now(clock)))
                .executeUpdate();
        YearMonth last = YearMonth.from(asOf);
        YearMonth first = last.minusMonths(KeyFigureQueries.MONTHS - 1);

        em.createNativeQuery("DELETE FROM DSH_REVENUE_MONTH WHERE REVENUE_MONTH >= ?1")
                .setParameter(1, key(first.minusMonths(1))).executeUpdate();
        // Year and month by EXTRACT, which Oracle, PostgreSQL and H2 all know; grouped by the same expression.
        String month = "EXTRACT(YEAR FROM o.ORDER_DATE) * 100 + EXTRACT(MONTH FROM o.ORDER_DATE)";
        int months = lines("INSERT INTO DSH_REVENUE_MONTH (REVENUE_MONTH, MANAGER_ID, AMOUNT, ORDER_COUNT) SELECT "
                + month + ", c.MANAGER_ID, SUM(l.QUANTITY * l.UNIT_PRICE), COUNT(DISTINCT o.ID)" + LINES
                + " GROUP BY " + month + ", c.MANAGER_ID",
                first.minusMonths(1).atDay(1), null);

        em.createNativeQuery("DELETE FROM DSH_CUSTOMER_REVENUE").executeUpdate();
        int customers = lines("INSERT INTO DSH_CUSTOMER_REVENUE (CUSTOMER_ID, MANAGER_ID, AMOUNT) "
                + "SELECT o.CUSTOMER_ID, c.MANAGER_ID, SUM(l.QUANTITY * l.UNIT_PRICE)" + LINES
                + " AND o.ORDER_DATE < ?4 GROUP BY o.CUSTOMER_ID, c.MANAGER_ID", first.atDay(1), last.plusMonths(1).atDay(1));
        LOG.info(() -> String.format("dashboard revenue summary as of %s: %d manager-months, %d customers, %d ms",
                asOf, months, customers, (System.nanoTime() - started) / 1_000_000));
    }

    private int lines(String sql, LocalDate from, LocalDate until) {
        var q = em.createNativeQuery(sql).setParameter(1, OrderStatus.PAID.name())
                .setParameter(2, OrderStatus.SHIPPED.name()).setParameter(3, Date.valueOf(from));
        if (until != null) {
            q.setParameter(4, Date.valueOf(until));
        }
        return q.executeUpdate();
    }

    /** When the summary was last computed, and for which day. */
    public record State(LocalDate asOf, LocalDateTime refreshedAt) {
    }

    /** The summary's state (empty: never computed). */
    public Optional<State> state() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT AS_OF, REFRESHED_AT FROM DSH_SUMMARY_STATE WHERE ID = 1")
                .getSingleResult();
        if (row[1] == null) {
            return Optional.empty();
        }
        LocalDate asOf = row[0] instanceof Date d ? d.toLocalDate() : (LocalDate) row[0];
        LocalDateTime at = row[1] instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) row[1];
        return Optional.of(new State(asOf, at));
    }
}
