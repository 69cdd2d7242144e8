package com.kehu.crm.sales.entity;

import java.util.Set;

/** A sales order's status in the sales system. Names: bundle key {@code OrderStatus.<NAME>}. */
public enum OrderStatus {
    NEW,
    PAID,
    SHIPPED,
    CANCELLED;

    /** The statuses that count as business done: the order history, reports and churn look only at these. */
    public static final Set<OrderStatus> COUNTING = Set.of(PAID, SHIPPED);
}
