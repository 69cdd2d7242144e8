package com.kehu.crm.customer.entity;

/** A contact's sex, as Chinese business cards and forms ask. Names: bundle key {@code Sex.<NAME>}. */
public enum Sex {
    MALE,
    FEMALE
}
