package com.kehu.crm.sales.dto;

import java.io.Serializable;
import java.util.List;

/**
 * One refused field of a row of an imported file: the file's line (the header is line 1), the field (a column name
 * of {@link CsvKind}, or empty when the whole row is refused), the value found, the reason in the importing user's
 * language, and the row's values in the kind's column order (for the download of the bad rows).
 */
public record Refusal(long line, String field, String value, String reason, List<String> row) implements Serializable {
}
