package com.kehu.crm.sales.entity;

/** Where a bulk file import stands. */
public enum ImportJobStatus {
    /** Rows are being written, chunk by chunk. */
    RUNNING,
    /** Every row was read; bad rows, if any, are listed with their row numbers. */
    DONE,
    /** Stopped by an unexpected error (the server log has it); rows written so far stay, the file can be re-run. */
    FAILED
}
