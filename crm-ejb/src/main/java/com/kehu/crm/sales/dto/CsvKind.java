package com.kehu.crm.sales.dto;

import java.util.List;

/** What a bulk CSV file holds, with its header (the columns in this order). */
public enum CsvKind {
    PRODUCTS(List.of("externalId", "name", "model", "batch", "unit", "price")),
    INVENTORY(List.of("externalId", "productId", "warehouse", "location", "quantity", "memo")),
    /** One row per order line; consecutive rows with the same externalId are one order. */
    ORDERS(List.of("externalId", "orderNo", "customerNo", "orderDate", "deliveryAddress", "status", "productId",
            "quantity", "unit", "unitPrice"));

    private final List<String> columns;

    CsvKind(List<String> columns) {
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }
}
