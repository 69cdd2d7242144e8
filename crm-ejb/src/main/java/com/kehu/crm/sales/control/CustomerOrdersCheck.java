package com.kehu.crm.sales.control;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.dto.CustomerDeleting;
import com.kehu.crm.customer.entity.Customer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A customer with orders is not deleted: the orders are the sales system's and are never deleted here. Answers the
 * customer component's {@link CustomerDeleting} first of all, in its transaction.
 */
@ApplicationScoped
public class CustomerOrdersCheck {

    @PersistenceContext
    private EntityManager em;

    void deleting(@Observes @Priority(CustomerDeleting.REFUSE - 1) CustomerDeleting event) {
        Customer customer = em.getReference(Customer.class, event.customerId());
        long orders = em.createQuery("SELECT COUNT(o) FROM SalesOrder o WHERE o.customer = :customer", Long.class)
                .setParameter("customer", customer).getSingleResult();
        if (orders > 0) {
            throw new BusinessException("customer.error.hasOrders", event.customerName(), orders);
        }
    }
}
