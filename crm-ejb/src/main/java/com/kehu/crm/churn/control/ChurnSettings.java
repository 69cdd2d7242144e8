package com.kehu.crm.churn.control;

import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The churn check's settings, system properties of the server so that IT changes them without a rebuild
 * ({@code /system-property=kehu.churn.threshold-months:write-attribute(...)}, see config/40-churn.cli):
 * <ul>
 * <li>{@code kehu.churn.schedule}: when the timer fires, e.g. {@code SAT 02:00} (server time); applied at start-up
 * or by the administrator's "apply schedule";</li>
 * <li>{@code kehu.churn.threshold-months}: months without a shipped or paid order before a warning, read at each
 * run;</li>
 * <li>{@code kehu.churn.chunk-size}: customers per transaction of the check.</li>
 * </ul>
 * A wrong value is logged and the default used: a typo must not stop the weekly check.
 */
public final class ChurnSettings {

    public static final String SCHEDULE = "kehu.churn.schedule";
    public static final String THRESHOLD_MONTHS = "kehu.churn.threshold-months";
    public static final String CHUNK_SIZE = "kehu.churn.chunk-size";
    public static final int DEFAULT_THRESHOLD_MONTHS = 6;
    public static final int DEFAULT_CHUNK_SIZE = 10_000;
    private static final Logger LOG = Logger.getLogger(ChurnSettings.class.getName());

    private ChurnSettings() {
    }

    public static WeeklySchedule schedule() {
        String text = System.getProperty(SCHEDULE, WeeklySchedule.DEFAULT);
        try {
            return WeeklySchedule.parse(text);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> SCHEDULE + ": " + e.getMessage() + "; using " + WeeklySchedule.DEFAULT);
            return WeeklySchedule.parse(WeeklySchedule.DEFAULT);
        }
    }

    public static int thresholdMonths() {
        return positive(THRESHOLD_MONTHS, DEFAULT_THRESHOLD_MONTHS, 120);
    }

    public static int chunkSize() {
        return positive(CHUNK_SIZE, DEFAULT_CHUNK_SIZE, 1_000_000);
    }

    /** Customers whose last order is before this day (or who never ordered and were created before it) are warned. */
    public static LocalDate cutoff(LocalDate today, int months) {
        return today.minusMonths(months);
    }

    static int positive(String property, int fallback, int max) {
        String text = System.getProperty(property);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.warning(() -> property + "=" + text + " is not a number from 1 to " + max + "; using " + fallback);
        return fallback;
    }
}
