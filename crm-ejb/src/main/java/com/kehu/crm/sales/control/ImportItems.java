package com.kehu.crm.sales.control;

import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.ImportItem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of a file, one at a time: a product or stock row is one record; an order is its consecutive rows with
 * the same id. Reads one row ahead, and counts the rows of the records it has handed out, which is where a restart
 * goes on ({@link #rowsConsumed()}, the job's checkpoint).
 */
public final class ImportItems implements Iterator<ImportItem> {

    private final CsvKind kind;
    private final Iterator<SalesFileReader.Row> rows;
    private SalesFileReader.Row ahead;
    private long consumed;

    public ImportItems(CsvKind kind, Iterator<SalesFileReader.Row> rows) {
        this.kind = kind;
        this.rows = rows;
    }

    /** Skips the first {@code count} rows (those of records written before a restart). */
    public void skip(long count) {
        for (long i = 0; i < count && (ahead != null || rows.hasNext()); i++) {
            if (ahead != null) {
                ahead = null;
            } else {
                rows.next();
            }
            consumed++;
        }
    }

    /** Rows of the records handed out so far (and skipped). */
    public long rowsConsumed() {
        return consumed;
    }

    @Override
    public boolean hasNext() {
        return ahead != null || rows.hasNext();
    }

    @Override
    public ImportItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<ImportItem.Line> lines = new ArrayList<>();
        lines.add(take());
        if (kind == CsvKind.ORDERS) {
            String id = key(lines.get(0));
            while (hasNext()) {
                SalesFileReader.Row row = ahead != null ? ahead : rows.next();
                ahead = row;
                if (!id.equals(key(row.values()))) {
                    break;
                }
                lines.add(take());
            }
        }
        return new ImportItem(List.copyOf(lines));
    }

    private ImportItem.Line take() {
        SalesFileReader.Row row = ahead != null ? ahead : rows.next();
        ahead = null;
        consumed++;
        return new ImportItem.Line(row.line(), row.values());
    }

    private static String key(ImportItem.Line line) {
        return key(line.values());
    }

    private static String key(List<String> values) {
        String id = values.isEmpty() || values.get(0) == null ? "" : values.get(0).trim();
        return id;
    }
}
