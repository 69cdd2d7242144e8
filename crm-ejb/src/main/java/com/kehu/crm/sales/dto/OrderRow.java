package com.kehu.crm.sales.dto;

import com.kehu.crm.sales.entity.OrderStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of a customer's order history; {@code total} is Σ quantity × unit price of its lines. */
public record OrderRow(long id, String orderNo, LocalDate orderDate, String deliveryAddress, OrderStatus status,
                       BigDecimal total) implements Serializable {

    /** The row as the query reads it; the total follows in a second, grouped query. */
    public OrderRow(long id, String orderNo, LocalDate orderDate, String deliveryAddress, OrderStatus status) {
        this(id, orderNo, orderDate, deliveryAddress, status, null);
    }

    public OrderRow withTotal(BigDecimal sum) {
        return new OrderRow(id, orderNo, orderDate, deliveryAddress, status, sum);
    }
}
