package com.kehu.crm.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

    @Test
    void theFifthFailedLoginInARowLocksTheAccountForFifteenMinutes() {
        User user = new User("zhang", "张三", "$2a$10$hash");
        for (int i = 1; i < User.MAX_FAILED_LOGINS; i++) {
            user.recordFailedLogin(NOW);
            assertFalse(user.isLocked(NOW), "after " + i + " failures");
        }
        user.recordFailedLogin(NOW);
        assertTrue(user.isLocked(NOW));
        assertTrue(user.isLocked(NOW.plusMinutes(14)));
        assertFalse(user.isLocked(NOW.plusMinutes(15)));
        assertEquals(NOW.plus(User.LOCK_DURATION), user.getLockedUntil());
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        User user = new User("zhang", "张三", "$2a$10$hash");
        for (int i = 0; i < User.MAX_FAILED_LOGINS; i++) {
            user.recordFailedLogin(NOW);
        }
        user.recordFailedLogin(NOW.plusMinutes(10));
        assertEquals(NOW.plus(User.LOCK_DURATION), user.getLockedUntil());
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        User user = new User("zhang", "张三", "$2a$10$hash");
        user.recordFailedLogin(NOW);
        user.recordFailedLogin(NOW);
        user.recordSuccessfulLogin(NOW);
        assertEquals(0, user.getFailedLogins());
        assertNull(user.getLockedUntil());
        assertEquals(NOW, user.getLastLoginAt());
        user.recordSuccessfulLogin(NOW.plusDays(1));
        assertEquals(NOW, user.getPreviousLoginAt());
    }

    @Test
    void theUserNameIsSetOnlyOnANewUser() {
        User user = new User();
        user.setUsername("  li  ");
        assertEquals("li", user.getUsername());
    }

    @Test
    void aPasswordChosenBySomeoneElseMustBeChangedAndTheUsersOwnChangeClearsThat() {
        User user = new User("zhang", "张三", "$2a$10$hash");
        assertFalse(user.isPasswordChangeRequired(), "a new user object needs no change");
        user.requirePasswordChange();
        assertTrue(user.isPasswordChangeRequired());
        user.changePassword("$2a$10$other");
        assertFalse(user.isPasswordChangeRequired());
        assertEquals("$2a$10$other", user.getPasswordHash());
    }

    @Test
    void theLockEndsTheUsersSessionsButAFailureBeforeItDoesNot() {
        User user = new User("li", "李四", "$2a$10$hash");
        long before = user.getSecurityStamp();
        for (int i = 1; i < User.MAX_FAILED_LOGINS; i++) {
            user.recordFailedLogin(NOW);
        }
        assertEquals(before, user.getSecurityStamp());
        user.recordFailedLogin(NOW);
        assertTrue(user.getSecurityStamp() > before);
    }
}
