package com.kehu.crm.churn.boundary;

import com.kehu.crm.churn.entity.ChurnMeasure;
import com.kehu.crm.churn.entity.ChurnWarning;
import com.kehu.crm.customer.entity.Customer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo start's churn history (with {@code kehu.demo-data=true}): three dormant demo customers (no order in the
 * last eight months, see the demo sales) were warned, visited and confirmed lost one, two and four months ago, so that
 * the churn analysis has something to show before the first weekly check has aged into losses. They go through the
 * warning's own steps (a measure, then the confirmation) like any other. Created once, before the churn scheduler's
 * first check, which then warns the remaining dormant customers.
 */
@Singleton
@Startup
@DependsOn("DemoSales")
@PermitAll
public class DemoChurn {

    private static final Logger LOG = Logger.getLogger(DemoChurn.class.getName());
    /** Of the demo customers (ordered by id), these are dormant (every fourth, from the fourth: see DemoSales). */
    private static final int[] LOST_CUSTOMERS = {3, 7, 11};
    private static final int[] MONTHS_AGO = {1, 2, 4};
    private static final String[] REASONS = {"客户转向竞争对手采购，价格差距较大。", "客户业务调整，不再采购网络设备。",
        "客户公司搬迁至外省，由当地供应商供货。"};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void createIfEmpty() {
        if (!Boolean.getBoolean("kehu.demo-data")
                || em.createQuery("SELECT COUNT(w) FROM ChurnWarning w", Long.class).getSingleResult() > 0) {
            return;
        }
        List<Customer> customers = em.createQuery("SELECT c FROM Customer c ORDER BY c.id", Customer.class)
                .setMaxResults(LOST_CUSTOMERS[LOST_CUSTOMERS.length - 1] + 1).getResultList();
        if (customers.size() <= LOST_CUSTOMERS[LOST_CUSTOMERS.length - 1]) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < LOST_CUSTOMERS.length; i++) {
            Customer customer = customers.get(LOST_CUSTOMERS[i]);
            LocalDate lost = today.minusMonths(MONTHS_AGO[i]);
            LocalDate lastOrder = em.createQuery("SELECT MAX(o.orderDate) FROM SalesOrder o WHERE o.customer = :c",
                    LocalDate.class).setParameter("c", customer).getSingleResult();
            ChurnWarning warning = new ChurnWarning(customer, lastOrder);
            em.persist(warning);
            em.persist(new ChurnMeasure(warning, "电话回访，了解客户近期采购计划。"));
            warning.deferred();
            warning.confirmLost(REASONS[i], lost, LocalDateTime.of(lost, java.time.LocalTime.of(16, 30)));
        }
        LOG.info(() -> "Kehu CRM demo churn history created: " + LOST_CUSTOMERS.length + " customers confirmed lost.");
    }
}
