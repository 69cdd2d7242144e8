package com.kehu.crm.sales.control;

import com.kehu.crm.sales.boundary.SalesImportException;
import com.kehu.crm.sales.dto.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Checks an import message field by field and collects every problem before anything is written, so that the
 * sales system learns all its mistakes at once. The messages come from ValidationMessages in English: the reader is
 * the sales system's developer or its log.
 */
public final class ImportChecks {

    public static final int MAX_LINES = 1000;

    private final List<FieldError> errors = new ArrayList<>();
    private final ResourceBundle messages;

    /** Messages in English: the reader of a REST answer is the sales system's developer. */
    public ImportChecks() {
        this(Locale.ENGLISH);
    }

    /** Messages in the given language: the import page shows them to the user who uploaded the file. */
    public ImportChecks(Locale locale) {
        messages = ResourceBundle.getBundle("ValidationMessages", locale, ImportChecks.class.getClassLoader());
    }

    public void add(String field, String key, Object... arg) {
        errors.add(new FieldError(field, message(key, arg.length > 0 ? arg[0] : null)));
    }

    /** The text of a ValidationMessages key, with {@code {max}} or {@code {0}} replaced by {@code arg}. */
    public String message(String key, Object arg) {
        String message = messages.containsKey(key) ? messages.getString(key) : key;
        return arg == null ? message : message.replace("{max}", String.valueOf(arg)).replace("{0}", String.valueOf(arg));
    }

    /** A trimmed text of at most {@code max} characters; null when blank. */
    public String text(String field, String value, int max, boolean required, String requiredKey) {
        String v = value == null || value.isBlank() ? null : value.trim();
        if (v == null && required) {
            add(field, requiredKey);
        } else if (v != null && v.length() > max) {
            add(field, "field.size", max);
        }
        return v;
    }

    /** A money amount: not negative, at most 13 + 2 digits. */
    public BigDecimal amount(String field, BigDecimal value, String requiredKey) {
        if (value == null) {
            add(field, requiredKey);
        } else if (value.signum() < 0) {
            add(field, "sales.amount.negative");
        } else if (value.scale() > 2 || value.precision() - value.scale() > 13) {
            add(field, "sales.amount.digits");
        }
        return value;
    }

    /** A quantity: at most 12 + 3 digits; {@code positive} for order lines, zero allowed in stock. */
    public BigDecimal quantity(String field, BigDecimal value, boolean positive) {
        if (value == null) {
            add(field, "sales.quantity.required");
        } else if (positive ? value.signum() <= 0 : value.signum() < 0) {
            add(field, positive ? "sales.quantity.positive" : "sales.amount.negative");
        } else if (value.stripTrailingZeros().scale() > 3 || value.precision() - value.scale() > 12) {
            add(field, "sales.quantity.digits");
        }
        return value;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new SalesImportException(errors);
        }
    }
}
