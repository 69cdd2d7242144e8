package com.kehu.crm.sales.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** An order with its lines and its total (Σ line totals). */
public record OrderDetail(OrderRow order, List<OrderLineRow> lines, BigDecimal total) implements Serializable {
}
