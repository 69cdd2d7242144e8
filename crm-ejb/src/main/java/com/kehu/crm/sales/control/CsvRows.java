package com.kehu.crm.sales.control;

import com.kehu.crm.sales.dto.CsvKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CSV text (RFC 4180: comma separated, fields in double quotes may hold commas, quotes as "" and line
 * breaks) into rows of fields. The first row is the header; empty lines are skipped.
 */
public final class CsvRows {

    private CsvRows() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, field);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        endRow(rows, row, field);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field) {
        row.add(field.toString());
        field.setLength(0);
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(row);
        }
    }

    /**
     * Where a chunk of a bulk file that starts at row {@code from} and holds about {@code size} rows ends (exclusive):
     * the rows of one order (consecutive rows with the same id) are never cut between two chunks.
     */
    public static int chunkEnd(CsvKind kind, List<List<String>> rows, int from, int size) {
        int end = Math.min(rows.size(), from + size);
        if (kind == CsvKind.ORDERS) {
            while (end < rows.size() && sameOrder(rows.get(end - 1), rows.get(end))) {
                end++;
            }
        }
        return end;
    }

    /** Two rows of an order file belong to the same order: same number of fields, same id in the first. */
    public static boolean sameOrder(List<String> a, List<String> b) {
        return a.size() == b.size() && !a.isEmpty() && a.get(0).trim().equals(b.get(0).trim());
    }
}
