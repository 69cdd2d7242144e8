package com.kehu.crm.customer.boundary;

import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.Versions;
import com.kehu.crm.customer.control.CustomerAccess;
import com.kehu.crm.customer.entity.Contact;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A customer's contacts (联系人): everyone sees them; the customer's manager (or a supervisor) changes them. */
@Stateless
@DeclareRoles({Role.ADMIN, Role.SUPERVISOR, Role.MANAGER})
@RolesAllowed(Rights.CUSTOMER_VIEW)
public class ContactService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public List<Contact> list(long customerId) {
        return em.createQuery("SELECT c FROM Contact c WHERE c.customer.id = :id ORDER BY c.id", Contact.class)
                .setParameter("id", customerId).getResultList();
    }

    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public Contact create(long customerId, @NotNull @Valid Contact form) {
        Customer customer = customer(customerId);
        CustomerAccess.checkMayChange(caller, customer);
        Contact contact = new Contact(customer);
        contact.copyEditableFieldsFrom(form);
        em.persist(contact);
        return contact;
    }

    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public Contact update(@NotNull @Valid Contact form) {
        Contact contact = get(form.getId());
        Versions.check(contact, form.getVersion());
        CustomerAccess.checkMayChange(caller, contact.getCustomer());
        contact.copyEditableFieldsFrom(form);
        return contact;
    }

    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public void delete(long id, long version) {
        Contact contact = get(id);
        Versions.check(contact, version);
        CustomerAccess.checkMayChange(caller, contact.getCustomer());
        em.remove(contact);
    }

    private Contact get(long id) {
        Contact contact = em.find(Contact.class, id);
        if (contact == null) {
            throw new NotFoundException();
        }
        return contact;
    }

    private Customer customer(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new NotFoundException();
        }
        return customer;
    }
}
