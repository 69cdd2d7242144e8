package com.kehu.crm.churn.entity;

/**
 * What started a run of the churn check: the weekly timer, the catch-up at start-up after a missed week, or an
 * administrator. Names: bundle key {@code ChurnTrigger.<NAME>}.
 */
public enum ChurnTrigger {
    TIMER,
    CATCH_UP,
    MANUAL
}
