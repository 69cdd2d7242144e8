package com.kehu.crm.common.control;

import com.kehu.crm.common.dto.SortOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape every paged list shares: the number of rows that match the search form (counted once per change of the
 * filters, not per page), and one page of them at a time, sorted by a column the list allows and then by its id.
 * A page names a field, never a column: a field the list does not know sorts as if the page had not asked. The id as
 * the last key keeps rows with equal values in the same order from page to page, so that no row is shown twice or
 * skipped.
 * <p>
 * A list states its sortable fields, its id and its order when the page does not sort; its service supplies the
 * {@code SELECT … FROM} and the {@link Conditions}. Immutable, so a list keeps it in a constant. No business rules:
 * whose rows a caller sees is part of the conditions.
 */
public final class PagedList {

    /** A direction of sorting, as written in JPQL. */
    public enum Direction {
        ASC, DESC
    }

    private final Map<String, String> sortable;
    private final String id;
    /** The id's direction after the sort column; null: the sort column's. */
    private final Direction idDirection;
    private final String unsortedColumn;
    /** The direction when the page does not sort; null: the page's, ascending when it asks for no sort at all. */
    private final Direction unsortedDirection;
    /** Columns whose values never repeat: the id after them would change nothing. */
    private final Set<String> unique;

    private PagedList(Map<String, String> sortable, String id, Direction idDirection, String unsortedColumn,
                      Direction unsortedDirection, Set<String> unique) {
        this.sortable = Map.copyOf(sortable);
        this.id = id;
        this.idDirection = idDirection;
        this.unsortedColumn = unsortedColumn;
        this.unsortedDirection = unsortedDirection;
        this.unique = Set.copyOf(unique);
    }

    /**
     * A list whose pages may sort by {@code sortable} (field → JPQL path, each with an index), then by {@code id} in
     * the same direction; unsorted, newest first (by the id, descending).
     */
    public static PagedList of(Map<String, String> sortable, String id) {
        return new PagedList(sortable, id, null, id, Direction.DESC, Set.of());
    }

    /** The id after the sort column always in {@code direction}, whatever the direction of the sort. */
    public PagedList idAlways(Direction direction) {
        return new PagedList(sortable, id, direction, unsortedColumn, unsortedDirection, unique);
    }

    /** Unsorted: by {@code column} in {@code direction}. */
    public PagedList unsorted(String column, Direction direction) {
        return new PagedList(sortable, id, idDirection, column, direction, unique);
    }

    /**
     * Unsorted: by {@code column}, ascending; a page that asks for a field the list does not know gets its direction
     * on this column.
     */
    public PagedList unsortedAscending(String column) {
        return new PagedList(sortable, id, idDirection, column, null, unique);
    }

    /** Sorting by {@code column} needs no id after it: its values never repeat (and its own index serves alone). */
    public PagedList unique(String column) {
        Set<String> columns = new HashSet<>(unique);
        columns.add(column);
        return new PagedList(sortable, id, idDirection, unsortedColumn, unsortedDirection, columns);
    }

    /** The column the page asks to sort by, or null when it asks for none or for a field the list does not know. */
    public String column(SortOrder sort) {
        return sort == null ? null : sortable.get(sort.field());
    }

    /** {@code " ORDER BY column direction, id direction"} for what the page asks. */
    public String orderBy(SortOrder sort) {
        String column = column(sort);
        Direction direction;
        if (column == null) {
            column = unsortedColumn;
            direction = unsortedDirection != null ? unsortedDirection
                    : sort == null || sort.ascending() ? Direction.ASC : Direction.DESC;
        } else {
            direction = sort.ascending() ? Direction.ASC : Direction.DESC;
        }
        StringBuilder order = new StringBuilder(" ORDER BY ").append(column).append(' ').append(direction);
        if (!column.equals(id) && !unique.contains(column)) {
            order.append(", ").append(id).append(' ').append(idDirection == null ? direction : idDirection);
        }
        return order.toString();
    }

    /** The number of matching rows: {@code selectCount} is the list's {@code SELECT COUNT(…) FROM …}. */
    public long count(EntityManager em, String selectCount, Conditions where) {
        StringBuilder jpql = new StringBuilder(selectCount);
        Map<String, Object> params = where.appendTo(jpql);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** One page of {@code select} (the list's {@code SELECT … FROM …}) with the conditions, sorted as the page asks. */
    public <R> List<R> page(EntityManager em, String select, Conditions where, SortOrder sort, int offset, int limit,
                            Class<R> type) {
        StringBuilder jpql = new StringBuilder(select);
        Map<String, Object> params = where.appendTo(jpql);
        jpql.append(orderBy(sort));
        TypedQuery<R> query = em.createQuery(jpql.toString(), type).setFirstResult(offset).setMaxResults(limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
