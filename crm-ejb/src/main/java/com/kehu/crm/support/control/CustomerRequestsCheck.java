package com.kehu.crm.support.control;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.dto.CustomerDeleting;
import com.kehu.crm.customer.entity.Customer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A customer with service requests is not deleted: the requests stay for the service archive and its analysis, and
 * they name their customer. Answers the customer component's {@link CustomerDeleting}, in its transaction.
 */
@ApplicationScoped
public class CustomerRequestsCheck {

    @PersistenceContext
    private EntityManager em;

    void deleting(@Observes @Priority(CustomerDeleting.REFUSE) CustomerDeleting event) {
        // The customer is already loaded by the deletion: a reference costs no query.
        Customer customer = em.getReference(Customer.class, event.customerId());
        long requests = em.createQuery("SELECT COUNT(r) FROM ServiceRequest r WHERE r.customer = :customer", Long.class)
                .setParameter("customer", customer).getSingleResult();
        if (requests > 0) {
            throw new BusinessException("support.error.customerHasRequests", event.customerName(), requests);
        }
    }
}
