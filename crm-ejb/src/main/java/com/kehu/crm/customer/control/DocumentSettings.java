package com.kehu.crm.customer.control;

import com.kehu.crm.customer.dto.DocumentLimits;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The upload limits of documents, from the server's system properties (read at each use, so that a change applies
 * at once): {@code kehu.documents.max-size} in bytes, or with a suffix {@code k}, {@code m} (default 10m), and
 * {@code kehu.documents.allowed-types}, comma-separated file name extensions.
 */
public final class DocumentSettings {

    public static final String MAX_SIZE = "kehu.documents.max-size";
    public static final String ALLOWED_TYPES = "kehu.documents.allowed-types";
    public static final String DEFAULT_MAX_SIZE = "10m";
    public static final String DEFAULT_ALLOWED_TYPES = "pdf,doc,docx,xls,xlsx,jpg,jpeg,png,txt";

    private DocumentSettings() {
    }

    public static DocumentLimits limits() {
        return new DocumentLimits(parseSize(System.getProperty(MAX_SIZE, DEFAULT_MAX_SIZE)),
                parseTypes(System.getProperty(ALLOWED_TYPES, DEFAULT_ALLOWED_TYPES)));
    }

    static long parseSize(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        long factor = 1;
        if (value.endsWith("k")) {
            factor = 1024;
        } else if (value.endsWith("m")) {
            factor = 1024 * 1024;
        } else if (value.endsWith("g")) {
            factor = 1024L * 1024 * 1024;
        }
        if (factor > 1) {
            value = value.substring(0, value.length() - 1).trim();
        }
        return Long.parseLong(value) * factor;
    }

    static List<String> parseTypes(String text) {
        return Arrays.stream(text.split(",")).map(t -> t.trim().toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""))
                .filter(t -> !t.isEmpty()).toList();
    }
}
