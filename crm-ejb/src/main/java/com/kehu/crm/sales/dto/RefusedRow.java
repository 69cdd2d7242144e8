package com.kehu.crm.sales.dto;

import java.io.Serializable;

/** One refused field of an import, as the page lists it: row number, field, value found, reason. */
public record RefusedRow(long row, String field, String value, String reason) implements Serializable {
}
