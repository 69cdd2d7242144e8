package com.kehu.crm.sales.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/** One line of an order as shown: the product, quantity, unit, unit price and quantity × unit price. */
public record OrderLineRow(int lineNo, String productName, String model, BigDecimal quantity, String unit,
                           BigDecimal unitPrice, BigDecimal lineTotal) implements Serializable {
}
