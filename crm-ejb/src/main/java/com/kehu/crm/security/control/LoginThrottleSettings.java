package com.kehu.crm.security.control;

import java.time.Duration;

/**
 * The per-client login throttle, from server system properties read at each use (a changed property applies at
 * once): {@code kehu.login.client-max-failures} failed logins (default 20) within
 * {@code kehu.login.client-window-minutes} minutes (default 15) from one client address refuse further logins from it
 * for that long, without counting them against the accounts tried.
 */
public record LoginThrottleSettings(int maxFailures, Duration window) {

    public static final String MAX_FAILURES = "kehu.login.client-max-failures";
    public static final String WINDOW_MINUTES = "kehu.login.client-window-minutes";
    static final int DEFAULT_MAX_FAILURES = 20;
    static final int DEFAULT_WINDOW_MINUTES = 15;

    public static LoginThrottleSettings current() {
        return new LoginThrottleSettings(positive(MAX_FAILURES, DEFAULT_MAX_FAILURES),
                Duration.ofMinutes(positive(WINDOW_MINUTES, DEFAULT_WINDOW_MINUTES)));
    }

    private static int positive(String property, int fallback) {
        try {
            int value = Integer.parseInt(System.getProperty(property, String.valueOf(fallback)).trim());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
