package com.kehu.crm.sales.boundary;

import com.kehu.crm.common.control.Conditions;
import com.kehu.crm.common.control.PagedList;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.dto.SortOrder;
import com.kehu.crm.sales.dto.InventoryCriteria;
import com.kehu.crm.sales.dto.InventoryRow;
import com.kehu.crm.sales.dto.OrderDetail;
import com.kehu.crm.sales.dto.OrderLineRow;
import com.kehu.crm.sales.dto.OrderRow;
import com.kehu.crm.sales.dto.ProductCriteria;
import com.kehu.crm.sales.dto.ProductRow;
import com.kehu.crm.sales.entity.OrderStatus;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only queries over the sales system's data: a customer's order history (paid and shipped orders only, newest
 * first) with the lines and totals of an order, and the product and inventory queries. Paged in the database.
 */
@Stateless
@RolesAllowed(Rights.SALES_VIEW)
public class SalesService {

    private static final Map<String, String> PRODUCT_SORT = Map.of("name", "p.name", "model", "p.model",
            "batch", "p.batch", "price", "p.price", "unit", "p.unit");
    private static final Map<String, String> INVENTORY_SORT = Map.of("productName", "p.name",
            "warehouse", "i.warehouse", "location", "i.location", "quantity", "i.quantity");
    /** Unsorted by name (products) or warehouse (stock), ascending; the id after the column, in its direction. */
    private static final PagedList PRODUCTS = PagedList.of(PRODUCT_SORT, "p.id").unsortedAscending("p.name");
    private static final PagedList INVENTORY = PagedList.of(INVENTORY_SORT, "i.id").unsortedAscending("i.warehouse");

    @PersistenceContext
    private EntityManager em;

    /** How many paid or shipped orders the customer has. */
    @RolesAllowed(Rights.SALES_VIEW)
    public long countOrderHistory(long customerId) {
        return em.createQuery("SELECT COUNT(o) FROM SalesOrder o WHERE o.customer.id = :customer "
                        + "AND o.status IN :statuses", Long.class)
                .setParameter("customer", customerId).setParameter("statuses", OrderStatus.COUNTING)
                .getSingleResult();
    }

    /** One page of the customer's paid or shipped orders, newest first, each with its total. */
    @RolesAllowed(Rights.SALES_VIEW)
    public List<OrderRow> orderHistory(long customerId, int offset, int limit) {
        List<OrderRow> rows = em.createQuery("SELECT NEW com.kehu.crm.sales.dto.OrderRow(o.id, o.orderNo, o.orderDate, "
                        + "o.deliveryAddress, o.status) FROM SalesOrder o WHERE o.customer.id = :customer "
                        + "AND o.status IN :statuses ORDER BY o.orderDate DESC, o.id DESC", OrderRow.class)
                .setParameter("customer", customerId).setParameter("statuses", OrderStatus.COUNTING)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, BigDecimal> totals = new HashMap<>();
        em.createQuery("SELECT l.order.id, SUM(l.quantity * l.unitPrice) FROM OrderLine l "
                        + "WHERE l.order.id IN :ids GROUP BY l.order.id", Object[].class)
                .setParameter("ids", rows.stream().map(OrderRow::id).toList()).getResultList()
                .forEach(r -> totals.put((Long) r[0], money(r[1])));
        return rows.stream().map(r -> r.withTotal(totals.getOrDefault(r.id(), BigDecimal.ZERO.setScale(2)))).toList();
    }

    /** An order of the customer with its lines (product, quantity, unit, unit price, line total) and its total. */
    @RolesAllowed(Rights.SALES_VIEW)
    public OrderDetail orderDetail(long customerId, long orderId) {
        List<OrderRow> found = em.createQuery("SELECT NEW com.kehu.crm.sales.dto.OrderRow(o.id, o.orderNo, "
                        + "o.orderDate, o.deliveryAddress, o.status) FROM SalesOrder o "
                        + "WHERE o.id = :id AND o.customer.id = :customer", OrderRow.class)
                .setParameter("id", orderId).setParameter("customer", customerId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        List<OrderLineRow> lines = em.createQuery("SELECT l.lineNo, p.name, p.model, l.quantity, l.unit, l.unitPrice "
                        + "FROM OrderLine l JOIN l.product p WHERE l.order.id = :id ORDER BY l.lineNo", Object[].class)
                .setParameter("id", orderId).getResultStream()
                .map(r -> new OrderLineRow((Integer) r[0], (String) r[1], (String) r[2], (BigDecimal) r[3],
                        (String) r[4], (BigDecimal) r[5], money(((BigDecimal) r[3]).multiply((BigDecimal) r[5]))))
                .toList();
        BigDecimal total = lines.stream().map(OrderLineRow::lineTotal).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        return new OrderDetail(found.get(0).withTotal(total), lines, total);
    }

    @RolesAllowed(Rights.SALES_VIEW)
    public long countProducts(ProductCriteria criteria) {
        return PRODUCTS.count(em, "SELECT COUNT(p) FROM Product p", productWhere(criteria));
    }

    @RolesAllowed(Rights.SALES_VIEW)
    public List<ProductRow> searchProducts(ProductCriteria criteria, int offset, int limit, SortOrder sort) {
        return PRODUCTS.page(em, "SELECT NEW com.kehu.crm.sales.dto.ProductRow(p.id, p.externalId, p.name, p.model, "
                + "p.batch, p.unit, p.price) FROM Product p", productWhere(criteria), sort, offset, limit,
                ProductRow.class);
    }

    @RolesAllowed(Rights.SALES_VIEW)
    public long countInventory(InventoryCriteria criteria) {
        return INVENTORY.count(em, "SELECT COUNT(i) FROM Inventory i JOIN i.product p", inventoryWhere(criteria));
    }

    @RolesAllowed(Rights.SALES_VIEW)
    public List<InventoryRow> searchInventory(InventoryCriteria criteria, int offset, int limit, SortOrder sort) {
        return INVENTORY.page(em, "SELECT NEW com.kehu.crm.sales.dto.InventoryRow(i.id, p.name, p.model, p.batch, "
                + "i.warehouse, i.location, i.quantity, p.unit, i.memo) FROM Inventory i JOIN i.product p",
                inventoryWhere(criteria), sort, offset, limit, InventoryRow.class);
    }

    private static Conditions productWhere(ProductCriteria c) {
        Conditions where = new Conditions();
        if (c != null) {
            where.startsWith("p.name", "name", c.name())
                    .startsWith("p.model", "model", c.model())
                    .startsWith("p.batch", "batch", c.batch());
        }
        return where;
    }

    private static Conditions inventoryWhere(InventoryCriteria c) {
        Conditions where = new Conditions();
        if (c != null) {
            where.startsWith("p.name", "product", c.product()).startsWith("i.warehouse", "warehouse", c.warehouse());
        }
        return where;
    }

    private static BigDecimal money(Object value) {
        BigDecimal v = value instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(value));
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
