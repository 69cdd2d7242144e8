package com.kehu.crm.sales.dto;

import java.io.Serializable;
import java.util.List;

/**
 * One record of an imported file, as the import job reads and writes it: a product or a stock row is one row, an
 * order is all its consecutive rows (one per line). Each row: its line in the file and its values in the kind's
 * column order.
 */
public record ImportItem(List<Line> rows) implements Serializable {

    /** One row of the file. */
    public record Line(long line, List<String> values) implements Serializable {
    }

    public long firstLine() {
        return rows.get(0).line();
    }
}
