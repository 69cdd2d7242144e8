package com.kehu.crm.sales.control;

import static com.kehu.crm.sales.control.ImportChecks.trimmed;

import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.sales.boundary.SalesImportException;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.FieldProblem;
import com.kehu.crm.sales.dto.ImportItem;
import com.kehu.crm.sales.dto.ImportOutcome;
import com.kehu.crm.sales.dto.InventoryData;
import com.kehu.crm.sales.dto.OrderData;
import com.kehu.crm.sales.dto.OrderLineData;
import com.kehu.crm.sales.dto.OrdersCounted;
import com.kehu.crm.sales.dto.ProductData;
import com.kehu.crm.sales.dto.Refusal;
import com.kehu.crm.sales.dto.RowsWritten;
import com.kehu.crm.sales.entity.Inventory;
import com.kehu.crm.sales.entity.OrderStatus;
import com.kehu.crm.sales.entity.Product;
import com.kehu.crm.sales.entity.SalesOrder;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sales system's data written into Kehu: create-or-update of products, stock and orders keyed by the sales
 * system's own ids, in the caller's transaction. Each record is checked whole before anything of it is written; a
 * record written twice changes nothing the second time (no new rows, no new versions), which is what makes a
 * restarted import safe. The language of the refusals is a parameter of every call, never state of this pooled bean.
 * <p>
 * Not a client view ({@code PermitAll}): the REST boundary ({@code SalesImportService}, right {@code sales.import})
 * and the import job (which runs without a caller; its start was checked by {@code SalesFileImportService}) call it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SalesWrites {

    private static final int ID_LENGTH = 50;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Event<OrdersCounted> ordersCounted;
    @Inject
    private ValidatorFactory validation;

    public ImportOutcome putProduct(String externalId, ProductData data, Locale locale) {
        return putProduct(externalId, data, locale, new Lookups());
    }

    private ImportOutcome putProduct(String externalId, ProductData data, Locale locale, Lookups lookups) {
        ImportChecks check = checked(externalId, data, locale);
        check.throwIfAny();
        String id = trimmed(externalId);
        Optional<Product> existing = Optional.ofNullable(lookups.product(id));
        Product product = existing.orElseGet(() -> new Product(id));
        boolean changed = product.update(trimmed(data.name()), trimmed(data.model()), trimmed(data.batch()),
                trimmed(data.unit()), data.price());
        if (existing.isEmpty()) {
            em.persist(product);
            lookups.created(product);
            return ImportOutcome.CREATED;
        }
        return changed ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED;
    }

    public ImportOutcome putInventory(String externalId, InventoryData data, Locale locale) {
        return putInventory(externalId, data, locale, new Lookups());
    }

    private ImportOutcome putInventory(String externalId, InventoryData data, Locale locale, Lookups lookups) {
        ImportChecks check = checked(externalId, data, locale);
        String id = trimmed(externalId);
        String productId = trimmed(data.productId());
        Product product = null;
        if (productId != null && productId.length() <= ID_LENGTH) {
            product = lookups.product(productId);
            if (product == null) {
                check.add("productId", "sales.product.unknown");
            }
        }
        check.throwIfAny();
        Optional<Inventory> existing = em.createQuery("SELECT i FROM Inventory i WHERE i.externalId = :id",
                Inventory.class).setParameter("id", id).getResultStream().findFirst();
        Inventory inventory = existing.orElseGet(() -> new Inventory(id));
        boolean changed = inventory.update(product, trimmed(data.warehouse()), trimmed(data.location()),
                data.quantity(), trimmed(data.memo()));
        if (existing.isEmpty()) {
            em.persist(inventory);
            return ImportOutcome.CREATED;
        }
        return changed ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED;
    }

    /**
     * An order with all its lines: line i of the message is line i + 1 of the order; lines beyond are removed.
     * A shipped or paid order that was written announces itself ({@link OrdersCounted}): churn closes the customer's
     * warning as won back in this transaction.
     */
    public ImportOutcome putOrder(String externalId, OrderData data, Locale locale) {
        Set<Long> counted = new HashSet<>();
        ImportOutcome outcome = writeOrder(externalId, data, counted, locale, new Lookups());
        announce(counted);
        return outcome;
    }

    /**
     * Records of a file ({@link ImportItem}s, as the import job or the REST file import read them): good records are
     * written, bad ones refused field by field with their line and skipped (an order with any bad line is skipped
     * whole). Writing the same records again changes nothing.
     */
    public RowsWritten writeItems(CsvKind kind, List<ImportItem> items, Locale locale) {
        ImportChecks check = new ImportChecks(locale);
        List<Refusal> refusals = new ArrayList<>();
        Set<Long> counted = new HashSet<>();
        int[] counts = new int[ImportOutcome.values().length];
        int rows = 0;
        int refusedRows = 0;
        Lookups lookups = new Lookups();
        lookups.preload(kind, items);
        for (ImportItem item : items) {
            rows += item.rows().size();
            List<Refusal> refused = new ArrayList<>();
            try {
                ImportOutcome outcome = write(kind, item, counted, check, refused, locale, lookups);
                counts[outcome.ordinal()]++;
            } catch (SalesImportException e) {
                for (FieldProblem error : e.getProblems()) {
                    refused.add(refusal(kind, item, error));
                }
            }
            refusals.addAll(refused);
            refusedRows += (int) refused.stream().mapToLong(Refusal::line).distinct().count();
        }
        announce(counted);
        return new RowsWritten(rows, counts[ImportOutcome.CREATED.ordinal()], counts[ImportOutcome.UPDATED.ordinal()],
                counts[ImportOutcome.UNCHANGED.ordinal()], refusedRows, refusals);
    }

    private ImportOutcome write(CsvKind kind, ImportItem item, Set<Long> counted, ImportChecks check,
                                List<Refusal> refused, Locale locale, Lookups lookups) {
        ImportItem.Line first = item.rows().get(0);
        List<String> row = first.values();
        String externalId = row.get(0);
        return switch (kind) {
            case PRODUCTS -> putProduct(externalId, new ProductData(row.get(1), row.get(2), row.get(3), row.get(4),
                    number(kind, first, 5, check, refused)), locale, lookups);
            case INVENTORY -> putInventory(externalId, new InventoryData(row.get(1), row.get(2), row.get(3),
                    number(kind, first, 4, check, refused), row.get(5)), locale, lookups);
            case ORDERS -> {
                List<OrderLineData> lines = new ArrayList<>();
                for (ImportItem.Line line : item.rows()) {
                    List<String> l = line.values();
                    lines.add(new OrderLineData(l.get(6), number(kind, line, 7, check, refused), l.get(8),
                            number(kind, line, 9, check, refused)));
                }
                LocalDate date = date(kind, first, check, refused);
                if (!refused.isEmpty()) {
                    throw new SalesImportException(List.of());
                }
                yield writeOrder(externalId, new OrderData(row.get(1), row.get(2), date, row.get(4), row.get(5), lines),
                        counted, locale, lookups);
            }
        };
    }

    private void announce(Set<Long> countedCustomers) {
        if (!countedCustomers.isEmpty()) {
            ordersCounted.fire(new OrdersCounted(countedCustomers));
        }
    }

    private ImportOutcome writeOrder(String externalId, OrderData data, Set<Long> counted, Locale locale,
                                     Lookups lookups) {
        ImportChecks check = checked(externalId, data, locale);
        String id = trimmed(externalId);
        String customerNo = trimmed(data.customerNo());
        OrderStatus status = status(check, data.status());
        List<OrderLineData> lines = data.lines() == null ? List.of() : data.lines();
        // The lines' products by id, with the lines that name each: looked up at once, then named where unknown.
        Map<String, List<Integer>> lineIndexes = new LinkedHashMap<>();
        for (int i = 0; i < lines.size() && i < ImportChecks.MAX_LINES; i++) {
            String productId = lines.get(i) == null ? null : trimmed(lines.get(i).productId());
            if (productId != null && productId.length() <= ID_LENGTH) {
                lineIndexes.computeIfAbsent(productId, k -> new ArrayList<>()).add(i);
            }
        }
        Customer customer = null;
        if (customerNo != null && customerNo.length() <= 20) {
            customer = lookups.customer(customerNo);
            if (customer == null) {
                check.add("customerNo", "sales.customer.unknown");
            }
        }
        Map<String, Product> products = new HashMap<>();
        lineIndexes.keySet().forEach(productId -> {
            Product product = lookups.product(productId);
            if (product != null) {
                products.put(productId, product);
            }
        });
        lineIndexes.forEach((productId, indexes) -> {
            if (!products.containsKey(productId)) {
                indexes.forEach(i -> check.addLine(i, "productId", "sales.product.unknown"));
            }
        });
        check.throwIfAny();

        Optional<SalesOrder> existing = Optional.ofNullable(lookups.order(id));
        SalesOrder order = existing.orElseGet(() -> new SalesOrder(id));
        boolean changed = order.update(trimmed(data.orderNo()), customer, data.orderDate(),
                trimmed(data.deliveryAddress()), status);
        for (int i = 0; i < lines.size(); i++) {
            OrderLineData line = lines.get(i);
            changed |= order.putLine(i + 1, products.get(line.productId().trim()), line.quantity(), line.unit().trim(),
                    line.unitPrice());
        }
        changed |= order.keepLines(lines.size());
        if (changed && OrderStatus.COUNTING.contains(status)) {
            counted.add(customer.getId());
        }
        if (existing.isEmpty()) {
            em.persist(order);
            lookups.created(order);
            return ImportOutcome.CREATED;
        }
        return changed ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED;
    }

    /** A refusal of a record's check as a refusal of the file: a field of an order's line is on that line's row. */
    private static Refusal refusal(CsvKind kind, ImportItem item, FieldProblem problem) {
        ImportItem.Line row = item.rows().get(problem.lineIndex() == null ? 0
                : Math.min(problem.lineIndex(), item.rows().size() - 1));
        int column = kind.columns().indexOf(problem.field());
        String value = column < 0 ? null : row.values().get(column);
        return new Refusal(row.line(), problem.field(), value, problem.message(), row.values());
    }

    /** A number of the file; a blank is null (the record's checks say whether it is required). */
    private static BigDecimal number(CsvKind kind, ImportItem.Line line, int column, ImportChecks check,
                                     List<Refusal> refused) {
        String text = line.values().get(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            refused.add(new Refusal(line.line(), kind.columns().get(column), text, check.message("sales.csv.number",
                    null), line.values()));
            if (kind != CsvKind.ORDERS) {
                throw new SalesImportException(List.of());
            }
            return BigDecimal.ONE;
        }
    }

    private static LocalDate date(CsvKind kind, ImportItem.Line line, ImportChecks check, List<Refusal> refused) {
        int column = kind.columns().indexOf("orderDate");
        String text = line.values().get(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            refused.add(new Refusal(line.line(), "orderDate", text, check.message("sales.csv.date", null),
                    line.values()));
            return LocalDate.EPOCH;
        }
    }

    /**
     * What every message is checked for first: the sales system's id of the record (the REST path, or a file's column;
     * required, at most 50 characters), a body (refused at once without one), and the body's constraints. The caller
     * adds what only the database knows and throws.
     */
    private ImportChecks checked(String externalId, Object data, Locale locale) {
        ImportChecks check = new ImportChecks(locale);
        String id = trimmed(externalId);
        if (id == null) {
            check.add("externalId", "sales.externalId.required");
        } else if (id.length() > ID_LENGTH) {
            check.add("externalId", "field.size", ID_LENGTH);
        }
        if (data == null) {
            check.add("", "sales.body.required");
            check.throwIfAny();
        }
        check.validate(data, validation);
        return check;
    }

    /** The status named, or null: a blank one is refused by the message's constraints. */
    private static OrderStatus status(ImportChecks check, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            check.add("status", "sales.status.unknown");
            return null;
        }
    }

    /**
     * The records the messages being written refer to (products, customers, orders with their lines): for a file's
     * chunk looked up once for all its records ({@link #preload}, a few queries instead of several per record, and
     * no flush before each), else one at a time; records written meanwhile are found too, so that an id twice in a
     * chunk is updated, not inserted twice.
     */
    private final class Lookups {
        private final Map<String, Optional<Product>> products = new HashMap<>();
        private final Map<String, Optional<Customer>> customers = new HashMap<>();
        private final Map<String, Optional<SalesOrder>> orders = new HashMap<>();

        void preload(CsvKind kind, List<ImportItem> items) {
            Set<String> productIds = new HashSet<>();
            Set<String> customerNos = new HashSet<>();
            Set<String> orderIds = new HashSet<>();
            for (ImportItem item : items) {
                for (ImportItem.Line line : item.rows()) {
                    List<String> v = line.values();
                    switch (kind) {
                        case PRODUCTS -> add(productIds, v.get(0));
                        case INVENTORY -> add(productIds, v.get(1));
                        case ORDERS -> {
                            add(orderIds, v.get(0));
                            add(customerNos, v.get(2));
                            add(productIds, v.get(6));
                        }
                    }
                }
            }
            load(products, productIds, "SELECT p FROM Product p WHERE p.externalId IN :ids", Product.class,
                    Product::getExternalId);
            load(customers, customerNos, "SELECT c FROM Customer c WHERE c.customerNo IN :ids", Customer.class,
                    Customer::getCustomerNo);
            load(orders, orderIds, "SELECT DISTINCT o FROM SalesOrder o LEFT JOIN FETCH o.lines "
                    + "WHERE o.externalId IN :ids", SalesOrder.class, SalesOrder::getExternalId);
        }

        private static void add(Set<String> ids, String id) {
            String trimmed = trimmed(id);
            if (trimmed != null && trimmed.length() <= ID_LENGTH) {
                ids.add(trimmed);
            }
        }

        private <T> void load(Map<String, Optional<T>> found, Set<String> ids, String jpql, Class<T> type,
                              Function<T, String> key) {
            if (ids.isEmpty()) {
                return;
            }
            ids.forEach(id -> found.put(id, Optional.empty()));
            em.createQuery(jpql, type).setParameter("ids", ids).getResultStream()
                    .forEach(record -> found.put(key.apply(record), Optional.of(record)));
        }

        Product product(String externalId) {
            return products.computeIfAbsent(externalId, id -> em.createQuery(
                            "SELECT p FROM Product p WHERE p.externalId = :id", Product.class)
                    .setParameter("id", id).getResultStream().findFirst()).orElse(null);
        }

        Customer customer(String customerNo) {
            return customers.computeIfAbsent(customerNo, no -> em.createQuery(
                            "SELECT c FROM Customer c WHERE c.customerNo = :no", Customer.class)
                    .setParameter("no", no).getResultStream().findFirst()).orElse(null);
        }

        SalesOrder order(String externalId) {
            return orders.computeIfAbsent(externalId, id -> em.createQuery(
                            "SELECT o FROM SalesOrder o LEFT JOIN FETCH o.lines WHERE o.externalId = :id",
                            SalesOrder.class)
                    .setParameter("id", id).getResultStream().findFirst()).orElse(null);
        }

        void created(Product product) {
            products.put(product.getExternalId(), Optional.of(product));
        }

        void created(SalesOrder order) {
            orders.put(order.getExternalId(), Optional.of(order));
        }
    }
}
