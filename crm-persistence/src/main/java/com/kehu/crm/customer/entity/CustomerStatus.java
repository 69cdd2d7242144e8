package com.kehu.crm.customer.entity;

/** A customer is normal until the churn process confirms them lost. Names: bundle key {@code CustomerStatus.<NAME>}. */
public enum CustomerStatus {
    NORMAL,
    LOST
}
