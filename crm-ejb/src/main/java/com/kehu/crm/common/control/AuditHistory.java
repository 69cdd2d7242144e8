package com.kehu.crm.common.control;

import com.kehu.crm.common.dto.HistoryRow;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The history of one subject of the audit trail (a customer with its contacts and interactions, an opportunity with
 * its plan), as its page shows it: counted once, then read a page at a time, newest change first. One query for every
 * component that keeps a history, so that all histories read alike and use the same index (subject type, subject id).
 */
public final class AuditHistory {

    private AuditHistory() {
    }

    /** How many changes the subject has. */
    public static long count(EntityManager em, String subjectType, long subjectId) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.subjectType = :type AND a.subjectId = :id",
                        Long.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getSingleResult();
    }

    /** One page of the subject's changes, newest first. */
    public static List<HistoryRow> page(EntityManager em, String subjectType, long subjectId, int offset, int limit) {
        return em.createQuery("SELECT NEW com.kehu.crm.common.dto.HistoryRow(a.changedAt, a.changedBy, a.entityType, "
                        + "a.entityId, a.action, a.field, a.oldValue, a.newValue) FROM AuditEntry a "
                        + "WHERE a.subjectType = :type AND a.subjectId = :id ORDER BY a.changedAt DESC, a.entityType, "
                        + "a.field", HistoryRow.class)
                .setParameter("type", subjectType).setParameter("id", subjectId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
