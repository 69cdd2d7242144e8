package com.kehu.crm.churn.entity;

/** Where a run of the churn check stands. Names: bundle key {@code ChurnRunStatus.<NAME>}. */
public enum ChurnRunStatus {
    RUNNING,
    DONE,
    FAILED
}
