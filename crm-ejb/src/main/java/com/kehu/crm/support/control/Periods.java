package com.kehu.crm.support.control;

import com.kehu.crm.support.dto.Granularity;
import com.kehu.crm.support.dto.MonthCount;
import com.kehu.crm.support.dto.PeriodCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds the database's counts per month into quarters or years. The database groups by year and month (EXTRACT
 * works alike on Oracle, PostgreSQL and H2, a quarter does not), so this only adds up at most twelve rows a year.
 */
public final class Periods {

    private Periods() {
    }

    /** The counts per period and type, in period order, then type order. */
    public static List<PeriodCount> fold(List<MonthCount> months, Granularity granularity) {
        Map<String, Map<String, Long>> byPeriod = new TreeMap<>();
        for (MonthCount m : months) {
            byPeriod.computeIfAbsent(label(m.year(), m.month(), granularity), p -> new TreeMap<>())
                    .merge(m.type(), m.count(), Long::sum);
        }
        List<PeriodCount> result = new ArrayList<>();
        byPeriod.forEach((period, types) -> types.forEach((type, count) -> result.add(new PeriodCount(period, type,
                count))));
        return result;
    }

    /** {@code 2026-03}, {@code 2026-Q1} or {@code 2026}: sorts in time order as text. */
    public static String label(int year, int month, Granularity granularity) {
        return switch (granularity) {
            case MONTH -> String.format("%04d-%02d", year, month);
            case QUARTER -> String.format("%04d-Q%d", year, (month - 1) / 3 + 1);
            case YEAR -> String.format("%04d", year);
        };
    }
}
