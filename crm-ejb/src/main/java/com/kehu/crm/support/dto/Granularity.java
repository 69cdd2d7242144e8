package com.kehu.crm.support.dto;

/** The periods of the analysis. Names: bundle key {@code Granularity.<NAME>}. */
public enum Granularity {
    MONTH,
    QUARTER,
    YEAR
}
