package com.kehu.crm.security.entity;

import com.kehu.crm.common.entity.BaseEntity;
import com.kehu.crm.common.entity.Lengths;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who logs in. The password is only ever stored as a bcrypt hash, which the server's realm reads to
 * authenticate: the application never compares passwords itself.
 */
@Entity
@Table(name = "SEC_USER")
@NamedQuery(name = User.BY_USERNAME, query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = User.COUNT_BY_USERNAME, query = "SELECT COUNT(u) FROM User u WHERE u.username = :username")
@NamedQuery(name = User.SECURITY_STAMP, query = "SELECT u.securityStamp FROM User u WHERE u.username = :username AND u.status = com.kehu.crm.security.entity.AccountStatus.ACTIVE")
@NamedQuery(name = User.END_SESSIONS_OF_ROLE, query = "UPDATE User u SET u.securityStamp = u.securityStamp + 1 WHERE u.id IN (SELECT x.id FROM User x JOIN x.roles r WHERE r.id = :roleId)")
@NamedQuery(name = User.WITH_ROLE, query = "SELECT u FROM User u JOIN u.roles r WHERE r.code = :role AND u.status = com.kehu.crm.security.entity.AccountStatus.ACTIVE ORDER BY u.displayName")
public class User extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String BY_USERNAME = "User.byUsername";
    public static final String COUNT_BY_USERNAME = "User.countByUsername";
    public static final String WITH_ROLE = "User.withRole";
    public static final String SECURITY_STAMP = "User.securityStamp";
    public static final String END_SESSIONS_OF_ROLE = "User.endSessionsOfRole";

    /** Failed logins in a row after which an account is locked for {@link #LOCK_DURATION}. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @NotBlank(message = "{user.username.required}")
    @Size(min = 2, max = Lengths.USERNAME, message = "{user.username.size}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}")
    @Column(name = "USERNAME", nullable = false, unique = true, length = Lengths.USERNAME, updatable = false)
    private String username;

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = Lengths.NAME, message = "{field.size}")
    @Column(name = "DISPLAY_NAME", nullable = false, length = Lengths.NAME)
    private String displayName;

    @Email(message = "{field.email}")
    @Size(max = Lengths.EMAIL, message = "{field.size}")
    @Column(name = "EMAIL", length = Lengths.EMAIL)
    private String email;

    @Column(name = "PASSWORD_HASH", nullable = false, length = Lengths.PASSWORD_HASH)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "ACCOUNT_STATUS", nullable = false, length = 10)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Column(name = "FAILED_LOGINS", nullable = false)
    private int failedLogins;

    @Column(name = "LOCKED_UNTIL")
    private LocalDateTime lockedUntil;

    @Column(name = "LAST_LOGIN_AT")
    private LocalDateTime lastLoginAt;

    /** The login before the last one: what "last login" means to a user who has just logged in. */
    @Column(name = "PREVIOUS_LOGIN_AT")
    private LocalDateTime previousLoginAt;

    /**
     * Someone else chose the current password (the first administrator's initial password, an administrator's
     * reset): the user must change it before using anything else.
     */
    @Column(name = "PASSWORD_CHANGE_REQUIRED", nullable = false)
    private boolean passwordChangeRequired;

    /**
     * Moves on whenever this user's access changes (locked, disabled, password reset, roles or their rights changed):
     * a session that remembers an older value is ended at its next request.
     */
    @Column(name = "SECURITY_STAMP", nullable = false)
    private long securityStamp;

    @ManyToMany
    @JoinTable(name = "SEC_USER_ROLE",
            joinColumns = @JoinColumn(name = "USER_ID"),
            inverseJoinColumns = @JoinColumn(name = "ROLE_ID"))
    private Set<Role> roles = new HashSet<>();

    /** A blank form for a new user. */
    public User() {
    }

    public User(String username, String displayName, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    /** Counts a failed login; the last allowed failure locks the account until {@code now + LOCK_DURATION}. */
    public void recordFailedLogin(LocalDateTime now) {
        if (isLocked(now)) {
            return;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
            endSessions();
        }
    }

    public void recordSuccessfulLogin(LocalDateTime now) {
        failedLogins = 0;
        lockedUntil = null;
        previousLoginAt = lastLoginAt;
        lastLoginAt = now;
    }

    /** Ends every open session of this user at its next request (see {@link #getSecurityStamp()}). */
    public void endSessions() {
        securityStamp++;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean hasRole(String roleCode) {
        return roles.stream().anyMatch(r -> r.getCode().equals(roleCode));
    }

    public String getUsername() {
        return username;
    }

    /** The user name is chosen once, when the user is created. */
    public void setUsername(String username) {
        if (isNew()) {
            this.username = username == null ? null : username.trim();
        }
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** A password chosen by someone else: the user must change it at the next login. */
    public void requirePasswordChange() {
        passwordChangeRequired = true;
    }

    /** The user's own new password: hashed, and nothing left to change. */
    public void changePassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
        passwordChangeRequired = false;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public LocalDateTime getPreviousLoginAt() {
        return previousLoginAt;
    }

    public Set<Role> getRoles() {
        return roles;
    }
}
