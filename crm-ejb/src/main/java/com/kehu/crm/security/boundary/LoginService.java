package com.kehu.crm.security.boundary;

import com.kehu.crm.security.control.LoginThrottleSettings;
import com.kehu.crm.security.control.LoginThrottles;
import com.kehu.crm.security.control.PasswordHasher;
import com.kehu.crm.security.dto.LoginState;
import com.kehu.crm.security.entity.LoginThrottle;
import com.kehu.crm.security.entity.User;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Counts the outcomes of every way of logging in (the login form, HTTP BASIC on the REST interface, the own-password
 * change), the one place where they are recorded. The password itself is checked by the server's realm; this bean
 * locks an account for {@link User#LOCK_DURATION} after {@link User#MAX_FAILED_LOGINS} failures in a row (the realm
 * refuses a locked account too), and throttles a client address after too many failures
 * ({@link LoginThrottleSettings}), without counting its further attempts against the accounts it tries.
 * <p>
 * A user name without an active account answers exactly like a real one: its failures are counted (in
 * {@link LoginThrottle}), it is shown as locked after as many failures, and a failure takes the time of a bcrypt
 * verification, so neither the message nor the time tells which names exist.
 * Called before the caller is authenticated, hence open to everyone.
 */
@Stateless
@PermitAll
public class LoginService {

    /** How long the failures of a name without an account are remembered (a real account's, until a success). */
    private static final Duration UNKNOWN_NAME_WINDOW = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private LoginThrottles throttles;

    @EJB
    private SecurityAudit audit;

    /** Whether the account name may try to log in now (any client). */
    @PermitAll
    public LoginState state(String username) {
        return state(username, null);
    }

    /** Whether the account name may try to log in now from the client address {@code client} (null: unknown). */
    @PermitAll
    public LoginState state(String username, String client) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (client != null) {
            Optional<LocalDateTime> throttled = throttles.lockedUntil(LoginThrottle.forClient(client), now);
            if (throttled.isPresent()) {
                return LoginState.throttled(throttled.get());
            }
        }
        return accountState(username, now);
    }

    /** A failed login of {@code username} from an unknown client (e.g. a wrong current password). */
    @PermitAll
    public LoginState recordFailure(String username) {
        return recordFailure(username, null);
    }

    /**
     * A failed login of {@code username} from the client address {@code client}: counted for the account (or the
     * unknown name) and for the client. Answers the account's state afterwards.
     */
    @PermitAll
    public LoginState recordFailure(String username, String client) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (client != null) {
            LoginThrottleSettings settings = LoginThrottleSettings.current();
            count(LoginThrottle.forClient(client), now, settings.maxFailures(), settings.window(), settings.window());
        }
        Optional<User> user = find(username, true);
        if (user.isPresent() && user.get().isActive()) {
            boolean wasLocked = user.get().isLocked(now);
            user.get().recordFailedLogin(now);
            audit.recordLoginFailure(username, "wrong password", !wasLocked && user.get().isLocked(now));
            return stateOf(user.get(), now);
        }
        // The realm found no active account and verified nothing: spend the time a wrong password takes.
        PasswordHasher.spendVerificationTime();
        if (username == null || username.isBlank()) {
            audit.recordLoginFailure(username, "unknown user", false);
            return LoginState.open(User.MAX_FAILED_LOGINS);
        }
        boolean wasLocked = throttles.lockedUntil(LoginThrottle.forUser(username), now).isPresent();
        Optional<LocalDateTime> locked = count(LoginThrottle.forUser(username), now, User.MAX_FAILED_LOGINS,
                UNKNOWN_NAME_WINDOW, User.LOCK_DURATION);
        audit.recordLoginFailure(username, user.isPresent() ? "inactive account" : "unknown user",
                !wasLocked && locked.isPresent());
        return locked.map(until -> new LoginState(true, until, 0)).orElseGet(() -> accountState(username, now));
    }

    @PermitAll
    public void recordSuccess(String username) {
        find(username, true).ifPresent(u -> u.recordSuccessfulLogin(LocalDateTime.now(clock)));
        audit.recordLogin(username);
    }

    /**
     * The user's security stamp while the account is active: a session remembers it at login and ends when it has
     * moved on ({@link User#endSessions()}). Empty for an unknown or disabled account.
     */
    @PermitAll
    public Optional<Long> securityStamp(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.SECURITY_STAMP, Long.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private LoginState accountState(String username, LocalDateTime now) {
        Optional<User> user = find(username, false);
        if (user.isPresent() && user.get().isActive()) {
            return stateOf(user.get(), now);
        }
        if (username == null || username.isBlank()) {
            return LoginState.open(User.MAX_FAILED_LOGINS);
        }
        return throttles.lockedUntil(LoginThrottle.forUser(username), now)
                .map(until -> new LoginState(true, until, 0))
                .orElse(LoginState.open(User.MAX_FAILED_LOGINS));
    }

    private static LoginState stateOf(User u, LocalDateTime now) {
        return u.isLocked(now)
                ? new LoginState(true, u.getLockedUntil(), 0)
                : LoginState.open(User.MAX_FAILED_LOGINS - u.getFailedLogins());
    }

    /** Counts in a transaction of its own; the first failure of a key at the same time as another's is retried. */
    private Optional<LocalDateTime> count(String key, LocalDateTime now, int max, Duration window, Duration lock) {
        try {
            return throttles.recordFailure(key, now, max, window, lock);
        } catch (EJBException concurrentInsert) {
            return throttles.recordFailure(key, now, max, window, lock);
        }
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
