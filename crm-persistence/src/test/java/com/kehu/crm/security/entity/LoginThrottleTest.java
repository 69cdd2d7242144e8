package com.kehu.crm.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 9, 0);
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Test
    void theLimitWithinTheWindowLocksTheKeyForTheLockDuration() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottle.forClient("10.1.2.3"), NOW);
        for (int i = 0; i < 2; i++) {
            throttle.recordFailure(NOW.plusMinutes(i), 3, WINDOW, WINDOW);
            assertFalse(throttle.isLocked(NOW.plusMinutes(i)));
        }
        throttle.recordFailure(NOW.plusMinutes(2), 3, WINDOW, WINDOW);
        assertTrue(throttle.isLocked(NOW.plusMinutes(2)));
        assertTrue(throttle.isLocked(NOW.plusMinutes(16)));
        assertFalse(throttle.isLocked(NOW.plusMinutes(17)));
        assertEquals(NOW.plusMinutes(17), throttle.getLockedUntil());
    }

    @Test
    void failuresOfAnEndedWindowNoLongerCount() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottle.forClient("10.1.2.3"), NOW);
        throttle.recordFailure(NOW, 3, WINDOW, WINDOW);
        throttle.recordFailure(NOW.plusMinutes(1), 3, WINDOW, WINDOW);
        throttle.recordFailure(NOW.plusMinutes(15), 3, WINDOW, WINDOW);
        assertFalse(throttle.isLocked(NOW.plusMinutes(15)), "a new window began");
        assertEquals(1, throttle.getFailures());
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        LoginThrottle throttle = new LoginThrottle(LoginThrottle.forUser("nobody"), NOW);
        throttle.recordFailure(NOW, 1, WINDOW, User.LOCK_DURATION);
        throttle.recordFailure(NOW.plusMinutes(10), 1, WINDOW, User.LOCK_DURATION);
        assertEquals(NOW.plus(User.LOCK_DURATION), throttle.getLockedUntil());
    }

    @Test
    void aNameCountsHoweverItIsTypedAndKeysFitTheColumn() {
        assertEquals(LoginThrottle.forUser(" Zhang "), LoginThrottle.forUser("zhang"));
        assertTrue(LoginThrottle.forUser("x".repeat(500)).length() <= LoginThrottle.KEY_LENGTH);
    }
}
