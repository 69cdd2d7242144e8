package com.kehu.crm.dashboard.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** Revenue of one month: Σ quantity × unit price of the order lines of paid and shipped orders. */
public record MonthAmount(YearMonth month, BigDecimal amount, long orders) implements Serializable {
}
