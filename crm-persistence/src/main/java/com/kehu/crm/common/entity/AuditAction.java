package com.kehu.crm.common.entity;

/** What happened to a record in the audit trail. Names: bundle key {@code AuditAction.<NAME>}. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
