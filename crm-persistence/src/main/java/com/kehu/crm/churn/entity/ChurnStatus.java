package com.kehu.crm.churn.entity;

/**
 * Where a churn warning stands. Open: {@link #WARNING} (just raised) and {@link #DEFERRING} (measures recorded);
 * closed for good: {@link #LOST} (confirmed by the manager) and {@link #WON_BACK} (the customer ordered again).
 * Names: bundle key {@code ChurnStatus.<NAME>}.
 */
public enum ChurnStatus {
    WARNING,
    DEFERRING,
    LOST,
    WON_BACK;

    public boolean isOpen() {
        return this == WARNING || this == DEFERRING;
    }
}
