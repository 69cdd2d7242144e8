package com.kehu.crm.dashboard.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The key figures (关键指标) as of a day, over all customers or over one manager's own. A section is null where the
 * user lacks the right to the list it links to.
 *
 * @param allCustomers    over every customer (supervisors, executives, administrators) or the caller's own
 * @param asOf            the day the periods are counted from
 * @param customers       new customers this month and last month (customer.view)
 * @param opportunities   open opportunities by status with their weighted value (opportunity.view)
 * @param requests        service requests by status: the open ones, and those archived that were requested in the
 *                        last twelve months (support.view)
 * @param churn           customers confirmed lost and won back this quarter (churn.view)
 * @param revenue         revenue of the last twelve months by month, oldest first, and the top ten customers (sales.view)
 */
public record KeyFigures(boolean allCustomers, LocalDate asOf, NewCustomers customers, List<StatusCount> opportunities,
                         List<StatusCount> requests, Churn churn, Revenue revenue) implements Serializable {

    /** New customers: this month (up to today) and the whole of last month. */
    public record NewCustomers(long thisMonth, long lastMonth) implements Serializable {
    }

    /** Churn this quarter: confirmed lost (by lost date) and won back (by the day the warning closed). */
    public record Churn(long lost, long wonBack) implements Serializable {
    }

    /**
     * Revenue by month and the top customers, from the summary tables as last refreshed.
     *
     * @param refreshedAt when the summary was computed (null: never yet)
     * @param summaryAsOf the day it was computed for; the top customers cover the twelve months up to its month
     */
    public record Revenue(List<MonthAmount> months, BigDecimal total, List<TopCustomer> top,
                          LocalDateTime refreshedAt, LocalDate summaryAsOf) implements Serializable {
    }

    public boolean anySection() {
        return customers != null || opportunities != null || requests != null || churn != null || revenue != null;
    }
}
