package com.kehu.crm.sales.dto;

import java.math.BigDecimal;

/** A product as the sales system sends it. */
public record ProductData(String name, String model, String batch, String unit, BigDecimal price) {
}
