package com.kehu.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The end of the security audit chain (AUD_CHAIN_HEAD, one row): the last entry's position and hash. Every writer
 * locks this row (PESSIMISTIC_WRITE, i.e. SELECT ... FOR UPDATE) in its transaction before appending, so that
 * concurrent writers, on one server or on several, append one after the other and never fork the chain. The lock is
 * the serialisation, hence no {@code @Version}.
 */
@Entity
@Table(name = "AUD_CHAIN_HEAD")
public class AuditChainHead implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The id of the only row. */
    public static final long SECURITY_EVENTS = 1L;

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @Column(name = "ID")
    private long id;

    @Column(name = "LAST_ID", nullable = false)
    private long lastId;

    @Column(name = "LAST_HASH", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    public long getLastId() {
        return lastId;
    }

    public String getLastHash() {
        return lastHash;
    }

    /** Moves the head onto the entry just appended. */
    public void advance(long id, String hash) {
        if (id != lastId + 1) {
            throw new IllegalArgumentException("entry " + id + " does not follow " + lastId);
        }
        this.lastId = id;
        this.lastHash = hash;
    }
}
