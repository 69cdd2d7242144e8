package com.kehu.crm.sales.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.sales.control.ImportChecks;
import com.kehu.crm.sales.control.ImportItems;
import com.kehu.crm.sales.control.SalesFileReader;
import com.kehu.crm.sales.control.SalesWrites;
import com.kehu.crm.sales.dto.CsvImportResult;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.FieldError;
import com.kehu.crm.sales.dto.ImportItem;
import com.kehu.crm.sales.dto.ImportOutcome;
import com.kehu.crm.sales.dto.InventoryData;
import com.kehu.crm.sales.dto.OrderData;
import com.kehu.crm.sales.dto.ProductData;
import com.kehu.crm.sales.dto.RowsWritten;
import com.kehu.crm.security.entity.Rights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sales system's import over REST: create-or-update of products, stock and orders keyed by the sales system's
 * own ids ({@link SalesWrites}). Each call is one transaction that checks the whole message first and writes nothing
 * when any field is wrong; a message sent twice changes nothing the second time. Answers are in English: their reader
 * is the sales system's developer.
 */
@Stateless
@RolesAllowed(Rights.SALES_IMPORT)
public class SalesImportService {

    /** Rows per bulk file: one file is one transaction; bigger exports are sent as several files. */
    public static final int MAX_CSV_ROWS = 5000;

    @EJB
    private SalesWrites writes;

    @RolesAllowed(Rights.SALES_IMPORT)
    public ImportOutcome putProduct(String externalId, ProductData data) {
        return writes.putProduct(externalId, data, Locale.ENGLISH);
    }

    @RolesAllowed(Rights.SALES_IMPORT)
    public ImportOutcome putInventory(String externalId, InventoryData data) {
        return writes.putInventory(externalId, data, Locale.ENGLISH);
    }

    /**
     * An order with all its lines: line i of the message is line i + 1 of the order; lines beyond are removed.
     * A shipped or paid order that was written announces itself: churn closes the customer's warning as won back in
     * this transaction.
     */
    @RolesAllowed(Rights.SALES_IMPORT)
    public ImportOutcome putOrder(String externalId, OrderData data) {
        return writes.putOrder(externalId, data, Locale.ENGLISH);
    }

    /** {@link #importFile} of a text already read (UTF-8). */
    @RolesAllowed(Rights.SALES_IMPORT)
    public CsvImportResult importCsv(CsvKind kind, String csv) {
        return importFile(kind, new ByteArrayInputStream((csv == null ? "" : csv).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A bulk file (CSV in UTF-8 or GB18030, or .xlsx; header row first, columns by name, see {@link SalesFileReader})
     * in one transaction: every record goes through the same checks as a single message; if any is wrong, nothing of
     * the file is written and the answer names each bad field as {@code row[N].field} (N counts the file's lines,
     * the header being line 1).
     */
    @RolesAllowed(Rights.SALES_IMPORT)
    public CsvImportResult importFile(CsvKind kind, InputStream file) {
        List<ImportItem> items = new ArrayList<>();
        try (SalesFileReader reader = SalesFileReader.open(kind, file)) {
            ImportItems records = new ImportItems(kind, reader.iterator());
            while (records.hasNext()) {
                items.add(records.next());
                if (records.rowsConsumed() > MAX_CSV_ROWS) {
                    throw refused("", "sales.csv.tooMany", MAX_CSV_ROWS);
                }
            }
        } catch (BusinessException e) {
            throw refused("", e.getKey(), e.getArgs().length > 0 ? e.getArgs()[0] : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RowsWritten written = writes.writeItems(kind, items, Locale.ENGLISH);
        if (!written.refusals().isEmpty()) {
            throw new SalesImportException(written.refusals().stream()
                    .map(r -> new FieldError("row[" + r.line() + "]" + (r.field().isEmpty() ? "" : "." + r.field()),
                            r.reason())).toList());
        }
        return new CsvImportResult(written.created(), written.updated(), written.unchanged());
    }

    private static SalesImportException refused(String field, String key, Object arg) {
        return new SalesImportException(List.of(new FieldError(field, new ImportChecks(Locale.ENGLISH)
                .message(key, arg))));
    }
}
