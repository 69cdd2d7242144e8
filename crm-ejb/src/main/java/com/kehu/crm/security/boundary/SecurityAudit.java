package com.kehu.crm.security.boundary;

import com.kehu.crm.common.control.ClientAddress;
import com.kehu.crm.common.control.Conditions;
import com.kehu.crm.common.control.PagedList;
import com.kehu.crm.common.control.PagedList.Direction;
import com.kehu.crm.common.dto.SortOrder;
import com.kehu.crm.security.control.AuditChain;
import com.kehu.crm.security.dto.ChainVerification;
import com.kehu.crm.security.dto.ChainVerification.Problem;
import com.kehu.crm.security.dto.SecurityEventCriteria;
import com.kehu.crm.security.dto.SecurityEventRow;
import com.kehu.crm.security.entity.AuditChainHead;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.security.entity.SecurityEvent;
import com.kehu.crm.security.entity.SecurityEventType;
import com.kehu.crm.security.entity.SecurityOutcome;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The security audit trail (安全审计): records who did what, when, from where and with which outcome, and lets an
 * administrator read and verify it.
 * <p>
 * Writing: the {@code record…} methods append to the hash chain in the caller's transaction ({@code REQUIRED}), so
 * that the entry and the action it records commit or roll back together, and a failure to write fails the action
 * (nothing is skipped silently). A failed login is the exception: its entry is written in a transaction of its own
 * ({@code REQUIRES_NEW}), because the login's work may roll back. Appends are serialised by a lock on the chain's
 * head row (AUD_CHAIN_HEAD, {@code SELECT ... FOR UPDATE}): concurrent writers on one or several servers queue there
 * and the chain never forks. So that the lock is held briefly, callers record at the end of their work; a
 * {@code REQUIRES_NEW} entry must never be written after a {@code REQUIRED} one in the same transaction (it would
 * wait for its own caller's lock).
 * <p>
 * The recording methods are open to everyone ({@code PermitAll}): logins are recorded before the caller is known.
 * Reading and verifying need {@link Rights#ADMIN_AUDIT}.
 */
@Stateless
@PermitAll
public class SecurityAudit {

    /** The actor of work without a logged-in caller (timers). */
    public static final String SYSTEM = "system";
    private static final int VERIFY_CHUNK = 500;
    private static final Map<String, String> SORTABLE = Map.of(
            "occurredAt", "e.id",
            "actor", "e.actor",
            "type", "e.type",
            "outcome", "e.outcome",
            "clientAddress", "e.clientAddress");
    /** Unsorted: the newest events first; rows with equal values always newest first. */
    private static final PagedList LIST = PagedList.of(SORTABLE, "e.id").idAlways(Direction.DESC);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Clock clock;

    /** An action of the current caller: {@code subject} is what it acted on, {@code details} the rest. */
    @PermitAll
    public void record(SecurityEventType type, SecurityOutcome outcome, String subject, String details) {
        append(callerName(), type, outcome, subject, details);
    }

    /** A successful login of {@code username} (the caller is not known to the EJB container yet). */
    @PermitAll
    public void recordLogin(String username) {
        append(username, SecurityEventType.LOGIN, SecurityOutcome.SUCCESS, username, null);
    }

    /**
     * A refused login with the name that was tried (also a name that is no user), and, when this failure locked the
     * account, the lock: in a transaction of its own, so that it stays when the login's work rolls back.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordLoginFailure(String attemptedName, String reason, boolean lockedNow) {
        append(attemptedName, SecurityEventType.LOGIN, SecurityOutcome.FAILURE, attemptedName, reason);
        if (lockedNow) {
            append(attemptedName, SecurityEventType.LOGIN_LOCKED, SecurityOutcome.SUCCESS, attemptedName, null);
        }
    }

    /**
     * A refused action of the current caller (e.g. a wrong current password), in a transaction of its own: the
     * refusal rolls back the caller's transaction, the entry stays.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefused(SecurityEventType type, String subject, String details) {
        append(callerName(), type, SecurityOutcome.FAILURE, subject, details);
    }

    /** An export of data by the current caller: which list, which format, how many rows, with which filters. */
    @PermitAll
    public void recordExport(String list, String format, long rows, String filters) {
        append(callerName(), SecurityEventType.EXPORT, SecurityOutcome.SUCCESS, list,
                "format=" + format + "; rows=" + rows + (filters == null || filters.isBlank() ? "" : "; " + filters));
    }

    /** The security events with these filters. */
    @RolesAllowed(Rights.ADMIN_AUDIT)
    public long count(SecurityEventCriteria criteria) {
        return LIST.count(em, "SELECT COUNT(e) FROM SecurityEvent e", where(criteria));
    }

    /** One page of the security events with these filters, newest first unless sorted otherwise. */
    @RolesAllowed(Rights.ADMIN_AUDIT)
    public List<SecurityEventRow> search(SecurityEventCriteria criteria, int offset, int limit, SortOrder sort) {
        return LIST.page(em, "SELECT NEW com.kehu.crm.security.dto.SecurityEventRow(e.id, e.occurredAt, e.actor, "
                        + "e.clientAddress, e.type, e.outcome, e.subject, e.details) FROM SecurityEvent e",
                where(criteria), sort, offset, limit, SecurityEventRow.class);
    }

    private static Conditions where(SecurityEventCriteria criteria) {
        Conditions where = new Conditions();
        if (criteria != null) {
            where.add("e.occurredAt >= :from", "from",
                            criteria.getFrom() == null ? null : criteria.getFrom().atStartOfDay())
                    .add("e.occurredAt < :to", "to",
                            criteria.getTo() == null ? null : criteria.getTo().plusDays(1).atStartOfDay())
                    .equal("e.actor", "actor", criteria.getActor())
                    .equal("e.type", "type", criteria.getType())
                    .equal("e.outcome", "outcome", criteria.getOutcome())
                    .startsWith("e.clientAddress", "address", criteria.getClientAddress());
        }
        return where;
    }

    /**
     * Recomputes the whole chain from its first entry: every entry present (no gap in the positions), unchanged (its
     * hash matches its content), linked to the one before, and nothing beyond the head. Names the first entry that
     * fails. Reads in chunks, so that its memory does not grow with the trail; holds the head's lock only for the
     * final check, so that logins go on meanwhile.
     */
    @RolesAllowed(Rights.ADMIN_AUDIT)
    public ChainVerification verify() {
        LocalDateTime now = LocalDateTime.now(clock);
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.SECURITY_EVENTS);
        long lastId = head.getLastId();
        String headHash = head.getLastHash();
        String previous = AuditChainHead.GENESIS;
        long expected = 1;
        long checked = 0;
        while (expected <= lastId) {
            List<SecurityEvent> chunk = em.createQuery(
                            "SELECT e FROM SecurityEvent e WHERE e.id >= :from AND e.id <= :to ORDER BY e.id",
                            SecurityEvent.class)
                    .setParameter("from", expected).setParameter("to", lastId)
                    .setMaxResults(VERIFY_CHUNK).getResultList();
            if (chunk.isEmpty()) {
                return ChainVerification.broken(checked, lastId, headHash, expected, Problem.MISSING, now);
            }
            for (SecurityEvent entry : chunk) {
                if (entry.getId() != expected) {
                    return ChainVerification.broken(checked, lastId, headHash, expected, Problem.MISSING, now);
                }
                if (!AuditChain.hashOf(entry, entry.getPreviousHash()).equals(entry.getHash())) {
                    return ChainVerification.broken(checked, lastId, headHash, expected, Problem.EDITED, now);
                }
                if (!entry.getPreviousHash().equals(previous)) {
                    return ChainVerification.broken(checked, lastId, headHash, expected, Problem.LINK_BROKEN, now);
                }
                previous = entry.getHash();
                expected++;
                checked++;
            }
            em.clear();
        }
        if (!previous.equals(headHash)) {
            // The head names a last entry whose hash is not the last one found: the head itself was changed.
            return ChainVerification.broken(checked, lastId, headHash, lastId, Problem.LINK_BROKEN, now);
        }
        // Anything beyond the head was not appended by the application. Under the head's lock: a writer that
        // appends meanwhile moves the head first.
        AuditChainHead locked = em.find(AuditChainHead.class, AuditChainHead.SECURITY_EVENTS,
                LockModeType.PESSIMISTIC_WRITE);
        Long beyond = em.createQuery("SELECT MIN(e.id) FROM SecurityEvent e WHERE e.id > :last OR e.id < 1", Long.class)
                .setParameter("last", locked.getLastId()).getSingleResult();
        if (beyond != null) {
            return ChainVerification.broken(checked, lastId, headHash, beyond, Problem.INSERTED, now);
        }
        return ChainVerification.intact(checked, lastId, headHash, now);
    }

    private void append(String actor, SecurityEventType type, SecurityOutcome outcome, String subject, String details) {
        // The caller's pending changes first: rows are always locked before the head, never after it (a login
        // failure holds its user's row and then waits for the head; an edit of that user must not hold it the
        // other way round).
        em.flush();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.SECURITY_EVENTS,
                LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The security audit chain has no head row (migration 014 missing?)");
        }
        long id = head.getLastId() + 1;
        LocalDateTime at = AuditChain.normalise(LocalDateTime.now(clock));
        String who = AuditChain.normalise(actor, SecurityEvent.ACTOR_LENGTH);
        String from = AuditChain.normalise(address(), SecurityEvent.ADDRESS_LENGTH);
        String what = AuditChain.normalise(subject, SecurityEvent.SUBJECT_LENGTH);
        String more = AuditChain.normalise(details, SecurityEvent.DETAILS_LENGTH);
        String hash = AuditChain.hash(head.getLastHash(), id, at, who, from, type, outcome, what, more);
        em.persist(new SecurityEvent(id, at, who, from, type, outcome, what, more, head.getLastHash(), hash));
        head.advance(id, hash);
        // Written now, so that a failure fails the caller's action here and not unnoticed at commit.
        em.flush();
    }

    private String address() {
        try {
            return clientAddress.get();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private String callerName() {
        Principal principal = caller.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || "anonymous".equals(name) ? SYSTEM : name;
    }
}
