package com.kehu.crm.sales.entity;

import com.kehu.crm.common.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One bulk file import (数据导入) and its progress. Kept in the database, not in the server's memory, so that the page
 * polling it may be served by any server of a cluster and the record of what was imported outlives a restart.
 */
@Entity
@Table(name = "SALES_IMPORT_JOB")
public class ImportJob extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The most error lines kept per import: enough to fix a file, bounded for a file that is wrong throughout. */
    public static final int MAX_ERROR_LINES = 1000;

    @Column(name = "KIND", nullable = false, length = 20, updatable = false)
    private String kind;

    @Column(name = "FILE_NAME", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private ImportJobStatus status = ImportJobStatus.RUNNING;

    @Column(name = "TOTAL_ROWS", nullable = false, updatable = false)
    private int totalRows;

    @Column(name = "PROCESSED_ROWS", nullable = false)
    private int processedRows;

    @Column(name = "CREATED_COUNT", nullable = false)
    private int createdCount;

    @Column(name = "UPDATED_COUNT", nullable = false)
    private int updatedCount;

    @Column(name = "UNCHANGED_COUNT", nullable = false)
    private int unchangedCount;

    @Column(name = "FAILED_ROWS", nullable = false)
    private int failedRows;

    /** One line per refused field: {@code row[N].field: reason}. */
    @Lob
    @Column(name = "ERRORS")
    private String errors;

    @Column(name = "ERROR_LINES", nullable = false)
    private int errorLines;

    @Column(name = "FINISHED_AT")
    private LocalDateTime finishedAt;

    protected ImportJob() {
    }

    public ImportJob(String kind, String fileName, int totalRows) {
        this.kind = kind;
        this.fileName = fileName;
        this.totalRows = totalRows;
    }

    /** Counts one written chunk and keeps its error lines, up to {@link #MAX_ERROR_LINES}. */
    public void progress(int rows, int created, int updated, int unchanged, int failed, Iterable<String> newErrors) {
        processedRows += rows;
        createdCount += created;
        updatedCount += updated;
        unchangedCount += unchanged;
        failedRows += failed;
        StringBuilder text = new StringBuilder(errors == null ? "" : errors);
        for (String line : newErrors) {
            if (errorLines >= MAX_ERROR_LINES) {
                break;
            }
            text.append(line).append('\n');
            errorLines++;
        }
        errors = text.isEmpty() ? null : text.toString();
    }

    public void finish(ImportJobStatus outcome, LocalDateTime at) {
        status = outcome;
        finishedAt = at;
    }

    public String getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportJobStatus getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }

    public int getUnchangedCount() {
        return unchangedCount;
    }

    public int getFailedRows() {
        return failedRows;
    }

    public String getErrors() {
        return errors;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }
}
