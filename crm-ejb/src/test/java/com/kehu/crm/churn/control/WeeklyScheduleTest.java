package com.kehu.crm.churn.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The weekly schedule: parsing, the previous and next slot, and the start-up catch-up rule, on a fixed clock. */
class WeeklyScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WeeklySchedule SATURDAY_2AM = WeeklySchedule.parse(WeeklySchedule.DEFAULT);

    private static LocalDateTime at(String when) {
        Clock clock = Clock.fixed(LocalDateTime.parse(when).atZone(SHANGHAI).toInstant(), SHANGHAI);
        return LocalDateTime.now(clock);
    }

    @Test
    void theDefaultIsSaturdayAtTwo() {
        assertEquals(Set.of(DayOfWeek.SATURDAY), SATURDAY_2AM.days());
        assertEquals("SAT 02:00", SATURDAY_2AM.toString());
        ScheduleExpression expression = SATURDAY_2AM.toExpression();
        assertEquals("Sat", expression.getDayOfWeek());
        assertEquals("2", expression.getHour());
        assertEquals("0", expression.getMinute());
        assertEquals("0", expression.getSecond());
    }

    @Test
    void severalDaysAndLowerCaseAreAccepted() {
        WeeklySchedule schedule = WeeklySchedule.parse(" mon,thursday  03:30 ");
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), schedule.days());
        assertEquals("Mon,Thu", schedule.toExpression().getDayOfWeek());
        assertEquals("MON,THU 03:30", schedule.toString());
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WeeklySchedule.parse("SA 02:00"));
        assertThrows(IllegalArgumentException.class, () -> WeeklySchedule.parse("SAT"));
        assertThrows(IllegalArgumentException.class, () -> WeeklySchedule.parse("SAT 25:00"));
        assertThrows(IllegalArgumentException.class, () -> WeeklySchedule.parse(null));
    }

    @Test
    void previousAndNextSlots() {
        // 2026-11-23 is a Monday.
        assertEquals(LocalDateTime.parse("2026-11-21T02:00"), SATURDAY_2AM.previous(at("2026-11-23T10:00")));
        assertEquals(LocalDateTime.parse("2026-11-28T02:00"), SATURDAY_2AM.next(at("2026-11-23T10:00")));
        // On Saturday before and after two o'clock; exactly at two the slot is now.
        assertEquals(LocalDateTime.parse("2026-11-21T02:00"), SATURDAY_2AM.previous(at("2026-11-28T01:59")));
        assertEquals(LocalDateTime.parse("2026-11-28T02:00"), SATURDAY_2AM.previous(at("2026-11-28T02:00")));
        assertEquals(LocalDateTime.parse("2026-12-05T02:00"), SATURDAY_2AM.next(at("2026-11-28T02:00")));
    }

    @Test
    void aSlotMissedWhileTheServerWasDownIsCaughtUp() {
        LocalDateTime mondayMorning = at("2026-11-23T08:00");
        // Last run the Saturday before: the server was down on 21 November at 02:00.
        assertEquals(Optional.of(LocalDateTime.parse("2026-11-21T02:00")),
                SATURDAY_2AM.missed(Optional.of(LocalDateTime.parse("2026-11-14T02:00:05")), mondayMorning));
        // The check ran at (or after) the latest slot: nothing to catch up.
        assertTrue(SATURDAY_2AM.missed(Optional.of(LocalDateTime.parse("2026-11-21T02:00:01")), mondayMorning)
                .isEmpty());
        assertTrue(SATURDAY_2AM.missed(Optional.of(LocalDateTime.parse("2026-11-22T15:00")), mondayMorning).isEmpty());
        // A fresh installation (no run ever) waits for its first Saturday.
        assertTrue(SATURDAY_2AM.missed(Optional.empty(), mondayMorning).isEmpty());
    }

    @Test
    void theCutoffIsTheThresholdInCalendarMonths() {
        assertEquals(java.time.LocalDate.parse("2026-05-23"),
                ChurnSettings.cutoff(java.time.LocalDate.parse("2026-11-23"), 6));
        assertEquals(java.time.LocalDate.parse("2026-02-28"),
                ChurnSettings.cutoff(java.time.LocalDate.parse("2026-08-31"), 6));
    }

    @Test
    void wrongSettingsFallBackToTheDefaults() {
        System.setProperty(ChurnSettings.THRESHOLD_MONTHS, "zero");
        System.setProperty(ChurnSettings.SCHEDULE, "someday");
        try {
            assertEquals(ChurnSettings.DEFAULT_THRESHOLD_MONTHS, ChurnSettings.thresholdMonths());
            assertEquals(SATURDAY_2AM, ChurnSettings.schedule());
            System.setProperty(ChurnSettings.THRESHOLD_MONTHS, "3");
            assertEquals(3, ChurnSettings.thresholdMonths());
        } finally {
            System.clearProperty(ChurnSettings.THRESHOLD_MONTHS);
            System.clearProperty(ChurnSettings.SCHEDULE);
        }
    }

    @Test
    void eachDatabaseGetsItsOwnSequenceSyntax() {
        assertEquals("CRM_SEQ.NEXTVAL", ChurnChunks.nextId("oracle"));
        assertEquals("nextval('crm_seq')", ChurnChunks.nextId("postgresql"));
        assertEquals("NEXT VALUE FOR CRM_SEQ", ChurnChunks.nextId("h2"));
    }
}
