package com.kehu.crm.sales.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A stock record as the sales system sends it; {@code productId} is the sales system's product id. Checked by Bean
 * Validation; that the product exists is checked when it is written.
 */
public record InventoryData(
        @NotBlank(message = "{sales.product.required}") @Size(max = 50, message = "{field.size}") String productId,
        @NotBlank(message = "{inventory.warehouse.required}") @Size(max = 100, message = "{field.size}") String warehouse,
        @Size(max = 100, message = "{field.size}") String location,
        @NotNull(message = "{sales.quantity.required}") @DecimalMin(value = "0", message = "{sales.amount.negative}")
        @Digits(integer = 12, fraction = 3, message = "{sales.quantity.digits}") BigDecimal quantity,
        @Size(max = 500, message = "{field.size}") String memo) {
}
