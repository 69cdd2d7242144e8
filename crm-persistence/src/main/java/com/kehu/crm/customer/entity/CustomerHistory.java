package com.kehu.crm.customer.entity;

import com.kehu.crm.common.entity.Audited;

/**
 * An audited record whose changes belong in its customer's history tab: contacts, interactions, documents, service
 * requests, churn warnings and their measures. Says once which subject their audit entries are filed under.
 */
public interface CustomerHistory extends Audited {

    /** The customer whose history shows this record's changes. */
    Customer historyCustomer();

    @Override
    default String auditSubjectType() {
        return Customer.AUDIT_SUBJECT;
    }

    @Override
    default Long auditSubjectId() {
        return historyCustomer().getId();
    }
}
