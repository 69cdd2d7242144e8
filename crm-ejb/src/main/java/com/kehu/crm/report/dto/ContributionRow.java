package com.kehu.crm.report.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One customer of the contribution report: rank (equal amounts share a rank), Σ quantity × unit price of its shipped
 * and paid orders, its share of the total and the cumulative share down to it (0..1), and its ABC class.
 */
public record ContributionRow(int rank, long customerId, String customerNo, String customerName, String managerName,
                              String region, String level, BigDecimal amount, BigDecimal share,
                              BigDecimal cumulativeShare, String abc) implements Serializable {

    /** A customer's sum as the database returns it, before ranking. */
    public record Sum(long customerId, String customerNo, String customerName, String managerName, String region,
                      String level, BigDecimal amount) {
    }
}
