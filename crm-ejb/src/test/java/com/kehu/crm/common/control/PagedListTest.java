package com.kehu.crm.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kehu.crm.common.control.PagedList.Direction;
import com.kehu.crm.common.dto.SortOrder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ORDER BY of the lists' shapes: sort column from the whitelist, then the id, and the order when unsorted. */
class PagedListTest {

    private static final Map<String, String> SORTABLE = Map.of("name", "x.name", "number", "x.number", "id", "x.id");

    @Test
    void aSortableFieldSortsByItsColumnThenByTheIdInTheSameDirection() {
        PagedList list = PagedList.of(SORTABLE, "x.id");
        assertEquals(" ORDER BY x.name ASC, x.id ASC", list.orderBy(SortOrder.asc("name")));
        assertEquals(" ORDER BY x.name DESC, x.id DESC", list.orderBy(new SortOrder("name", false)));
    }

    @Test
    void unsortedListsAreNewestFirstByDefault() {
        PagedList list = PagedList.of(SORTABLE, "x.id");
        assertEquals(" ORDER BY x.id DESC", list.orderBy(null));
        assertEquals(" ORDER BY x.id ASC", list.orderBy(SortOrder.asc("id")), "the id needs no tie-breaker");
    }

    @Test
    void aFieldTheListDoesNotKnowSortsAsUnsorted() {
        PagedList list = PagedList.of(SORTABLE, "x.id").unsorted("x.createdAt", Direction.DESC);
        assertNull(list.column(SortOrder.asc("x.name; DROP TABLE x")));
        assertEquals(" ORDER BY x.createdAt DESC, x.id DESC", list.orderBy(null));
        assertEquals(" ORDER BY x.createdAt DESC, x.id DESC", list.orderBy(SortOrder.asc("x.name; DROP TABLE x")));
    }

    @Test
    void unsortedAscendingTakesTheDirectionAPageAskedForOnAnUnknownField() {
        PagedList list = PagedList.of(SORTABLE, "x.id").unsortedAscending("x.number").unique("x.number");
        assertEquals(" ORDER BY x.number ASC", list.orderBy(null));
        assertEquals(" ORDER BY x.number DESC", list.orderBy(new SortOrder("unknown", false)));
        assertEquals(" ORDER BY x.number DESC", list.orderBy(new SortOrder("number", false)), "unique: no id after it");
        assertEquals(" ORDER BY x.name DESC, x.id DESC", list.orderBy(new SortOrder("name", false)));
    }

    @Test
    void theIdCanKeepAFixedDirection() {
        PagedList list = PagedList.of(SORTABLE, "x.id").idAlways(Direction.ASC).unsortedAscending("x.name");
        assertEquals(" ORDER BY x.name ASC, x.id ASC", list.orderBy(null));
        assertEquals(" ORDER BY x.name DESC, x.id ASC", list.orderBy(new SortOrder("name", false)));
    }
}
