package com.kehu.crm.dashboard.dto;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * How many records are in one status; for opportunities also their weighted value: Σ probability / 100, i.e. the
 * customers they are expected to bring (an opportunity records no amount, only its probability of success).
 */
public record StatusCount(String status, long count, BigDecimal weighted) implements Serializable {
}
