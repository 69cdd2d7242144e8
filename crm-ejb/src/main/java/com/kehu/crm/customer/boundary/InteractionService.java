package com.kehu.crm.customer.boundary;

import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.Interaction;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

/** A customer's interaction records (交往记录), newest first. */
@Stateless
@RolesAllowed(Rights.CUSTOMER_VIEW)
public class InteractionService extends CustomerRecordService<Interaction> {

    public InteractionService() {
        super(Interaction.class);
    }

    @Override
    protected String listQuery() {
        return "SELECT i FROM Interaction i WHERE i.customer.id = :id ORDER BY i.date DESC, i.id DESC";
    }

    @Override
    protected Interaction newRecord(Customer customer, Interaction form) {
        Interaction interaction = new Interaction(customer);
        interaction.copyEditableFieldsFrom(form);
        return interaction;
    }

    @Override
    protected void copy(Interaction form, Interaction record) {
        record.copyEditableFieldsFrom(form);
    }
}
