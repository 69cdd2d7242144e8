package com.kehu.crm.opportunity.control;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.dto.CustomerDeleting;
import com.kehu.crm.customer.entity.Customer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A customer that a succeeded opportunity created is not deleted: the opportunity records what it became. Answers the
 * customer component's {@link CustomerDeleting}, in its transaction, just after the check of service requests, so that
 * a customer with both is refused for its requests.
 */
@ApplicationScoped
public class CustomerOriginCheck {

    @PersistenceContext
    private EntityManager em;

    void deleting(@Observes @Priority(CustomerDeleting.REFUSE + 1) CustomerDeleting event) {
        // The customer is already loaded by the deletion: a reference costs no query.
        Customer customer = em.getReference(Customer.class, event.customerId());
        List<String> opportunities = em.createQuery("SELECT o.opportunityNo FROM Opportunity o WHERE o.customer = "
                + ":customer", String.class).setParameter("customer", customer).setMaxResults(1).getResultList();
        if (!opportunities.isEmpty()) {
            throw new BusinessException("customer.error.fromOpportunity", event.customerName(), opportunities.get(0));
        }
    }
}
