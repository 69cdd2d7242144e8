package com.kehu.crm.churn.control;

import com.kehu.crm.customer.dto.CustomerDeleting;
import com.kehu.crm.customer.entity.Customer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The churn warnings of a deleted customer, and their measures, go with it: they belong only to it (a customer who
 * ordered cannot be deleted, so these are warnings of one who never did). Answers the customer component's
 * {@link CustomerDeleting} in its transaction, after every check that may refuse it; measures first, as they refer to
 * their warning.
 */
@ApplicationScoped
public class CustomerWarningsCleanup {

    @PersistenceContext
    private EntityManager em;

    void deleting(@Observes @Priority(CustomerDeleting.DELETE) CustomerDeleting event) {
        // The customer is already loaded by the deletion: a reference costs no query.
        Customer customer = em.getReference(Customer.class, event.customerId());
        em.createQuery("DELETE FROM ChurnMeasure m WHERE m.warning IN "
                + "(SELECT w FROM ChurnWarning w WHERE w.customer = :customer)").setParameter("customer", customer)
                .executeUpdate();
        em.createQuery("DELETE FROM ChurnWarning w WHERE w.customer = :customer").setParameter("customer", customer)
                .executeUpdate();
    }
}
