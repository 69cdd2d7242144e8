package com.kehu.crm.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the audit trail, read-only: written only by {@link AuditTrailListener}. */
@Entity
@Table(name = "AUD_ENTRY")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CHANGED_AT", nullable = false, updatable = false)
    private LocalDateTime changedAt;

    @Column(name = "CHANGED_BY", length = 50, updatable = false)
    private String changedBy;

    @Column(name = "SUBJECT_TYPE", nullable = false, length = 30, updatable = false)
    private String subjectType;

    @Column(name = "SUBJECT_ID", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "ENTITY_TYPE", nullable = false, length = 30, updatable = false)
    private String entityType;

    @Column(name = "ENTITY_ID", nullable = false, updatable = false)
    private long entityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION_TYPE", nullable = false, length = 10, updatable = false)
    private AuditAction action;

    @Column(name = "FIELD_NAME", length = 50, updatable = false)
    private String field;

    @Column(name = "OLD_VALUE", length = 1000, updatable = false)
    private String oldValue;

    @Column(name = "NEW_VALUE", length = 1000, updatable = false)
    private String newValue;

    protected AuditEntry() {
    }

    public String getId() {
        return id;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
