package com.kehu.crm.support.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kehu.crm.support.dto.Granularity;
import com.kehu.crm.support.dto.MonthCount;
import com.kehu.crm.support.dto.PeriodCount;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The database's counts per month, added up into quarters and years. */
class PeriodsTest {

    private static final List<MonthCount> MONTHS = List.of(
            new MonthCount(2026, 2, "COMPLAINT", 2),
            new MonthCount(2026, 1, "CONSULT", 3),
            new MonthCount(2026, 3, "COMPLAINT", 1),
            new MonthCount(2026, 4, "COMPLAINT", 5),
            new MonthCount(2025, 12, "SUGGEST", 7));

    @Test
    void monthsStayMonthsInTimeOrder() {
        assertEquals(List.of(new PeriodCount("2025-12", "SUGGEST", 7), new PeriodCount("2026-01", "CONSULT", 3),
                new PeriodCount("2026-02", "COMPLAINT", 2), new PeriodCount("2026-03", "COMPLAINT", 1),
                new PeriodCount("2026-04", "COMPLAINT", 5)), Periods.fold(MONTHS, Granularity.MONTH));
    }

    @Test
    void quartersAddUpTheirMonthsByType() {
        assertEquals(List.of(new PeriodCount("2025-Q4", "SUGGEST", 7), new PeriodCount("2026-Q1", "COMPLAINT", 3),
                new PeriodCount("2026-Q1", "CONSULT", 3), new PeriodCount("2026-Q2", "COMPLAINT", 5)),
                Periods.fold(MONTHS, Granularity.QUARTER));
    }

    @Test
    void yearsAddUpEverything() {
        assertEquals(List.of(new PeriodCount("2025", "SUGGEST", 7), new PeriodCount("2026", "COMPLAINT", 8),
                new PeriodCount("2026", "CONSULT", 3)), Periods.fold(MONTHS, Granularity.YEAR));
    }
}
