package com.kehu.crm.sales.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One order line as the sales system sends it; {@code productId} is the sales system's product id. */
public record OrderLineData(
        @NotBlank(message = "{sales.product.required}") @Size(max = 50, message = "{field.size}") String productId,
        @NotNull(message = "{sales.quantity.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{sales.quantity.positive}")
        @Digits(integer = 12, fraction = 3, message = "{sales.quantity.digits}") BigDecimal quantity,
        @NotBlank(message = "{sales.unit.required}") @Size(max = 20, message = "{field.size}") String unit,
        @NotNull(message = "{orderLine.unitPrice.required}") @DecimalMin(value = "0", message = "{sales.amount.negative}")
        @Digits(integer = 13, fraction = 2, message = "{sales.amount.digits}") BigDecimal unitPrice) {
}
