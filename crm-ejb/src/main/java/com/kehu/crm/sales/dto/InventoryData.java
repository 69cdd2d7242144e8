package com.kehu.crm.sales.dto;

import java.math.BigDecimal;

/** A stock record as the sales system sends it; {@code productId} is the sales system's product id. */
public record InventoryData(String productId, String warehouse, String location, BigDecimal quantity, String memo) {
}
