package com.kehu.crm.common.dto;

import java.io.Serializable;

/** How a list page wants its rows sorted: a field name the service knows, and a direction. */
public record SortOrder(String field, boolean ascending) implements Serializable {

    public static SortOrder asc(String field) {
        return new SortOrder(field, true);
    }
}
