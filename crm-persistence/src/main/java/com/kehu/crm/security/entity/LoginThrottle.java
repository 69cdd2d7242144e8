package com.kehu.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Failed logins counted for something that is not an account row: a user name without an account (so that an
 * unknown name answers exactly like a real one, "locked" included) or a client address (so that one address cannot
 * lock every account). A counter holds for one window; the limit reached, the key is locked for the given time.
 * In the database rather than in memory, so that every node of a cluster counts the same failures.
 */
@Entity
@Table(name = "SEC_LOGIN_THROTTLE")
@NamedQuery(name = LoginThrottle.DELETE_ENDED,
        query = "DELETE FROM LoginThrottle t WHERE t.windowStart < :before AND (t.lockedUntil IS NULL OR t.lockedUntil < :now)")
public class LoginThrottle implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DELETE_ENDED = "LoginThrottle.deleteEnded";
    public static final int KEY_LENGTH = 160;

    @Id
    @Column(name = "THROTTLE_KEY", length = KEY_LENGTH)
    private String key;

    @Column(name = "FAILURES", nullable = false)
    private int failures;

    @Column(name = "WINDOW_START", nullable = false)
    private LocalDateTime windowStart;

    @Column(name = "LOCKED_UNTIL")
    private LocalDateTime lockedUntil;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key, LocalDateTime now) {
        this.key = key;
        this.windowStart = now;
    }

    /** The key of an account name (trimmed, lower case: the same name however it was typed). */
    public static String forUser(String username) {
        return clip("user:" + username.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /** The key of a client address. */
    public static String forClient(String address) {
        return clip("client:" + address);
    }

    private static String clip(String key) {
        return key.length() <= KEY_LENGTH ? key : key.substring(0, KEY_LENGTH);
    }

    /**
     * Counts one failure in the window that started at {@link #getWindowStart()} (a new window once it has passed);
     * the {@code max}-th failure locks the key for {@code lock}.
     */
    public void recordFailure(LocalDateTime now, int max, Duration window, Duration lock) {
        if (isLocked(now)) {
            return;
        }
        if (!windowStart.plus(window).isAfter(now)) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= max) {
            lockedUntil = now.plus(lock);
            failures = 0;
            windowStart = now;
        }
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getWindowStart() {
        return windowStart;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }
}
