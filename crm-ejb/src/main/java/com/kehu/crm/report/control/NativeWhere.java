package com.kehu.crm.report.control;

import com.kehu.crm.common.control.Conditions;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a native report query: each given filter adds a condition with a numbered parameter
 * ({@code ?1}, {@code ?2} ...), a missing one adds nothing; text is trimmed and a name matches its beginning, with the
 * user's {@code %}, {@code _} and {@code \} taken literally (as {@link Conditions} does for JPQL).
 */
public final class NativeWhere {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** A condition whose single parameter is written {@code ?}, added when the value is given. */
    public NativeWhere add(String condition, Object value) {
        Object v = value instanceof String s ? Conditions.blankToNull(s) : value;
        if (v != null) {
            params.add(v);
            clauses.add(condition.replace("?", "?" + params.size()));
        }
        return this;
    }

    /** A condition without parameters. */
    public NativeWhere add(String condition) {
        clauses.add(condition);
        return this;
    }

    /** {@code column LIKE ?}: values that begin with {@code text}. */
    public NativeWhere startsWith(String column, String text) {
        String t = Conditions.blankToNull(text);
        return t == null ? this : add(column + " LIKE ? ESCAPE '\\'", Conditions.prefixPattern(t));
    }

    public String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    public Query bind(Query query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
