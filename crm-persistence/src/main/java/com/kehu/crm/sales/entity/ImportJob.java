package com.kehu.crm.sales.entity;

import com.kehu.crm.common.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Column(name = "KIND", nullable = false, length = 20, updatable = false)
    private String kind;

    @Column(name = "FILE_NAME", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private ImportJobStatus status = ImportJobStatus.RUNNING;

    @Column(name = "TOTAL_ROWS", nullable = false)
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

    /** The uploaded file's size in bytes, and how far the job has read it (the progress bar's measure). */
    @Column(name = "FILE_SIZE", nullable = false, updatable = false)
    private long fileSize;

    @Column(name = "BYTES_READ", nullable = false)
    private long bytesRead;

    /** The encoding the file was read in, as detected (UTF-8, GB18030), or XLSX. */
    @Column(name = "ENCODING", length = 20)
    private String encoding;

    /** The language of the refusal reasons: the one of the user who started the import. */
    @Column(name = "LOCALE", length = 20, updatable = false)
    private String locale;

    /** The Jakarta Batch execution writing the file (the latest, after a restart) and the server running it. */
    @Column(name = "JOB_EXECUTION_ID")
    private Long jobExecutionId;

    @Column(name = "RUN_NODE", length = 100)
    private String runNode;

    @Column(name = "FINISHED_AT")
    private LocalDateTime finishedAt;

    protected ImportJob() {
    }

    /** A new import of a file of {@code fileSize} bytes; its rows are counted as the job reads them. */
    public ImportJob(String kind, String fileName, long fileSize, String locale) {
        this.kind = kind;
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.locale = locale;
    }

    /**
     * Counts one written chunk, in the chunk's own transaction (with the job's checkpoint: a chunk is counted once,
     * also after a restart).
     */
    public void progress(int rows, int created, int updated, int unchanged, int failed, long bytesReadSoFar) {
        processedRows += rows;
        totalRows = Math.max(totalRows, processedRows);
        createdCount += created;
        updatedCount += updated;
        unchangedCount += unchanged;
        failedRows += failed;
        bytesRead = Math.max(bytesRead, bytesReadSoFar);
    }

    /** The job (re)started on {@code node} as execution {@code executionId}. */
    public void running(long executionId, String node) {
        status = ImportJobStatus.RUNNING;
        jobExecutionId = executionId;
        runNode = node;
        finishedAt = null;
    }

    public void readAs(String detectedEncoding) {
        encoding = detectedEncoding;
    }

    public void finish(ImportJobStatus outcome, LocalDateTime at) {
        status = outcome;
        finishedAt = at;
        if (outcome == ImportJobStatus.DONE) {
            bytesRead = fileSize;
        }
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

    public long getFileSize() {
        return fileSize;
    }

    public long getBytesRead() {
        return bytesRead;
    }

    public String getEncoding() {
        return encoding;
    }

    public String getLocale() {
        return locale;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public String getRunNode() {
        return runNode;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }
}
