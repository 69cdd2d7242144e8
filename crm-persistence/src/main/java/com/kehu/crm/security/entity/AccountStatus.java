package com.kehu.crm.security.entity;

/** Whether a user may log in at all. Kept as text: the realm's SQL reads it on every database the same way. */
public enum AccountStatus {
    ACTIVE,
    DISABLED
}
