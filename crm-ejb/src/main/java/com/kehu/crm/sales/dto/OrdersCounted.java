package com.kehu.crm.sales.dto;

import java.util.Set;

/**
 * The sales import wrote shipped or paid orders (new, or changed to such a status) for these customers, in the
 * current transaction: a CDI event, so that whoever cares (churn: won back) reacts in the same transaction without
 * the import knowing about them.
 */
public record OrdersCounted(Set<Long> customerIds) {

    public OrdersCounted {
        customerIds = Set.copyOf(customerIds);
    }
}
