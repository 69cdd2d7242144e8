package com.kehu.crm.report.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer confirmed lost: its manager, its last shipped or paid order, the lost date and reason, and the lost
 * revenue: Σ quantity × unit price of its shipped and paid orders in the twelve months up to the lost date (zero when
 * none).
 */
public record LossRow(long warningId, long customerId, String customerNo, String customerName, String managerName,
                      LocalDate lastOrderDate, LocalDate lostDate, String reason, BigDecimal lostRevenue)
        implements Serializable {
}
