package com.kehu.crm.security.boundary;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.security.control.ContainerCredentials;
import com.kehu.crm.security.control.PasswordHasher;
import com.kehu.crm.security.control.PasswordPolicy;
import com.kehu.crm.security.dto.LoginState;
import com.kehu.crm.security.dto.Profile;
import com.kehu.crm.security.dto.RoleLabel;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.SecurityEventType;
import com.kehu.crm.security.entity.SecurityOutcome;
import com.kehu.crm.security.entity.User;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;

/** What every logged-in user may do with their own account (密码修改). */
@Stateless
@PermitAll
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @EJB
    private LoginService loginService;

    @EJB
    private SecurityAudit audit;

    @Inject
    private Clock clock;

    private final ContainerCredentials credentials = new ContainerCredentials();

    /** Any authenticated caller: their name, display name and roles. */
    @PermitAll
    public Profile myProfile() {
        User me = me();
        return new Profile(me.getUsername(), me.getDisplayName(),
                me.getRoles().stream().sorted(Comparator.comparing(Role::getId))
                        .map(r -> new RoleLabel(r.getCode(), r.getNameZh(), r.getNameEn())).toList(),
                me.getPreviousLoginAt());
    }

    /**
     * Any authenticated caller: changes their own password after the realm confirmed the current one. A wrong current
     * password counts as a failed login through {@link LoginService}, the same counter and lock as the login form's,
     * so that a session left open cannot be used to guess the password without limit: it answers
     * {@link CurrentPasswordWrongException} with the tries left, or {@link AccountLockedException} once the account is
     * locked. A locked account cannot change its password, even with the right one. Both are committed, not rolled
     * back (the counted failure must stay); the new password must meet the {@link PasswordPolicy}.
     */
    @PermitAll
    public void changeMyPassword(String currentPassword, String newPassword) {
        User me = me();
        LoginState state = loginService.state(me.getUsername());
        if (state.locked()) {
            throw new AccountLockedException(state.lockedUntil());
        }
        if (!credentials.verify(me.getUsername(), currentPassword)) {
            audit.recordRefused(SecurityEventType.PASSWORD_CHANGE, me.getUsername(), "current password wrong");
            LoginState after = loginService.recordFailure(me.getUsername());
            if (after.locked()) {
                throw new AccountLockedException(after.lockedUntil());
            }
            throw new CurrentPasswordWrongException(after.attemptsLeft());
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw BusinessException.onField("newPassword", "password.error.unchanged");
        }
        PasswordPolicy.check("newPassword", me.getUsername(), newPassword);
        me.changePassword(PasswordHasher.hash(newPassword));
        audit.record(SecurityEventType.PASSWORD_CHANGE, SecurityOutcome.SUCCESS, me.getUsername(), null);
    }

    /** Any authenticated caller: records their logout (the web tier ends the session). */
    @PermitAll
    public void recordLogout() {
        audit.record(SecurityEventType.LOGOUT, SecurityOutcome.SUCCESS, caller.getCallerPrincipal().getName(), null);
    }

    /**
     * Any authenticated caller: whether someone else chose their current password (the first administrator, a
     * reset), so that they must change it before anything else. The web tier's guard asks this.
     */
    @PermitAll
    public boolean mustChangeMyPassword() {
        // A caller without a Kehu CRM user (e.g. a directory login without one) has nothing to change here.
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", caller.getCallerPrincipal().getName())
                .getResultStream().findFirst().map(User::isPasswordChangeRequired).orElse(false);
    }

    /**
     * Any authenticated caller: whether they have an active, unlocked Kehu CRM user. The server's realm may
     * authenticate people Kehu CRM does not know (a directory, Kerberos or OpenID Connect login without a Kehu CRM
     * user, or with a disabled one): the web tier's guard shows them the no-access page instead of the application.
     */
    @PermitAll
    public boolean hasAccess() {
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", caller.getCallerPrincipal().getName())
                .getResultStream().findFirst().map(u -> u.isActive() && !u.isLocked(now)).orElse(false);
    }

    private User me() {
        String name = caller.getCallerPrincipal().getName();
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", name)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("error.notAuthenticated"));
    }
}
