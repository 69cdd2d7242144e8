package com.kehu.crm.support.dto;

/** What the service figures are grouped by. Names: bundle key {@code ServiceDimension.<NAME>}. */
public enum ServiceDimension {
    TYPE,
    STATUS,
    HANDLER
}
