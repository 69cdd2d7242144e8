package com.kehu.crm.security.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import jakarta.ejb.ApplicationException;
import java.io.Serializable;

/**
 * The current password given to change one's own password was wrong: counted as a failed login, like one on the login
 * form. Unlike other business exceptions it does <em>not</em> roll back, so that the counted failure is committed
 * (nothing else has been changed when it is thrown). Carries the tries left before the account is locked.
 */
@ApplicationException(rollback = false)
public class CurrentPasswordWrongException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final int attemptsLeft;

    public CurrentPasswordWrongException(int attemptsLeft) {
        super("currentPassword", "password.error.currentWrong", new Serializable[] {attemptsLeft});
        this.attemptsLeft = attemptsLeft;
    }

    public int getAttemptsLeft() {
        return attemptsLeft;
    }
}
