package com.kehu.crm.customer.control;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.security.entity.Role;
import jakarta.ejb.EJBContext;

/**
 * The ownership rule of customers: everyone with the right sees every customer; a manager changes only customers
 * whose manager they are (their contacts, interactions and documents too); supervisors and administrators change all.
 */
public final class CustomerAccess {

    private CustomerAccess() {
    }

    public static boolean mayChangeAll(EJBContext caller) {
        return caller.isCallerInRole(Role.SUPERVISOR) || caller.isCallerInRole(Role.ADMIN);
    }

    public static boolean mayChange(EJBContext caller, Customer customer) {
        return mayChangeAll(caller) || customer.getManager().getUsername().equals(caller.getCallerPrincipal().getName());
    }

    /** Refuses a manager who is not the customer's manager. */
    public static void checkMayChange(EJBContext caller, Customer customer) {
        if (!mayChange(caller, customer)) {
            throw new BusinessException("customer.error.notYourCustomer", customer.getName());
        }
    }
}
