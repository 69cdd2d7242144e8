package com.kehu.crm.churn.entity;

import com.kehu.crm.common.entity.AuditTrailListener;
import com.kehu.crm.common.entity.BaseEntity;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.CustomerHistory;
import com.kehu.crm.customer.entity.CustomerStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A churn warning (流失预警) of one customer. The check inserts warnings with set-based SQL; this entity carries
 * the manager's workflow: defer (at least once) → confirm lost, or closed as won back when the customer orders again.
 * <p>
 * {@code OPEN_CUSTOMER_ID} is the customer's id while the warning is open and NULL once it is closed; a unique
 * constraint on it lets the database itself refuse a second open warning for a customer, whoever inserts it and
 * however many checks run at once (NULLs never collide on Oracle, H2 or PostgreSQL).
 */
@Entity
@Table(name = "CHN_WARNING")
@EntityListeners(AuditTrailListener.class)
public class ChurnWarning extends BaseEntity implements CustomerHistory {

    private static final long serialVersionUID = 1L;

    public static final int REASON_LENGTH = 500;
    /** The audit trail's name for warnings; they appear in their customer's history. */
    public static final String AUDIT_TYPE = "CHURN_WARNING";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false, updatable = false)
    private Customer customer;

    @Column(name = "OPEN_CUSTOMER_ID", unique = true)
    private Long openCustomerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "WARNING_STATUS", nullable = false, length = 10)
    private ChurnStatus status = ChurnStatus.WARNING;

    /** The customer's last shipped or paid order when the warning was raised; null: never ordered. */
    @Column(name = "LAST_ORDER_DATE", updatable = false)
    private LocalDate lastOrderDate;

    @Column(name = "RUN_ID", updatable = false)
    private Long runId;

    @Column(name = "LOST_DATE")
    private LocalDate lostDate;

    @Column(name = "LOST_REASON", length = REASON_LENGTH)
    private String lostReason;

    @Column(name = "CLOSED_AT")
    private LocalDateTime closedAt;

    protected ChurnWarning() {
    }

    /** A warning raised one by one (tests, repairs); the check inserts them set-based with the same values. */
    public ChurnWarning(Customer customer, LocalDate lastOrderDate) {
        this.customer = customer;
        this.openCustomerId = customer.getId();
        this.lastOrderDate = lastOrderDate;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("lastOrderDate", lastOrderDate);
        state.put("lostDate", lostDate);
        state.put("lostReason", lostReason);
        return state;
    }

    @Override
    public Customer historyCustomer() {
        return customer;
    }

    @Override
    public String auditEntityType() {
        return AUDIT_TYPE;
    }

    /** A measure may be recorded while the warning is open. */
    public boolean mayDefer() {
        return status.isOpen();
    }

    /** Confirmation needs at least one recorded measure (status deferring). */
    public boolean mayConfirm() {
        return status == ChurnStatus.DEFERRING;
    }

    /** A measure was recorded. */
    public void deferred() {
        if (!mayDefer()) {
            throw new IllegalStateException("warning " + getId() + " is " + status);
        }
        status = ChurnStatus.DEFERRING;
    }

    /** The manager confirms the customer lost: final for the warning and the customer. */
    public void confirmLost(String reason, LocalDate on, LocalDateTime now) {
        if (!mayConfirm()) {
            throw new IllegalStateException("warning " + getId() + " is " + status);
        }
        status = ChurnStatus.LOST;
        lostReason = reason;
        lostDate = on;
        close(now);
        customer.setStatus(CustomerStatus.LOST);
    }

    /** The customer ordered again. */
    public void wonBack(LocalDateTime now) {
        if (!status.isOpen()) {
            throw new IllegalStateException("warning " + getId() + " is " + status);
        }
        status = ChurnStatus.WON_BACK;
        close(now);
    }

    private void close(LocalDateTime now) {
        closedAt = now;
        openCustomerId = null;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Long getOpenCustomerId() {
        return openCustomerId;
    }

    public ChurnStatus getStatus() {
        return status;
    }

    public LocalDate getLastOrderDate() {
        return lastOrderDate;
    }

    public Long getRunId() {
        return runId;
    }

    public LocalDate getLostDate() {
        return lostDate;
    }

    public String getLostReason() {
        return lostReason;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }
}
