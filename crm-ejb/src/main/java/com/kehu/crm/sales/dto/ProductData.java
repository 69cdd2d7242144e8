package com.kehu.crm.sales.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A product as the sales system sends it (REST, or a row of an imported file); checked by Bean Validation. */
public record ProductData(
        @NotBlank(message = "{product.name.required}") @Size(max = 100, message = "{field.size}") String name,
        @Size(max = 100, message = "{field.size}") String model,
        @Size(max = 50, message = "{field.size}") String batch,
        @NotBlank(message = "{sales.unit.required}") @Size(max = 20, message = "{field.size}") String unit,
        @NotNull(message = "{product.price.required}") @DecimalMin(value = "0", message = "{sales.amount.negative}")
        @Digits(integer = 13, fraction = 2, message = "{sales.amount.digits}") BigDecimal price) {
}
