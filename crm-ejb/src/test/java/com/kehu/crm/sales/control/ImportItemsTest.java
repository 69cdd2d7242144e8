package com.kehu.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.ImportItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportItemsTest {

    private static List<SalesFileReader.Row> orderRows(String... ids) {
        List<SalesFileReader.Row> rows = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            rows.add(new SalesFileReader.Row(i + 2, List.of(ids[i], "XS", "KH1", "2026-01-01", "地址", "PAID", "P1", "1",
                    "个", "1.00")));
        }
        return rows;
    }

    @Test
    void theLinesOfAnOrderAreOneRecordAndTheRowsHandedOutAreCounted() {
        ImportItems items = new ImportItems(CsvKind.ORDERS, orderRows("A", "A", "B", "C", "C", "C").iterator());
        List<List<Long>> lines = new ArrayList<>();
        List<Long> consumed = new ArrayList<>();
        while (items.hasNext()) {
            ImportItem item = items.next();
            lines.add(item.rows().stream().map(ImportItem.Line::line).toList());
            consumed.add(items.rowsConsumed());
        }
        assertEquals(List.of(List.of(2L, 3L), List.of(4L), List.of(5L, 6L, 7L)), lines);
        // The row read ahead to find an order's end is not counted until its record is handed out.
        assertEquals(List.of(2L, 3L, 6L), consumed);
    }

    @Test
    void aRestartSkipsTheRowsOfTheRecordsWrittenBefore() {
        ImportItems items = new ImportItems(CsvKind.ORDERS, orderRows("A", "A", "B", "C", "C").iterator());
        items.skip(3);
        ImportItem next = items.next();
        assertEquals("C", next.rows().get(0).values().get(0));
        assertEquals(2, next.rows().size());
        assertEquals(5, items.rowsConsumed());
        assertFalse(items.hasNext());
    }

    @Test
    void productsAreOneRowEach() {
        List<SalesFileReader.Row> rows = List.of(new SalesFileReader.Row(2, List.of("P1", "甲", "", "", "个", "1")),
                new SalesFileReader.Row(3, List.of("P1", "甲", "", "", "个", "2")));
        ImportItems items = new ImportItems(CsvKind.PRODUCTS, rows.iterator());
        assertEquals(1, items.next().rows().size());
        assertEquals(1, items.next().rows().size());
        assertFalse(items.hasNext());
    }
}
