package com.kehu.crm.sales.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/** A row of the inventory query (库存查询). */
public record InventoryRow(long id, String productName, String model, String batch, String warehouse,
                           String location, BigDecimal quantity, String unit, String memo) implements Serializable {
}
