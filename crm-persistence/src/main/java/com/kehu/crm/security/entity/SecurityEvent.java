package com.kehu.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One entry of the security audit trail (AUD_SECURITY_EVENT): who did what, when, from which client address, to
 * what, with which outcome. Entries are only ever inserted (on PostgreSQL and Oracle the application's database user
 * may not update or delete them) and each carries the SHA-256 hash of its content chained to the previous entry's
 * hash, so that an edited, deleted or inserted row breaks the chain (see {@code SecurityAudit#verify}).
 * <p>
 * The id is the entry's position in the chain (1, 2, 3 ...), taken from {@link AuditChainHead} under a lock, not from
 * a sequence: a gap is itself a sign of a deleted row. No {@code @Version}: an entry never changes.
 */
@Entity
@Table(name = "AUD_SECURITY_EVENT")
public class SecurityEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ACTOR_LENGTH = 100;
    public static final int ADDRESS_LENGTH = 45;
    public static final int SUBJECT_LENGTH = 200;
    public static final int DETAILS_LENGTH = 1000;

    @Id
    @Column(name = "ID")
    private long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "ACTOR", length = ACTOR_LENGTH, updatable = false)
    private String actor;

    @Column(name = "CLIENT_ADDRESS", length = ADDRESS_LENGTH, updatable = false)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "EVENT_TYPE", nullable = false, length = 30, updatable = false)
    private SecurityEventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, length = 10, updatable = false)
    private SecurityOutcome outcome;

    @Column(name = "SUBJECT", length = SUBJECT_LENGTH, updatable = false)
    private String subject;

    @Column(name = "DETAILS", length = DETAILS_LENGTH, updatable = false)
    private String details;

    @Column(name = "PREV_HASH", nullable = false, length = 64, updatable = false)
    private String previousHash;

    @Column(name = "ENTRY_HASH", nullable = false, length = 64, updatable = false)
    private String hash;

    protected SecurityEvent() {
    }

    /** An entry at position {@code id} of the chain; its hash is set by the writer, which knows the previous one. */
    public SecurityEvent(long id, LocalDateTime occurredAt, String actor, String clientAddress, SecurityEventType type,
                         SecurityOutcome outcome, String subject, String details, String previousHash, String hash) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.clientAddress = clientAddress;
        this.type = type;
        this.outcome = outcome;
        this.subject = subject;
        this.details = details;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public SecurityEventType getType() {
        return type;
    }

    public SecurityOutcome getOutcome() {
        return outcome;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
