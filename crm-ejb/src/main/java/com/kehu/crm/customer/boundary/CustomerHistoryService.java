package com.kehu.crm.customer.boundary;

import com.kehu.crm.customer.dto.HistoryRow;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A customer's history (变更历史): every change to the customer, its contacts and interactions, newest first. */
@Stateless
@RolesAllowed(Rights.CUSTOMER_VIEW)
public class CustomerHistoryService {

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public long count(long customerId) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.subjectType = :type AND a.subjectId = :id",
                        Long.class)
                .setParameter("type", Customer.AUDIT_SUBJECT).setParameter("id", customerId).getSingleResult();
    }

    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public List<HistoryRow> history(long customerId, int offset, int limit) {
        return em.createQuery("SELECT NEW com.kehu.crm.customer.dto.HistoryRow(a.changedAt, a.changedBy, a.entityType, "
                        + "a.entityId, a.action, a.field, a.oldValue, a.newValue) FROM AuditEntry a "
                        + "WHERE a.subjectType = :type AND a.subjectId = :id ORDER BY a.changedAt DESC, a.entityType, "
                        + "a.field", HistoryRow.class)
                .setParameter("type", Customer.AUDIT_SUBJECT).setParameter("id", customerId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
