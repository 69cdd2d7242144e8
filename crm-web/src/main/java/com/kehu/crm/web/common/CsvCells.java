package com.kehu.crm.web.common;

import java.util.regex.Pattern;

/**
 * Cells of a CSV file that a spreadsheet may open (formula injection, OWASP "CSV Injection"). Excel, LibreOffice and
 * WPS run a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula, also after a leading tab
 * or carriage return ({@code =HYPERLINK(...)}, {@code +cmd|...}); Chinese input methods type the full-width forms of
 * these signs, which the same programs accept. Such a value gets a leading single quote, so that it is shown as the
 * text that was typed; the exporter quotes every field.
 * <p>
 * A plain number ({@code -12}, {@code -1,234.50}, {@code +86}) is left as it is: it cannot be a formula, and a negative
 * amount must stay a number for the person who sums the column. {@code -2+3} is not a plain number and is neutralised.
 */
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private CsvCells() {
    }

    /** The value as it may be written into a CSV cell: with a leading {@code '} when it could start a formula. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty() || !isTrigger(value.charAt(0)) || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    private static boolean isTrigger(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
