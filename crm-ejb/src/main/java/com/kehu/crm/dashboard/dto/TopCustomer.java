package com.kehu.crm.dashboard.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/** A customer and its revenue over the twelve months of the key figures. */
public record TopCustomer(long customerId, String customerNo, String name, BigDecimal amount) implements Serializable {
}
