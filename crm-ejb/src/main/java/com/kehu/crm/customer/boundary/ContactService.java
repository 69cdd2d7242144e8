package com.kehu.crm.customer.boundary;

import com.kehu.crm.customer.entity.Contact;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

/** A customer's contacts (联系人). */
@Stateless
@RolesAllowed(Rights.CUSTOMER_VIEW)
public class ContactService extends CustomerRecordService<Contact> {

    public ContactService() {
        super(Contact.class);
    }

    @Override
    protected String listQuery() {
        return "SELECT c FROM Contact c WHERE c.customer.id = :id ORDER BY c.id";
    }

    @Override
    protected Contact newRecord(Customer customer, Contact form) {
        Contact contact = new Contact(customer);
        contact.copyEditableFieldsFrom(form);
        return contact;
    }

    @Override
    protected void copy(Contact form, Contact record) {
        record.copyEditableFieldsFrom(form);
    }
}
