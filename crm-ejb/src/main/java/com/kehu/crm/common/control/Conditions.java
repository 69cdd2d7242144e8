package com.kehu.crm.common.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a list's JPQL, built from the fields of its search form: each filled field adds a condition
 * and its parameter, a blank one adds nothing. One place for the rules every list follows: text is trimmed, a name
 * search matches the beginning (so that an index on the column serves it) and the user's {@code %}, {@code _} and
 * {@code \} match themselves.
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** {@code path LIKE :name}: values that begin with {@code text}. */
    public Conditions startsWith(String path, String name, String text) {
        String t = blankToNull(text);
        return t == null ? this : add(path + " LIKE :" + name + " ESCAPE '\\'", name, prefixPattern(t));
    }

    /** {@code path = :name}. */
    public Conditions equal(String path, String name, Object value) {
        return add(path + " = :" + name, name, value);
    }

    /** Any condition with one parameter {@code :name}, added when the value is given (a blank text is not). */
    public Conditions add(String condition, String name, Object value) {
        Object v = value instanceof String s ? blankToNull(s) : value;
        if (v != null) {
            clauses.add(condition);
            params.put(name, v);
        }
        return this;
    }

    /** A condition with several parameters, all given. */
    public Conditions add(String condition, Map<String, ?> values) {
        clauses.add(condition);
        params.putAll(values);
        return this;
    }

    /** A condition without parameters. */
    public Conditions add(String condition) {
        clauses.add(condition);
        return this;
    }

    /** Appends {@code WHERE a AND b ...} (nothing without conditions) and returns the parameters to bind. */
    public Map<String, Object> appendTo(StringBuilder jpql) {
        if (!clauses.isEmpty()) {
            jpql.append(" WHERE ").append(String.join(" AND ", clauses));
        }
        return params;
    }

    /** The trimmed text, or null when it is null or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A LIKE pattern (escape character {@code \}) for values beginning with {@code text}, taken literally. */
    public static String prefixPattern(String text) {
        return text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
