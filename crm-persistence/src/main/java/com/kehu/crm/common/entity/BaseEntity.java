package com.kehu.crm.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * What every record that users edit has: a surrogate id from one shared sequence (portable to Oracle, H2 and
 * PostgreSQL, and batch-friendly with its allocation size), an optimistic-lock version, and who created and
 * last changed it when (stamped by {@link AuditStampListener}).
 */
@MappedSuperclass
@EntityListeners(AuditStampListener.class)
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Ids below this value are reserved for reference data loaded by the migrations. */
    public static final int SEQUENCE_ALLOCATION = 50;

    @Id
    @SequenceGenerator(name = "crm_seq", sequenceName = "CRM_SEQ", allocationSize = SEQUENCE_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_seq")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", length = 50, updatable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT")
    private LocalDateTime updatedAt;

    @Column(name = "UPDATED_BY", length = 50)
    private String updatedBy;

    /** The audited fields as loaded or last written in this transaction (see AuditTrailListener); never stored. */
    @Transient
    private transient Map<String, String> auditSnapshot;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Sets the version a form was loaded with, so that the merge of a stale form fails instead of overwriting. */
    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isNew() {
        return id == null;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    Map<String, String> getAuditSnapshot() {
        return auditSnapshot;
    }

    void setAuditSnapshot(Map<String, String> snapshot) {
        auditSnapshot = snapshot;
    }

    void stampCreated(String who, LocalDateTime when) {
        createdBy = who;
        createdAt = when;
        updatedBy = who;
        updatedAt = when;
    }

    void stampUpdated(String who, LocalDateTime when) {
        updatedBy = who;
        updatedAt = when;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(getClass());
    }
}
