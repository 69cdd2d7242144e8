package com.kehu.crm.security.dto;

import java.io.Serializable;
import java.time.LocalDateTime;

/** Whether an account may try to log in now, and if not, until when it is locked. */
public record LoginState(boolean locked, LocalDateTime lockedUntil, int attemptsLeft) implements Serializable {

    public static LoginState open(int attemptsLeft) {
        return new LoginState(false, null, attemptsLeft);
    }
}
