package com.kehu.crm.sales.dto;

import java.io.Serializable;

/** The inventory query's filters: product name and warehouse, each a prefix; blank means any. */
public record InventoryCriteria(String product, String warehouse) implements Serializable {
}
