package com.kehu.crm.security.control;

import com.kehu.crm.security.entity.LoginThrottle;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The counters of {@link LoginThrottle}. A failure is counted in a transaction of its own, so that two first failures
 * of the same key at once (both inserting the row) cost one retry instead of a failed login page.
 * Used before the caller is authenticated, hence open to everyone; only {@code LoginService} calls it.
 */
@Stateless
@PermitAll
public class LoginThrottles {

    /** Rows whose window ended this long ago (and that lock nothing) are deleted. */
    private static final Duration KEEP = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    /** The key's lock end, when it is locked at {@code now}. */
    @PermitAll
    public Optional<LocalDateTime> lockedUntil(String key, LocalDateTime now) {
        LoginThrottle throttle = em.find(LoginThrottle.class, key);
        return throttle != null && throttle.isLocked(now) ? Optional.of(throttle.getLockedUntil()) : Optional.empty();
    }

    /** Counts a failure for {@code key}; answers the lock end when the key is locked afterwards. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<LocalDateTime> recordFailure(String key, LocalDateTime now, int max, Duration window,
                                                 Duration lock) {
        em.createNamedQuery(LoginThrottle.DELETE_ENDED).setParameter("before", now.minus(KEEP))
                .setParameter("now", now).executeUpdate();
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(key, now);
            em.persist(throttle);
        }
        throttle.recordFailure(now, max, window, lock);
        em.flush();
        return throttle.isLocked(now) ? Optional.of(throttle.getLockedUntil()) : Optional.empty();
    }

    /** A successful login of an account name ends its count. */
    @PermitAll
    public void forget(String key) {
        LoginThrottle throttle = em.find(LoginThrottle.class, key);
        if (throttle != null) {
            em.remove(throttle);
        }
    }
}
