package com.kehu.crm.sales.dto;

import java.util.List;
import java.util.Set;

/** What a bulk CSV file holds, with its header (the columns in this order). */
public enum CsvKind {
    PRODUCTS(List.of("externalId", "name", "model", "batch", "unit", "price"), Set.of("model", "batch")),
    INVENTORY(List.of("externalId", "productId", "warehouse", "location", "quantity", "memo"),
            Set.of("location", "memo")),
    /** One row per order line; consecutive rows with the same externalId are one order. */
    ORDERS(List.of("externalId", "orderNo", "customerNo", "orderDate", "deliveryAddress", "status", "productId",
            "quantity", "unit", "unitPrice"), Set.of());

    private final List<String> columns;
    private final Set<String> optional;

    CsvKind(List<String> columns, Set<String> optional) {
        this.columns = columns;
        this.optional = optional;
    }

    public List<String> columns() {
        return columns;
    }

    /** The columns a file may leave out (their values are then empty). */
    public Set<String> optional() {
        return optional;
    }
}
