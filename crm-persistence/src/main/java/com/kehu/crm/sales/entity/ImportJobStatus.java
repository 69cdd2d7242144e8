package com.kehu.crm.sales.entity;

/** Where a bulk file import stands. Names: bundle key {@code ImportJobStatus.<NAME>}. */
public enum ImportJobStatus {
    /** Rows are being written, chunk by chunk. */
    RUNNING,
    /** Every row was read; bad rows, if any, are listed with their row numbers. */
    DONE,
    /**
     * Stopped by an error or by the server going down; the rows of every finished chunk stay, and a restart goes on
     * from the last chunk written.
     */
    FAILED,
    /** Stopped by the user; it can be restarted from the last chunk written. */
    STOPPED
}
