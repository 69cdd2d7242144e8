package com.kehu.crm.sales.dto;

import java.io.Serializable;
import java.util.List;

/** What one chunk of a bulk file did: its counts, how many rows it refused, and why. */
public record CsvChunkResult(CsvImportResult counts, long failedRows, List<FieldError> errors) implements Serializable {
}
