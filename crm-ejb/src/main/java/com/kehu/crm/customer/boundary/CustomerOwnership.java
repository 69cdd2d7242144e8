package com.kehu.crm.customer.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.security.boundary.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The ownership rule of customers: everyone with the right sees every customer; a manager changes only customers
 * whose manager they are (their contacts, interactions and documents too, and their churn warnings); supervisors and
 * administrators change all. A boundary of its own so that other components (churn) apply the same rule without
 * knowing how it is decided. It only answers for the caller, so anyone may ask.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CustomerOwnership {

    @EJB
    private CurrentUser currentUser;

    /** Whether the caller may change {@code customer} (its manager must be loaded). */
    @PermitAll
    public boolean mayChange(Customer customer) {
        return currentUser.actsOnAll() || customer.getManager().getUsername().equals(currentUser.login());
    }

    /** Refuses a manager who is not the customer's manager. */
    @PermitAll
    public void checkMayChange(Customer customer) {
        if (!mayChange(customer)) {
            throw new BusinessException("customer.error.notYourCustomer", customer.getName());
        }
    }
}
