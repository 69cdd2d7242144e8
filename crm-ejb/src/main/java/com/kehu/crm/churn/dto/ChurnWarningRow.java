package com.kehu.crm.churn.dto;

import com.kehu.crm.churn.entity.ChurnStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A warning as the work list shows it, explaining itself: the last shipped/paid order (null: never ordered), the
 * months since, and the customer's orders and amount (Σ quantity × unit price) in the last 12 months.
 */
public record ChurnWarningRow(long id, long customerId, String customerNo, String customerName, String managerName,
                              ChurnStatus status, LocalDate lastOrderDate, LocalDateTime detectedAt,
                              Long monthsSince, long ordersLastYear, BigDecimal amountLastYear)
        implements Serializable {

    /** As the list query reads it, before the explanation is added. */
    public ChurnWarningRow(long id, long customerId, String customerNo, String customerName, String managerName,
                           ChurnStatus status, LocalDate lastOrderDate, LocalDateTime detectedAt) {
        this(id, customerId, customerNo, customerName, managerName, status, lastOrderDate, detectedAt, null, 0,
                BigDecimal.ZERO);
    }

    public ChurnWarningRow explained(Long months, long orders, BigDecimal amount) {
        return new ChurnWarningRow(id, customerId, customerNo, customerName, managerName, status, lastOrderDate,
                detectedAt, months, orders, amount);
    }

    public boolean open() {
        return status.isOpen();
    }
}
