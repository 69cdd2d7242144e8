package com.kehu.crm.customer.boundary;

import com.kehu.crm.common.control.AuditHistory;
import com.kehu.crm.common.dto.HistoryRow;
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
        return AuditHistory.count(em, Customer.AUDIT_SUBJECT, customerId);
    }

    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public List<HistoryRow> history(long customerId, int offset, int limit) {
        return AuditHistory.page(em, Customer.AUDIT_SUBJECT, customerId, offset, limit);
    }
}
