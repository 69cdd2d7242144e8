package com.kehu.crm.sales.dto;

import java.io.Serializable;
import java.util.List;

/** What writing some rows of a file did: rows read, records created, updated, unchanged, rows refused and why. */
public record RowsWritten(int rows, int created, int updated, int unchanged, int refusedRows, List<Refusal> refusals)
        implements Serializable {
}
