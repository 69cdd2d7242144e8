package com.kehu.crm.security.dto;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Whether a login may be tried now: not while the account name is locked (until {@code lockedUntil}), nor while the
 * client address is throttled ({@code clientThrottled}, until {@code lockedUntil}). An unknown name answers like an
 * account.
 */
public record LoginState(boolean locked, LocalDateTime lockedUntil, int attemptsLeft, boolean clientThrottled)
        implements Serializable {

    public LoginState(boolean locked, LocalDateTime lockedUntil, int attemptsLeft) {
        this(locked, lockedUntil, attemptsLeft, false);
    }

    public static LoginState open(int attemptsLeft) {
        return new LoginState(false, null, attemptsLeft, false);
    }

    public static LoginState throttled(LocalDateTime until) {
        return new LoginState(false, until, 0, true);
    }

    /** Refused before the password is even looked at. */
    public boolean refused() {
        return locked || clientThrottled;
    }
}
