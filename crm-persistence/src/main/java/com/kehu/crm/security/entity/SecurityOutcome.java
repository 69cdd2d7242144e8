package com.kehu.crm.security.entity;

/** Whether the recorded action succeeded or was refused. */
public enum SecurityOutcome {
    SUCCESS,
    FAILURE
}
