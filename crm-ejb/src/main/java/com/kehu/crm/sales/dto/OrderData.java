package com.kehu.crm.sales.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * A sales order with all its lines, as the sales system sends it. {@code customerNo} is Kehu CRM's customer number;
 * {@code status} one of NEW, PAID, SHIPPED, CANCELLED. The lines replace the stored ones position by position.
 */
public record OrderData(String orderNo, String customerNo, LocalDate orderDate, String deliveryAddress, String status,
                        List<OrderLineData> lines) {
}
