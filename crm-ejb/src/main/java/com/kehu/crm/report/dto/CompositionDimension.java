package com.kehu.crm.report.dto;

/**
 * What the composition report groups customers by. Names: bundle key {@code CompositionDimension.<NAME>}; the
 * customer list's URL parameter that filters to one group is {@link #param()}.
 */
public enum CompositionDimension {
    LEVEL("level"),
    CREDIT("credit"),
    SATISFACTION("satisfaction"),
    REGION("region"),
    MANAGER("manager");

    private final String param;

    CompositionDimension(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }
}
