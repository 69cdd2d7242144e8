package com.kehu.crm.sales.dto;

import com.kehu.crm.common.dto.JobProgress;
import com.kehu.crm.sales.entity.ImportJobStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A bulk file import as the import page shows it: its progress and counts (refused rows are read separately). The
 * progress is measured in bytes of the file read: its rows are known only once it is read to its end.
 */
public record ImportJobRow(long id, String kind, String fileName, ImportJobStatus status, int totalRows,
                           int processedRows, int created, int updated, int unchanged, int failedRows,
                           String startedBy, LocalDateTime startedAt, LocalDateTime finishedAt, long fileSize,
                           long bytesRead, String encoding) implements Serializable {

    /** Percent of the file read so far, 0–100. */
    public int percent() {
        if (status == ImportJobStatus.DONE || fileSize == 0) {
            return status == ImportJobStatus.DONE ? 100 : 0;
        }
        return (int) Math.min(99, bytesRead * 100 / fileSize);
    }

    /** As the shared progress component shows it: rows read, and what became of them. */
    public JobProgress progress() {
        return new JobProgress(id, "CsvKind." + kind, fileName, status.name(), percent(), processedRows,
                status == ImportJobStatus.DONE ? Long.valueOf(totalRows) : null, "job.unit.rows", startedAt,
                finishedAt, startedBy, List.of(new JobProgress.Figure("import.figure.created", created),
                new JobProgress.Figure("import.figure.updated", updated),
                new JobProgress.Figure("import.figure.unchanged", unchanged),
                new JobProgress.Figure("import.figure.refused", failedRows)));
    }

    public boolean running() {
        return status == ImportJobStatus.RUNNING;
    }

    /** Stopped or failed part-way: the page offers to go on from the last chunk written. */
    public boolean restartable() {
        return status == ImportJobStatus.FAILED || status == ImportJobStatus.STOPPED;
    }
}
