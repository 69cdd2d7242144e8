package com.kehu.crm.churn.dto;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The check's timer as the server holds it: the configured schedule (e.g. {@code SAT 02:00}), the calendar
 * expression of the registered timer, whether it is persistent, and when it fires next; {@code configured} differs
 * from the timer's schedule until the schedule is applied.
 */
public record ScheduleView(String configured, String timerDayOfWeek, String timerHour, String timerMinute,
                           boolean persistent, LocalDateTime nextTimeout, int thresholdMonths)
        implements Serializable {
}
