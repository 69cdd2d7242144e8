package com.kehu.crm.web.common;

import com.kehu.crm.common.dto.SortOrder;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy model over a service's {@code count(criteria)} and {@code search(criteria, offset, limit, sort)}:
 * the table asks for one page at a time and the database does the paging and sorting.
 *
 * @param <R> the row type, a record with an {@code id()}
 */
public class LazyRows<R> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    /** The page query of a list: column filters (field → value), offset, limit, sort → rows. */
    @FunctionalInterface
    public interface PageQuery<R> extends Serializable {
        List<R> load(Map<String, Object> filters, int offset, int limit, SortOrder sort);
    }

    /** The count of a list with the current filters. */
    @FunctionalInterface
    public interface CountQuery extends Serializable {
        long count(Map<String, Object> filters);
    }

    private final CountQuery count;
    private final PageQuery<R> page;
    private final SerializableKey<R> key;
    /** The last count and the column filters it was made for: paging and sorting do not count again. */
    private Map<String, Object> countedFilters;
    private long counted;
    /** The rows shown so far, by key: a selection spans pages, and the table asks for its rows by key. */
    private final SeenRows<R> seen = new SeenRows<>();

    public LazyRows(CountQuery count, PageQuery<R> page, SerializableKey<R> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    /** How to tell rows apart (for selection). */
    @FunctionalInterface
    public interface SerializableKey<R> extends Function<R, Object>, Serializable {
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Map<String, Object> filters = filters(filterBy);
        if (!filters.equals(countedFilters)) {
            counted = count.count(filters);
            countedFilters = filters;
        }
        return Math.toIntExact(counted);
    }

    /** The search form changed: count again at the next load. */
    public void recount() {
        countedFilters = null;
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortOrder sort = sortBy.values().stream().findFirst()
                .map(s -> new SortOrder(s.getField(), s.getOrder() != org.primefaces.model.SortOrder.DESCENDING))
                .orElse(null);
        List<R> rows = page.load(filters(filterBy), first, pageSize, sort);
        rows.forEach(r -> seen.put(getRowKey(r), r));
        return rows;
    }

    /** The column filters that have a value. */
    public static Map<String, Object> filters(Map<String, FilterMeta> filterBy) {
        Map<String, Object> filters = new HashMap<>();
        filterBy.forEach((field, meta) -> {
            Object value = meta.getFilterValue();
            if (value != null && !value.toString().isBlank()) {
                filters.put(field, value);
            }
        });
        return filters;
    }

    @Override
    public String getRowKey(R row) {
        return String.valueOf(key.apply(row));
    }

    /** A row selected on this page or on another one shown before (selections keep their rows across pages). */
    @Override
    public R getRowData(String rowKey) {
        return seen.get(rowKey);
    }

    /** The most recently shown rows, bounded: a selection is made among rows the user has seen. */
    private static final class SeenRows<R> extends LinkedHashMap<String, R> {

        private static final long serialVersionUID = 1L;
        private static final int MAX = 5_000;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, R> eldest) {
            return size() > MAX;
        }
    }
}
