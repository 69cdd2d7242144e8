package com.kehu.crm.sales.boundary;

import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.sales.control.CsvRows;
import com.kehu.crm.sales.control.ImportChecks;
import com.kehu.crm.sales.dto.CsvChunkResult;
import com.kehu.crm.sales.dto.CsvImportResult;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.FieldError;
import com.kehu.crm.sales.dto.ImportOutcome;
import com.kehu.crm.sales.dto.InventoryData;
import com.kehu.crm.sales.dto.OrderData;
import com.kehu.crm.sales.dto.OrderLineData;
import com.kehu.crm.sales.dto.OrdersCounted;
import com.kehu.crm.sales.dto.ProductData;
import com.kehu.crm.sales.entity.Inventory;
import com.kehu.crm.sales.entity.OrderStatus;
import com.kehu.crm.sales.entity.Product;
import com.kehu.crm.sales.entity.SalesOrder;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sales system's import (REST and bulk files): create-or-update of products, stock and orders keyed by the
 * sales system's own ids. Each call is one transaction that checks the whole message first and writes nothing when
 * any field is wrong; a message sent twice changes nothing the second time (no new rows, no new versions).
 */
@Stateless
@RolesAllowed(Rights.SALES_IMPORT)
public class SalesImportService {

    private static final int ID_LENGTH = 50;
    /** Rows per bulk file: one file is one transaction; bigger exports are sent as several files. */
    public static final int MAX_CSV_ROWS = 5000;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Event<OrdersCounted> ordersCounted;

    /** The language of the refusal messages: English for REST, the user's for a file imported on the page. */
    private Locale messages = Locale.ENGLISH;

    @RolesAllowed(Rights.SALES_IMPORT)
    public ImportOutcome putProduct(String externalId, ProductData data) {
        ImportChecks check = new ImportChecks(messages);
        String id = externalId(check, externalId);
        if (data == null) {
            check.add("", "sales.body.required");
            check.throwIfAny();
        }
        String name = check.text("name", data.name(), 100, true, "product.name.required");
        String model = check.text("model", data.model(), 100, false, null);
        String batch = check.text("batch", data.batch(), 50, false, null);
        String unit = check.text("unit", data.unit(), 20, true, "sales.unit.required");
        BigDecimal price = check.amount("price", data.price(), "product.price.required");
        check.throwIfAny();
        Optional<Product> existing = product(id);
        Product product = existing.orElseGet(() -> new Product(id));
        boolean changed = product.update(name, model, batch, unit, price);
        if (existing.isEmpty()) {
            em.persist(product);
            return ImportOutcome.CREATED;
        }
        return changed ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED;
    }

    @RolesAllowed(Rights.SALES_IMPORT)
    public ImportOutcome putInventory(String externalId, InventoryData data) {
        ImportChecks check = new ImportChecks(messages);
        String id = externalId(check, externalId);
        if (data == null) {
            check.add("", "sales.body.required");
            check.throwIfAny();
        }
        String productId = check.text("productId", data.productId(), ID_LENGTH, true, "sales.product.required");
        String warehouse = check.text("warehouse", data.warehouse(), 100, true, "inventory.warehouse.required");
        String location = check.text("location", data.location(), 100, false, null);
        BigDecimal quantity = check.quantity("quantity", data.quantity(), false);
        String memo = check.text("memo", data.memo(), 500, false, null);
        Product product = null;
        if (productId != null && productId.length() <= ID_LENGTH) {
            product = product(productId).orElse(null);
            if (product == null) {
                check.add("productId", "sales.product.unknown");
            }
        }
        check.throwIfAny();
        Optional<Inventory> existing = em.createQuery("SELECT i FROM Inventory i WHERE i.externalId = :id",
                Inventory.class).setParameter("id", id).getResultStream().findFirst();
        Inventory inventory = existing.orElseGet(() -> new Inventory(id));
        boolean changed = inventory.update(product, warehouse, location, quantity, memo);
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
    @RolesAllowed(Rights.SALES_IMPORT)
    public ImportOutcome putOrder(String externalId, OrderData data) {
        Set<Long> counted = new HashSet<>();
        ImportOutcome outcome = writeOrder(externalId, data, counted);
        announce(counted);
        return outcome;
    }

    private void announce(Set<Long> countedCustomers) {
        if (!countedCustomers.isEmpty()) {
            ordersCounted.fire(new OrdersCounted(countedCustomers));
        }
    }

    private ImportOutcome writeOrder(String externalId, OrderData data, Set<Long> counted) {
        ImportChecks check = new ImportChecks(messages);
        String id = externalId(check, externalId);
        if (data == null) {
            check.add("", "sales.body.required");
            check.throwIfAny();
        }
        String orderNo = check.text("orderNo", data.orderNo(), 50, true, "order.orderNo.required");
        String customerNo = check.text("customerNo", data.customerNo(), 20, true, "order.customer.required");
        if (data.orderDate() == null) {
            check.add("orderDate", "order.orderDate.required");
        }
        String address = check.text("deliveryAddress", data.deliveryAddress(), 300, true,
                "order.deliveryAddress.required");
        OrderStatus status = status(check, data.status());
        List<OrderLineData> lines = data.lines() == null ? List.of() : data.lines();
        if (lines.isEmpty()) {
            check.add("lines", "sales.lines.required");
        } else if (lines.size() > ImportChecks.MAX_LINES) {
            check.add("lines", "sales.lines.tooMany", ImportChecks.MAX_LINES);
        }
        Set<String> productIds = new HashSet<>();
        for (int i = 0; i < lines.size() && i < ImportChecks.MAX_LINES; i++) {
            OrderLineData line = lines.get(i);
            String prefix = "lines[" + i + "].";
            if (line == null) {
                check.add("lines[" + i + "]", "sales.product.required");
                continue;
            }
            String productId = check.text(prefix + "productId", line.productId(), ID_LENGTH, true,
                    "sales.product.required");
            if (productId != null && productId.length() <= ID_LENGTH) {
                productIds.add(productId);
            }
            check.quantity(prefix + "quantity", line.quantity(), true);
            check.text(prefix + "unit", line.unit(), 20, true, "sales.unit.required");
            check.amount(prefix + "unitPrice", line.unitPrice(), "orderLine.unitPrice.required");
        }
        Customer customer = null;
        if (customerNo != null && customerNo.length() <= 20) {
            customer = em.createQuery("SELECT c FROM Customer c WHERE c.customerNo = :no", Customer.class)
                    .setParameter("no", customerNo).getResultStream().findFirst().orElse(null);
            if (customer == null) {
                check.add("customerNo", "sales.customer.unknown");
            }
        }
        Map<String, Product> products = productIds.isEmpty() ? Map.of()
                : em.createQuery("SELECT p FROM Product p WHERE p.externalId IN :ids", Product.class)
                        .setParameter("ids", productIds).getResultStream()
                        .collect(Collectors.toMap(Product::getExternalId, Function.identity()));
        for (int i = 0; i < lines.size() && i < ImportChecks.MAX_LINES; i++) {
            OrderLineData line = lines.get(i);
            String productId = line == null || line.productId() == null ? null : line.productId().trim();
            if (productId != null && productIds.contains(productId) && !products.containsKey(productId)) {
                check.add("lines[" + i + "].productId", "sales.product.unknown");
            }
        }
        check.throwIfAny();

        Optional<SalesOrder> existing = em.createQuery(
                        "SELECT o FROM SalesOrder o LEFT JOIN FETCH o.lines WHERE o.externalId = :id", SalesOrder.class)
                .setParameter("id", id).getResultStream().findFirst();
        SalesOrder order = existing.orElseGet(() -> new SalesOrder(id));
        boolean changed = order.update(orderNo, customer, data.orderDate(), address, status);
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
            return ImportOutcome.CREATED;
        }
        return changed ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED;
    }

    /**
     * A bulk file (CSV, header row first, see {@link CsvKind}) in one transaction: every row goes through the same
     * checks as a single message; if any row is wrong, nothing of the file is written and the answer names each bad
     * field as {@code row[N].field} (N counts the file's rows, the header being row 1).
     */
    @RolesAllowed(Rights.SALES_IMPORT)
    public CsvImportResult importCsv(CsvKind kind, String csv) {
        List<List<String>> rows = checkedRows(kind, csv, MAX_CSV_ROWS, Locale.ENGLISH);
        CsvChunkResult result = importRows(kind, rows, 1, rows.size());
        if (!result.errors().isEmpty()) {
            throw new SalesImportException(result.errors());
        }
        return result.counts();
    }

    /**
     * The rows of a bulk file, the header first, after checking the header and the number of rows; a wrong file is
     * refused with a {@link SalesImportException} naming the problem.
     */
    @RolesAllowed(Rights.SALES_IMPORT)
    public List<List<String>> checkedRows(CsvKind kind, String csv, int maxRows, Locale locale) {
        ImportChecks check = new ImportChecks(locale);
        if (kind == null || csv == null || csv.isBlank()) {
            check.add("", "sales.body.required");
            check.throwIfAny();
        }
        List<List<String>> rows = CsvRows.parse(csv);
        if (!rows.get(0).stream().map(String::trim).toList().equals(kind.columns())) {
            check.add("row[1]", "sales.csv.header", String.join(",", kind.columns()));
        } else if (rows.size() - 1 > maxRows) {
            check.add("", "sales.csv.tooMany", maxRows);
        }
        check.throwIfAny();
        return rows;
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive) of a bulk file, in a transaction of their own: good rows
     * are written, bad ones reported by row number and skipped (an order with any bad line is skipped whole). Callers
     * cut a file at order boundaries ({@link CsvRows#chunkEnd}). Writing the same rows again changes nothing, so a file whose
     * import failed half-way is simply imported again.
     */
    @RolesAllowed(Rights.SALES_IMPORT)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CsvChunkResult importChunk(CsvKind kind, List<List<String>> rows, int from, int to, Locale locale) {
        messages = locale;
        try {
            return importRows(kind, rows, from, to);
        } finally {
            messages = Locale.ENGLISH;
        }
    }

    private CsvChunkResult importRows(CsvKind kind, List<List<String>> rows, int from, int to) {
        ImportChecks check = new ImportChecks(messages);
        List<FieldError> errors = new ArrayList<>();
        Set<Long> counted = new HashSet<>();
        int[] counts = new int[ImportOutcome.values().length];
        int i = from;
        while (i < to) {
            int first = i;
            List<String> row = rows.get(i);
            String externalId = row.get(0).trim();
            if (row.size() != kind.columns().size()) {
                errors.add(rowError(first, "", check, "sales.csv.columns", kind.columns().size()));
                i++;
                continue;
            }
            try {
                ImportOutcome outcome;
                switch (kind) {
                    case PRODUCTS -> outcome = putProduct(externalId, new ProductData(row.get(1), row.get(2),
                            row.get(3), row.get(4), number(row.get(5), first, "price", errors, check)));
                    case INVENTORY -> outcome = putInventory(externalId, new InventoryData(row.get(1), row.get(2),
                            row.get(3), number(row.get(4), first, "quantity", errors, check), row.get(5)));
                    default -> {
                        int last = i;
                        while (last + 1 < to && CsvRows.sameOrder(row, rows.get(last + 1))) {
                            last++;
                        }
                        i = last;
                        List<OrderLineData> lines = new ArrayList<>();
                        for (int r = first; r <= last; r++) {
                            List<String> l = rows.get(r);
                            lines.add(new OrderLineData(l.get(6), number(l.get(7), r, "quantity", errors, check),
                                    l.get(8), number(l.get(9), r, "unitPrice", errors, check)));
                        }
                        outcome = writeOrder(externalId, new OrderData(row.get(1), row.get(2),
                                date(row.get(3), first, errors, check), row.get(4), row.get(5), lines), counted);
                    }
                }
                counts[outcome.ordinal()]++;
            } catch (SalesImportException e) {
                for (FieldError error : e.getErrors()) {
                    errors.add(rowField(first, error));
                }
            }
            i++;
        }
        announce(counted);
        return new CsvChunkResult(new CsvImportResult(counts[ImportOutcome.CREATED.ordinal()],
                counts[ImportOutcome.UPDATED.ordinal()], counts[ImportOutcome.UNCHANGED.ordinal()]),
                errors.stream().map(FieldError::row).filter(r -> r > 0).distinct().count(), errors);
    }

    /** {@code lines[k].x} of the order starting at row index {@code first} is {@code row[first + k + 1].x}. */
    private static FieldError rowField(int first, FieldError error) {
        String field = error.field();
        if (field.startsWith("lines[")) {
            int end = field.indexOf(']');
            int k = Integer.parseInt(field.substring("lines[".length(), end));
            String rest = field.substring(end + 1);
            return new FieldError("row[" + (first + k + 1) + "]" + rest, error.message());
        }
        return new FieldError("row[" + (first + 1) + "]" + (field.isEmpty() ? "" : "." + field), error.message());
    }

    private static FieldError rowError(int index, String field, ImportChecks check, String key, Object arg) {
        return new FieldError("row[" + (index + 1) + "]" + (field.isEmpty() ? "" : "." + field),
                check.message(key, arg));
    }

    /** A number of the file; a blank is null (the row's checks say whether it is required). */
    private static BigDecimal number(String text, int index, String field, List<FieldError> errors,
                                     ImportChecks check) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            errors.add(rowError(index, field, check, "sales.csv.number", null));
            throw new SalesImportException(List.of());
        }
    }

    private static LocalDate date(String text, int index, List<FieldError> errors, ImportChecks check) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(rowError(index, "orderDate", check, "sales.csv.date", null));
            throw new SalesImportException(List.of());
        }
    }

    private static String externalId(ImportChecks check, String externalId) {
        return check.text("externalId", externalId, ID_LENGTH, true, "sales.externalId.required");
    }

    private static OrderStatus status(ImportChecks check, String value) {
        if (value == null || value.isBlank()) {
            check.add("status", "order.status.required");
            return null;
        }
        try {
            return OrderStatus.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            check.add("status", "sales.status.unknown");
            return null;
        }
    }

    private Optional<Product> product(String externalId) {
        return em.createQuery("SELECT p FROM Product p WHERE p.externalId = :id", Product.class)
                .setParameter("id", externalId).getResultStream().findFirst();
    }
}
