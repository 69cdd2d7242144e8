package com.kehu.crm.security.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The caller's account is locked after too many failed logins (on any path: the login form, or wrong current
 * passwords on the own-password page), so it may not change its password; the web tier ends the session. Does not
 * roll back: a failure counted just before (the one that locked the account) must stay counted.
 */
@ApplicationException(rollback = false)
public class AccountLockedException extends BusinessException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LocalDateTime lockedUntil;

    public AccountLockedException(LocalDateTime lockedUntil) {
        super(null, "password.error.locked", new Serializable[] {TIME.format(lockedUntil)});
        this.lockedUntil = lockedUntil;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }
}
