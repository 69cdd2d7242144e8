package com.kehu.crm.churn.control;

import jakarta.ejb.ScheduleExpression;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When the churn check runs: one or more days of the week at one time of day, written like {@code SAT 02:00} or
 * {@code MON,THU 03:30}. Deliberately simpler than an EJB schedule expression: the start-up catch-up must compute
 * the slot a stopped cluster missed, which this form makes obvious and testable.
 */
public record WeeklySchedule(Set<DayOfWeek> days, LocalTime time) implements Serializable {

    public static final String DEFAULT = "SAT 02:00";

    public WeeklySchedule {
        if (days == null || days.isEmpty() || time == null) {
            throw new IllegalArgumentException("a schedule needs days and a time");
        }
        days = Set.copyOf(days);
        time = time.withSecond(0).withNano(0);
    }

    /** Parses {@code DAY[,DAY...] HH:mm}; days as MON..SUN (case-insensitive). */
    public static WeeklySchedule parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no schedule");
        }
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("schedule must look like 'SAT 02:00': " + text);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : parts[0].split(",")) {
            days.add(day(day.trim()));
        }
        try {
            return new WeeklySchedule(days, LocalTime.parse(parts[1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("schedule time must look like 02:00: " + text, e);
        }
    }

    private static DayOfWeek day(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(upper) && upper.length() >= 3)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown day of week: " + text));
    }

    /** The latest slot at or before {@code now}. */
    public LocalDateTime previous(LocalDateTime now) {
        for (int back = 0; back <= 7; back++) {
            LocalDateTime slot = now.toLocalDate().minusDays(back).atTime(time);
            if (days.contains(slot.getDayOfWeek()) && !slot.isAfter(now)) {
                return slot;
            }
        }
        throw new IllegalStateException("no slot within a week");
    }

    /** The first slot after {@code now}. */
    public LocalDateTime next(LocalDateTime now) {
        for (int ahead = 0; ahead <= 7; ahead++) {
            LocalDateTime slot = now.toLocalDate().plusDays(ahead).atTime(time);
            if (days.contains(slot.getDayOfWeek()) && slot.isAfter(now)) {
                return slot;
            }
        }
        throw new IllegalStateException("no slot within a week");
    }

    /**
     * The slot to catch up at start-up: the latest one before {@code now}, if the check had run before it (the
     * application was in service) but not since. A fresh installation has nothing to catch up.
     */
    public Optional<LocalDateTime> missed(Optional<LocalDateTime> lastRunStarted, LocalDateTime now) {
        LocalDateTime slot = previous(now);
        return lastRunStarted.filter(last -> last.isBefore(slot)).map(last -> slot);
    }

    /** The same schedule as the EJB timer service's calendar expression (server time zone). */
    public ScheduleExpression toExpression() {
        return new ScheduleExpression().dayOfWeek(dayList()).hour(time.getHour()).minute(time.getMinute()).second(0);
    }

    /** As configured: {@code SAT 02:00}. */
    @Override
    public String toString() {
        return dayList().toUpperCase(Locale.ROOT) + " " + time;
    }

    private String dayList() {
        return new TreeSet<>(days).stream().map(d -> d.name().substring(0, 1) + d.name().substring(1, 3)
                .toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
    }
}
