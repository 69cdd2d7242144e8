package com.kehu.crm.common.dto;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A long job's run as every job page shows it (one progress component for all): what it works on, where it stands,
 * how far (percent, done of total in its own unit), since when and by whom, what it did so far (figures, each a
 * bundle key and a number), and whether it can be stopped or restarted from its last checkpoint.
 *
 * @param titleKey  bundle key of what the job works on (e.g. the kind of file); {@code titleText} a text beside it
 *                  (e.g. the file's name), or null
 * @param status a status name shared by the jobs: RUNNING, DONE, FAILED or STOPPED (bundle key {@code job.status.*})
 * @param total  null while unknown (an import knows its rows only at the end)
 */
public record JobProgress(long id, String titleKey, String titleText, String status, int percent, long done, Long total,
                          String unitKey, LocalDateTime startedAt, LocalDateTime finishedAt, String startedBy,
                          List<Figure> figures) implements Serializable {

    /** One figure of a run, e.g. {@code import.figure.created} = 120. */
    public record Figure(String key, long value) implements Serializable {
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean restartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }

    /** Seconds since the start, to the end or to {@code now}. */
    public long elapsedSeconds(LocalDateTime now) {
        LocalDateTime end = finishedAt == null ? now : finishedAt;
        return startedAt == null ? 0 : Math.max(0, Duration.between(startedAt, end).toSeconds());
    }

    /** Estimated seconds until done, from the pace so far; null while there is no pace to go by. */
    public Long remainingSeconds(LocalDateTime now) {
        if (!running() || percent <= 0 || percent >= 100) {
            return null;
        }
        long elapsed = elapsedSeconds(now);
        return elapsed * (100 - percent) / percent;
    }

    /** {@link #elapsedSeconds} as a clock shows it: m:ss, or h:mm:ss from an hour. */
    public String elapsedClock(LocalDateTime now) {
        return clock(elapsedSeconds(now));
    }

    /** {@link #remainingSeconds} as a clock shows it, or null. */
    public String remainingClock(LocalDateTime now) {
        Long seconds = remainingSeconds(now);
        return seconds == null ? null : clock(seconds);
    }

    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
