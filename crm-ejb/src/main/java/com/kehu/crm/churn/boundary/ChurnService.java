package com.kehu.crm.churn.boundary;

import com.kehu.crm.churn.dto.ChurnCriteria;
import com.kehu.crm.churn.dto.ChurnWarningRow;
import com.kehu.crm.churn.dto.MeasureRow;
import com.kehu.crm.churn.dto.WarningDetail;
import com.kehu.crm.churn.entity.ChurnMeasure;
import com.kehu.crm.churn.entity.ChurnStatus;
import com.kehu.crm.churn.entity.ChurnWarning;
import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.Conditions;
import com.kehu.crm.common.control.PagedList;
import com.kehu.crm.common.control.PagedList.Direction;
import com.kehu.crm.common.control.Versions;
import com.kehu.crm.common.dto.SortOrder;
import com.kehu.crm.customer.boundary.CustomerOwnership;
import com.kehu.crm.sales.entity.OrderStatus;
import com.kehu.crm.security.boundary.CurrentUser;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The churn work list (客户流失) and its workflow. A manager sees and works the warnings of their own customers;
 * supervisors, executives and administrators see all, supervisors act on all. A warning is deferred by recording a
 * measure (暂缓流失), any number of times; only a deferred warning may be confirmed lost (确认流失), with a reason,
 * which makes the customer lost. Both are refused once the warning is closed.
 */
@Stateless
@RolesAllowed(Rights.CHURN_VIEW)
public class ChurnService {

    /** Sortable list columns → JPQL. */
    private static final Map<String, String> SORTABLE = Map.of(
            "customerName", "c.name",
            "customerNo", "c.customerNo",
            "lastOrderDate", "w.lastOrderDate",
            "detectedAt", "w.createdAt",
            "status", "w.status",
            "managerName", "m.displayName");
    /** Unsorted: the newest warnings first. */
    private static final PagedList LIST = PagedList.of(SORTABLE, "w.id").unsorted("w.createdAt", Direction.DESC);
    private static final String FROM = " FROM ChurnWarning w JOIN w.customer c JOIN c.manager m";

    @PersistenceContext
    private EntityManager em;
    @EJB
    private CurrentUser currentUser;
    @EJB
    private CustomerOwnership ownership;
    @Inject
    private Clock clock;

    @RolesAllowed(Rights.CHURN_VIEW)
    public long count(ChurnCriteria criteria) {
        return LIST.count(em, "SELECT COUNT(w)" + FROM, where(criteria));
    }

    /** One page of warnings, each with its explanation (one more query for the whole page). */
    @RolesAllowed(Rights.CHURN_VIEW)
    public List<ChurnWarningRow> search(ChurnCriteria criteria, int offset, int limit, SortOrder sort) {
        return explain(LIST.page(em, "SELECT NEW com.kehu.crm.churn.dto.ChurnWarningRow(w.id, c.id, c.customerNo, "
                        + "c.name, m.displayName, w.status, w.lastOrderDate, w.createdAt)" + FROM, where(criteria), sort,
                offset, limit, ChurnWarningRow.class));
    }

    /** The warnings still waiting for the caller (their customers'; all for those who see all), for the dashboard. */
    @RolesAllowed(Rights.CHURN_VIEW)
    public long openCount() {
        return count(new ChurnCriteria());
    }

    @RolesAllowed(Rights.CHURN_VIEW)
    public WarningDetail detail(long id) {
        ChurnWarning warning = visible(id);
        ChurnWarningRow row = explain(List.of(new ChurnWarningRow(warning.getId(), warning.getCustomer().getId(),
                warning.getCustomer().getCustomerNo(), warning.getCustomer().getName(),
                warning.getCustomer().getManager().getDisplayName(), warning.getStatus(), warning.getLastOrderDate(),
                warning.getCreatedAt()))).get(0);
        List<MeasureRow> measures = em.createQuery("SELECT NEW com.kehu.crm.churn.dto.MeasureRow(x.id, x.text, "
                        + "x.createdBy, x.createdAt) FROM ChurnMeasure x WHERE x.warning.id = :id "
                        + "ORDER BY x.createdAt DESC, x.id DESC", MeasureRow.class)
                .setParameter("id", id).getResultList();
        boolean mayAct = mayAct(warning) && warning.mayDefer();
        return new WarningDetail(row, warning.getVersion(), warning.getLostDate(), warning.getLostReason(),
                warning.getClosedAt(), measures, mayAct, mayAct && warning.mayConfirm());
    }

    /** 暂缓流失: records a measure (text required) and marks the warning as deferring. */
    @RolesAllowed(Rights.CHURN_ACT)
    public WarningDetail defer(long id, long version, String measure) {
        ChurnWarning warning = actable(id, version);
        String text = measure == null ? null : measure.trim();
        if (text == null || text.isEmpty()) {
            throw BusinessException.onField("measure", "churn.error.measureRequired");
        }
        if (text.length() > ChurnMeasure.TEXT_LENGTH) {
            throw BusinessException.onField("measure", "churn.error.tooLong", ChurnMeasure.TEXT_LENGTH);
        }
        if (!warning.mayDefer()) {
            throw new BusinessException("churn.error.closed");
        }
        em.persist(new ChurnMeasure(warning, text));
        warning.deferred();
        em.flush();
        return detail(id);
    }

    /** 确认流失: only after a deferral; the reason is required; the customer becomes lost. Final. */
    @RolesAllowed(Rights.CHURN_ACT)
    public WarningDetail confirmLost(long id, long version, String reason) {
        ChurnWarning warning = actable(id, version);
        if (!warning.getStatus().isOpen()) {
            throw new BusinessException("churn.error.closed");
        }
        if (!warning.mayConfirm()) {
            throw new BusinessException("churn.error.deferFirst");
        }
        String text = reason == null ? null : reason.trim();
        if (text == null || text.isEmpty()) {
            throw BusinessException.onField("reason", "churn.error.reasonRequired");
        }
        if (text.length() > ChurnWarning.REASON_LENGTH) {
            throw BusinessException.onField("reason", "churn.error.tooLong", ChurnWarning.REASON_LENGTH);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        warning.confirmLost(text, now.toLocalDate(), now);
        em.flush();
        return detail(id);
    }

    private ChurnWarning actable(long id, long version) {
        ChurnWarning warning = visible(id);
        if (!mayAct(warning)) {
            throw new BusinessException("churn.error.notYourWarning", warning.getCustomer().getName());
        }
        Versions.check(warning, version);
        return warning;
    }

    /** The warning with its customer and manager; refused to a manager for another manager's customer. */
    private ChurnWarning visible(long id) {
        List<ChurnWarning> found = em.createQuery("SELECT w FROM ChurnWarning w JOIN FETCH w.customer c "
                + "JOIN FETCH c.manager WHERE w.id = :id", ChurnWarning.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        ChurnWarning warning = found.get(0);
        String owner = currentUser.ownerOrAll();
        if (owner != null && !warning.getCustomer().getManager().getUsername().equals(owner)) {
            throw new BusinessException("churn.error.notYourWarning", warning.getCustomer().getName());
        }
        return warning;
    }

    /** The caller acts on the warnings of the customers they may change (a manager their own, supervisors all). */
    private boolean mayAct(ChurnWarning warning) {
        return currentUser.has(Rights.CHURN_ACT) && ownership.mayChange(warning.getCustomer());
    }

    private Conditions where(ChurnCriteria criteria) {
        ChurnCriteria c = criteria == null ? new ChurnCriteria() : criteria;
        return new Conditions()
                .add("m.username = :me", "me", currentUser.ownerOrAll())
                .equal("w.status", "status", c.getStatus())
                .add("w.status IN :open", "open", c.getStatus() == null && c.isOpenOnly()
                        ? List.of(ChurnStatus.WARNING, ChurnStatus.DEFERRING) : null)
                .startsWith("c.name", "name", c.getCustomerName());
    }

    /** Adds months since the last order and the last 12 months' orders and amount, for all rows in one query. */
    private List<ChurnWarningRow> explain(List<ChurnWarningRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, Object[]> trend = new HashMap<>();
        em.createQuery("SELECT o.customer.id, COUNT(DISTINCT o.id), SUM(l.quantity * l.unitPrice) FROM OrderLine l "
                        + "JOIN l.order o WHERE o.customer.id IN :ids AND o.status IN :counting AND o.orderDate > :since "
                        + "GROUP BY o.customer.id", Object[].class)
                .setParameter("ids", rows.stream().map(ChurnWarningRow::customerId).distinct().toList())
                .setParameter("counting", OrderStatus.COUNTING)
                .setParameter("since", today.minusMonths(12))
                .getResultStream().forEach(r -> trend.put(((Number) r[0]).longValue(), r));
        return rows.stream().map(row -> {
            Object[] t = trend.get(row.customerId());
            Long months = row.lastOrderDate() == null ? null : ChronoUnit.MONTHS.between(row.lastOrderDate(), today);
            return row.explained(months, t == null ? 0 : ((Number) t[1]).longValue(),
                    t == null || t[2] == null ? BigDecimal.ZERO : new BigDecimal(t[2].toString()));
        }).toList();
    }
}
