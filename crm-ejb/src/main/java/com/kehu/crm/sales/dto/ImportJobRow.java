package com.kehu.crm.sales.dto;

import com.kehu.crm.sales.entity.ImportJobStatus;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A bulk file import as the import page shows it: its progress and counts (errors are read separately). */
public record ImportJobRow(long id, String kind, String fileName, ImportJobStatus status, int totalRows,
                           int processedRows, int created, int updated, int unchanged, int failedRows,
                           String startedBy, LocalDateTime startedAt, LocalDateTime finishedAt) implements Serializable {

    /** Percent of the file's rows read so far, 0–100. */
    public int percent() {
        return totalRows == 0 ? 100 : (int) Math.min(100, processedRows * 100L / totalRows);
    }

    public boolean running() {
        return status == ImportJobStatus.RUNNING;
    }
}
