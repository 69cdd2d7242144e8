package com.kehu.crm.customer.entity;

import com.kehu.crm.common.entity.AuditTrailListener;
import com.kehu.crm.common.entity.BaseEntity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A record that belongs to one customer (contact, interaction, document): who may change it follows from its
 * customer, and its changes appear in that customer's history.
 */
@MappedSuperclass
@EntityListeners(AuditTrailListener.class)
public abstract class CustomerRecord extends BaseEntity implements CustomerHistory {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false, updatable = false)
    private Customer customer;

    protected CustomerRecord() {
    }

    protected CustomerRecord(Customer customer) {
        this.customer = customer;
    }

    public Customer getCustomer() {
        return customer;
    }

    @Override
    public Customer historyCustomer() {
        return customer;
    }

    /** Blank text is no text. */
    protected static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
