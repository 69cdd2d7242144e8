package com.kehu.crm.sales.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales order with all its lines, as the sales system sends it. {@code customerNo} is Kehu CRM's customer number;
 * {@code status} one of NEW, PAID, SHIPPED, CANCELLED. The lines replace the stored ones position by position.
 * Checked by Bean Validation; that the customer, the status and the products exist is checked when it is written.
 */
public record OrderData(
        @NotBlank(message = "{order.orderNo.required}") @Size(max = 50, message = "{field.size}") String orderNo,
        @NotBlank(message = "{order.customer.required}") @Size(max = 20, message = "{field.size}") String customerNo,
        @NotNull(message = "{order.orderDate.required}") LocalDate orderDate,
        @NotBlank(message = "{order.deliveryAddress.required}") @Size(max = 300, message = "{field.size}")
        String deliveryAddress,
        @NotBlank(message = "{order.status.required}") String status,
        @NotEmpty(message = "{sales.lines.required}") @Size(max = 1000, message = "{sales.lines.tooMany}")
        List<@NotNull(message = "{sales.product.required}") @Valid OrderLineData> lines) {
}
