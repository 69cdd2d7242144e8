package com.kehu.crm.churn.entity;

/** Where a run of the churn check stands. Names: bundle key {@code ChurnRunStatus.<NAME>}. */
public enum ChurnRunStatus {
    RUNNING,
    DONE,
    /** Ended by an error or by its server going down; it can be restarted from its last chunk. */
    FAILED,
    /** Stopped by an administrator; it can be restarted from its last chunk. */
    STOPPED
}
