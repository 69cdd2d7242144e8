package com.kehu.crm.customer.boundary;

import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.Versions;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.CustomerRecord;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The records a customer's page edits in a dialog (contacts, interactions): everyone with the right sees them; the
 * customer's manager (or a supervisor) changes them. Subclasses say how to list, create and copy their kind.
 *
 * @param <T> the kind of record
 */
public abstract class CustomerRecordService<T extends CustomerRecord> {

    @PersistenceContext
    protected EntityManager em;

    @EJB
    private CustomerOwnership ownership;

    private final Class<T> type;

    protected CustomerRecordService(Class<T> type) {
        this.type = type;
    }

    /** JPQL selecting the records of the customer {@code :id}, in display order. */
    protected abstract String listQuery();

    /** A new record of {@code customer} with the fields of {@code form}. */
    protected abstract T newRecord(Customer customer, T form);

    /** Copies the fields users edit from {@code form} to {@code record}. */
    protected abstract void copy(T form, T record);

    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public List<T> list(long customerId) {
        return em.createQuery(listQuery(), type).setParameter("id", customerId).getResultList();
    }

    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public T create(long customerId, @NotNull @Valid T form) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new NotFoundException();
        }
        ownership.checkMayChange(customer);
        T record = newRecord(customer, form);
        em.persist(record);
        return record;
    }

    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public T update(@NotNull @Valid T form) {
        T record = get(form.getId());
        Versions.check(record, form.getVersion());
        ownership.checkMayChange(record.getCustomer());
        copy(form, record);
        return record;
    }

    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public void delete(long id, long version) {
        T record = get(id);
        Versions.check(record, version);
        ownership.checkMayChange(record.getCustomer());
        em.remove(record);
    }

    private T get(long id) {
        T record = em.find(type, id);
        if (record == null) {
            throw new NotFoundException();
        }
        return record;
    }
}
