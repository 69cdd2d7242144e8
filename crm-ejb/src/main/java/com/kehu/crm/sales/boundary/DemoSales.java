package com.kehu.crm.sales.boundary;

import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.sales.entity.Inventory;
import com.kehu.crm.sales.entity.OrderStatus;
import com.kehu.crm.sales.entity.Product;
import com.kehu.crm.sales.entity.SalesOrder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo start's sales-system data (with {@code kehu.demo-data=true}): a dozen products, their stock in three
 * warehouses, and for the demo customers orders over the last two years in every status. Every fourth customer
 * ordered nothing in the last eight months (material for the churn warnings). Created once.
 */
@Singleton
@Startup
@DependsOn("DemoCustomers")
@PermitAll
public class DemoSales {

    private static final int DEMO_CUSTOMERS = 36;

    private static final Logger LOG = Logger.getLogger(DemoSales.class.getName());

    /** Name, model, batch, unit, price. */
    private static final String[][] PRODUCTS = {
            {"工业路由器", "KR-2100", "B2025-01", "台", "3280.00"},
            {"千兆交换机", "KS-4824G", "B2025-02", "台", "1650.00"},
            {"光纤收发器", "KF-100S", "B2024-11", "对", "240.00"},
            {"不间断电源", "UPS-3KVA", "B2025-03", "台", "4580.00"},
            {"服务器机柜", "CAB-42U", "B2024-09", "个", "2360.00"},
            {"超五类网线", "CAT5E-305", "B2025-04", "箱", "420.00"},
            {"无线接入点", "KAP-650", "B2025-05", "个", "890.00"},
            {"视频监控摄像机", "KC-4MP", "B2025-01", "台", "760.00"},
            {"硬盘录像机", "KNVR-16", "B2024-12", "台", "1980.00"},
            {"防火墙", "KFW-500", "B2025-06", "台", "8800.00"},
            {"配线架", "PP-24", "B2024-08", "个", "160.00"},
            {"光纤跳线", "FJ-3M", "B2025-02", "根", "18.50"}};

    private static final String[] WAREHOUSES = {"北京仓", "上海仓", "广州仓"};
    private static final OrderStatus[] STATUSES = {OrderStatus.SHIPPED, OrderStatus.PAID, OrderStatus.SHIPPED,
            OrderStatus.NEW, OrderStatus.SHIPPED, OrderStatus.CANCELLED, OrderStatus.PAID};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @PostConstruct
    void createIfEmpty() {
        if (!Boolean.getBoolean("kehu.demo-data")
                || em.createQuery("SELECT COUNT(p) FROM Product p", Long.class).getSingleResult() > 0) {
            return;
        }
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS.length; i++) {
            String[] p = PRODUCTS[i];
            Product product = new Product(String.format("P%04d", i + 1));
            product.update(p[0], p[1], p[2], p[3], new BigDecimal(p[4]));
            em.persist(product);
            products.add(product);
            for (int w = 0; w < 1 + i % WAREHOUSES.length; w++) {
                Inventory inventory = new Inventory(String.format("S%04d-%d", i + 1, w + 1));
                inventory.update(product, WAREHOUSES[w], String.format("%c-%02d-%02d", 'A' + w, 1 + i, 1 + w),
                        BigDecimal.valueOf(20L + (i * 37L + w * 11L) % 180), w == 0 ? null : "调拨补货");
                em.persist(inventory);
            }
        }
        // Only the demo customers (the first ones), never a whole table that a scale test filled.
        List<Customer> customers = em.createQuery("SELECT c FROM Customer c ORDER BY c.id", Customer.class)
                .setMaxResults(DEMO_CUSTOMERS).getResultList();
        LocalDate today = LocalDate.now(clock);
        int orders = 0;
        for (int c = 0; c < customers.size(); c++) {
            Customer customer = customers.get(c);
            boolean dormant = c % 4 == 3;
            int count = 2 + c % 5;
            for (int o = 0; o < count; o++) {
                // Spread over two years; the dormant customers' last order is at least eight months old.
                long daysAgo = dormant ? 240 + o * 70L + c % 30 : 10 + o * (700L / count) + c % 20;
                SalesOrder order = new SalesOrder(String.format("SO%04d-%02d", c + 1, o + 1));
                LocalDate date = today.minusDays(daysAgo);
                order.update(String.format("XS%s%04d", date.toString().replace("-", ""), c * 10 + o), customer, date,
                        customer.getAddress(), STATUSES[(c + o) % STATUSES.length]);
                for (int l = 0; l < 1 + (c + o) % 4; l++) {
                    Product product = products.get((c * 3 + o * 5 + l * 7) % products.size());
                    order.putLine(l + 1, product, BigDecimal.valueOf(1L + (c + l * 3L + o) % 12), product.getUnit(),
                            product.getPrice());
                }
                em.persist(order);
                orders++;
            }
        }
        int created = orders;
        LOG.info(() -> "Kehu CRM demo sales data created: " + PRODUCTS.length + " products, " + created + " orders.");
    }
}
