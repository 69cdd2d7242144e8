package com.kehu.crm.customer.boundary;

import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.control.Versions;
import com.kehu.crm.customer.control.CustomerAccess;
import com.kehu.crm.customer.entity.Interaction;
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

/** A customer's interaction records (交往记录), newest first: everyone sees them; the customer's manager (or a supervisor) changes them. */
@Stateless
@DeclareRoles({Role.ADMIN, Role.SUPERVISOR, Role.MANAGER})
@RolesAllowed(Rights.CUSTOMER_VIEW)
public class InteractionService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @RolesAllowed(Rights.CUSTOMER_VIEW)
    public List<Interaction> list(long customerId) {
        return em.createQuery("SELECT i FROM Interaction i WHERE i.customer.id = :id ORDER BY i.date DESC, i.id DESC", Interaction.class)
                .setParameter("id", customerId).getResultList();
    }

    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public Interaction create(long customerId, @NotNull @Valid Interaction form) {
        Customer customer = customer(customerId);
        CustomerAccess.checkMayChange(caller, customer);
        Interaction interaction = new Interaction(customer);
        interaction.copyEditableFieldsFrom(form);
        em.persist(interaction);
        return interaction;
    }

    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public Interaction update(@NotNull @Valid Interaction form) {
        Interaction interaction = get(form.getId());
        Versions.check(interaction, form.getVersion());
        CustomerAccess.checkMayChange(caller, interaction.getCustomer());
        interaction.copyEditableFieldsFrom(form);
        return interaction;
    }

    @RolesAllowed(Rights.CUSTOMER_EDIT)
    public void delete(long id, long version) {
        Interaction interaction = get(id);
        Versions.check(interaction, version);
        CustomerAccess.checkMayChange(caller, interaction.getCustomer());
        em.remove(interaction);
    }

    private Interaction get(long id) {
        Interaction interaction = em.find(Interaction.class, id);
        if (interaction == null) {
            throw new NotFoundException();
        }
        return interaction;
    }

    private Customer customer(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new NotFoundException();
        }
        return customer;
    }
}
