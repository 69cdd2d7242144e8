package com.kehu.crm.sales.dto;

import java.math.BigDecimal;

/** One order line as the sales system sends it; {@code productId} is the sales system's product id. */
public record OrderLineData(String productId, BigDecimal quantity, String unit, BigDecimal unitPrice) {
}
