package com.kehu.crm.churn.control;

import com.kehu.crm.churn.entity.ChurnWarning;
import com.kehu.crm.sales.dto.OrdersCounted;
import com.kehu.crm.sales.entity.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Won back (挽回): when the sales import writes a shipped or paid order newer than a customer's last order at the
 * time of the warning, the customer's open warning closes as won back, in the import's transaction (an order and the
 * warning it answers are never out of step). One query per batch of customers finds the warnings to close; each is
 * closed through the entity so that the customer's history records it.
 */
@ApplicationScoped
public class WonBack {

    /** Customers per query: Oracle takes at most 1,000 values in an IN list. */
    static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;

    void ordersCounted(@Observes OrdersCounted event) {
        List<Long> ids = new ArrayList<>(event.customerIds());
        LocalDateTime now = LocalDateTime.now(clock);
        for (int from = 0; from < ids.size(); from += BATCH) {
            em.createQuery("SELECT w FROM ChurnWarning w WHERE w.openCustomerId IN :ids AND EXISTS ("
                            + "SELECT o FROM SalesOrder o WHERE o.customer = w.customer AND o.status IN :counting "
                            + "AND (w.lastOrderDate IS NULL OR o.orderDate > w.lastOrderDate))", ChurnWarning.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .setParameter("counting", OrderStatus.COUNTING)
                    .getResultStream().forEach(w -> w.wonBack(now));
        }
    }
}
