package com.kehu.crm.security.boundary;

import com.kehu.crm.security.dto.LoginState;
import com.kehu.crm.security.entity.User;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Throttles failed logins per account. The password itself is checked by the server's realm; this bean only
 * counts the outcomes, and locks an account for {@link User#LOCK_DURATION} after {@link User#MAX_FAILED_LOGINS}
 * failures in a row. The realm refuses a locked account too, so the lock holds for every way of logging in.
 * Called before the caller is authenticated, hence open to everyone.
 */
@Stateless
@PermitAll
public class LoginService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private SecurityAudit audit;

    @PermitAll
    public LoginState state(String username) {
        LocalDateTime now = LocalDateTime.now(clock);
        return find(username, false)
                .map(u -> u.isLocked(now)
                        ? new LoginState(true, u.getLockedUntil(), 0)
                        : LoginState.open(User.MAX_FAILED_LOGINS - u.getFailedLogins()))
                .orElse(LoginState.open(User.MAX_FAILED_LOGINS));
    }

    @PermitAll
    public LoginState recordFailure(String username) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<User> user = find(username, true);
        boolean wasLocked = user.map(u -> u.isLocked(now)).orElse(false);
        user.ifPresent(u -> u.recordFailedLogin(now));
        audit.recordLoginFailure(username, user.isPresent() ? "wrong password" : "unknown user",
                !wasLocked && user.map(u -> u.isLocked(now)).orElse(false));
        return user.map(u -> u.isLocked(now)
                        ? new LoginState(true, u.getLockedUntil(), 0)
                        : LoginState.open(User.MAX_FAILED_LOGINS - u.getFailedLogins()))
                .orElse(LoginState.open(User.MAX_FAILED_LOGINS));
    }

    @PermitAll
    public void recordSuccess(String username) {
        find(username, true).ifPresent(u -> u.recordSuccessfulLogin(LocalDateTime.now(clock)));
        audit.recordLogin(username);
    }

    private Optional<User> find(String username, boolean forUpdate) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username.trim())
                .setLockMode(forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst();
    }
}
