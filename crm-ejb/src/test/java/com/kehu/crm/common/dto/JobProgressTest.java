package com.kehu.crm.common.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobProgressTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 30, 9, 0);

    private static JobProgress run(String status, int percent, LocalDateTime finished) {
        return new JobProgress(1, "CsvKind.ORDERS", "orders.csv", status, percent, 100, null, "job.unit.rows", START,
                finished, "admin", List.of());
    }

    @Test
    void theRemainingTimeFollowsThePaceSoFar() {
        JobProgress quarter = run("RUNNING", 25, null);
        assertEquals(90, quarter.elapsedSeconds(START.plusSeconds(90)));
        assertEquals(270, quarter.remainingSeconds(START.plusSeconds(90)));
        assertEquals("4:30", quarter.remainingClock(START.plusSeconds(90)));
    }

    @Test
    void nothingRemainsToEstimateBeforeAPaceOrAfterTheEnd() {
        assertNull(run("RUNNING", 0, null).remainingSeconds(START.plusSeconds(5)));
        assertNull(run("DONE", 100, START.plusSeconds(30)).remainingSeconds(START.plusHours(1)));
        assertEquals(30, run("DONE", 100, START.plusSeconds(30)).elapsedSeconds(START.plusHours(1)),
                "a finished run's time stops at its end");
    }

    @Test
    void clocksShowHoursFromAnHour() {
        assertEquals("0:07", JobProgress.clock(7));
        assertEquals("1:00:05", JobProgress.clock(3605));
    }

    @Test
    void failedAndStoppedRunsCanGoOn() {
        assertEquals(true, run("FAILED", 40, START).restartable());
        assertEquals(true, run("STOPPED", 40, START).restartable());
        assertEquals(false, run("DONE", 100, START).restartable());
    }
}
