package com.kehu.crm.opportunity.dto;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Plan steps not yet executed, by when they are due as of a day: before it (overdue), or from it to the end of its
 * week (Sunday). The two never overlap, so that the home page's counts add up.
 */
public enum PlanDue {
    OVERDUE,
    THIS_WEEK;

    /** The first plan date that counts (null: none). */
    public LocalDate from(LocalDate today) {
        return this == OVERDUE ? null : today;
    }

    /** The first plan date that no longer counts. */
    public LocalDate until(LocalDate today) {
        return this == OVERDUE ? today : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1);
    }
}
