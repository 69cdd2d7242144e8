package com.kehu.crm.sales.dto;

import java.io.Serializable;

/** One refused input field of an import message, e.g. {@code lines[0].quantity}, with the reason. */
public record FieldError(String field, String message) implements Serializable {

    /** The row of a bulk file this error names ({@code row[N]} or {@code row[N].field}), or 0 for none. */
    public int row() {
        if (field == null || !field.startsWith("row[")) {
            return 0;
        }
        int end = field.indexOf(']');
        try {
            return end < 0 ? 0 : Integer.parseInt(field.substring("row[".length(), end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** As the import page and the job's error list show it: {@code row[3].price: must not be negative}. */
    @Override
    public String toString() {
        return (field == null || field.isEmpty() ? "" : field + ": ") + message;
    }
}
