package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static com.kehu.crm.it.Identities.canLogin;
import static com.kehu.crm.it.Identities.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.security.boundary.AccountLockedException;
import com.kehu.crm.security.boundary.AccountService;
import com.kehu.crm.security.boundary.CurrentPasswordWrongException;
import com.kehu.crm.security.boundary.LoginService;
import com.kehu.crm.security.boundary.UserService;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The password policy at every place a password is chosen (an administrator creating a user or resetting a
 * password, one's own change), in the real server with its realm; and the own-password change counting a wrong
 * current password as a failed login, with the same counter and lock as the login form.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordPolicyIT {

    private static final String STRONG = "Kehu#2026pass";
    /** 24 Chinese characters: 72 bytes in UTF-8, bcrypt's limit exactly. */
    private static final String CHINESE_24 = "客户关系管理系统真的很好用我们每一天都在使用它吧";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PasswordPolicyIT.class);
    }

    @EJB
    private UserService userService;
    @EJB
    private AccountService accountService;
    @EJB
    private LoginService loginService;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Test
    void everyWayOfChoosingAPasswordAppliesThePolicy() throws Exception {
        String name = newUser(STRONG);
        // An administrator creating a user ...
        assertEquals("password.error.tooShort", assertThrows(BusinessException.class, () -> newUser("Kehu#2026pw")).getKey());
        assertEquals("password.error.common", assertThrows(BusinessException.class, () -> newUser("Qwerty123456")).getKey());
        // ... resetting a password ...
        assertEquals("password.error.common", assertThrows(BusinessException.class,
                () -> run("admin", () -> userService.resetPassword(idOf(name), "1qaz2wsx3edc"))).getKey());
        assertEquals("password.error.sameAsUsername", assertThrows(BusinessException.class,
                () -> run("admin", () -> userService.resetPassword(idOf(name), name.toUpperCase()))).getKey());
        // ... and one's own change.
        assertEquals("password.error.tooShort", assertThrows(BusinessException.class,
                () -> runAs(name, STRONG, () -> accountService.changeMyPassword(STRONG, "short#2026"))).getKey());
        assertEquals("password.error.tooManyBytes", assertThrows(BusinessException.class,
                () -> runAs(name, STRONG, () -> accountService.changeMyPassword(STRONG, CHINESE_24 + "了"))).getKey());
        assertTrue(canLogin(name, STRONG), "every refusal left the password as it was");
    }

    @Test
    void aPasswordEqualToTheUserNameIsRefused() throws Exception {
        String name = "policy-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(15, name.length());
        assertEquals("password.error.sameAsUsername", assertThrows(BusinessException.class,
                () -> newUser(name, name.toUpperCase())).getKey());
    }

    @Test
    void aPasswordOfExactly72BytesWorksWithTheRealmAndOneMoreByteIsRefusedWithoutAnError() throws Exception {
        assertEquals(72, CHINESE_24.getBytes(StandardCharsets.UTF_8).length);
        String chinese = newUser(CHINESE_24);
        assertTrue(canLogin(chinese, CHINESE_24), "the realm verifies the bcrypt hash of 24 Chinese characters");
        assertFalse(canLogin(chinese, CHINESE_24.substring(0, 23) + "呀"), "and the last character counts");

        String ascii72 = "Kehu-2026-".repeat(7) + "ok";
        assertEquals(72, ascii72.length());
        String latin = newUser(ascii72);
        assertTrue(canLogin(latin, ascii72));
        assertFalse(canLogin(latin, ascii72.substring(0, 71) + "K"));

        BusinessException tooMany = assertThrows(BusinessException.class, () -> newUser(ascii72 + "!"));
        assertEquals("password.error.tooManyBytes", tooMany.getKey());
        assertEquals("password", tooMany.getField());
    }

    @Test
    void aCurrentPasswordLongerThan72BytesIsWrongEvenWhenItsFirst72BytesAreRight() throws Exception {
        String ascii72 = "Kehu-2026-".repeat(7) + "ok";
        String name = newUser(ascii72);
        // bcrypt reads only 72 bytes: the realm must not be asked, or it would take the longer one as right.
        CurrentPasswordWrongException wrong = assertThrows(CurrentPasswordWrongException.class,
                () -> runAs(name, ascii72, () -> accountService.changeMyPassword(ascii72 + "-and-more", "Next#2026pass")));
        assertEquals(User.MAX_FAILED_LOGINS - 1, wrong.getAttemptsLeft());
        assertTrue(canLogin(name, ascii72));
    }

    @Test
    void aWrongCurrentPasswordCountsAsAFailedLoginAndTheFifthLocksTheAccount() throws Exception {
        String name = newUser(STRONG);
        for (int left = User.MAX_FAILED_LOGINS - 1; left > 0; left--) {
            CurrentPasswordWrongException wrong = assertThrows(CurrentPasswordWrongException.class,
                    () -> runAs(name, STRONG, () -> accountService.changeMyPassword("not-my-password", "Next#2026pass")));
            assertEquals(left, wrong.getAttemptsLeft());
            assertEquals("currentPassword", wrong.getField());
            // Committed, not rolled back with the refusal: the login form's counter sees it.
            assertEquals(left, loginService.state(name).attemptsLeft());
        }
        AccountLockedException locked = assertThrows(AccountLockedException.class,
                () -> runAs(name, STRONG, () -> accountService.changeMyPassword("not-my-password", "Next#2026pass")));
        assertTrue(loginService.state(name).locked());
        // The same moment (the database keeps microseconds, the exception the clock's nanoseconds).
        assertTrue(Math.abs(Duration.between(loginService.state(name).lockedUntil(), locked.getLockedUntil()).toNanos())
                < 1_000_000, "locked until the time the database holds");
        assertFalse(canLogin(name, STRONG), "the lock holds for the login too");
    }

    @Test
    void loginFailuresAndWrongCurrentPasswordsShareOneCounter() throws Exception {
        String name = newUser(STRONG);
        for (int i = 0; i < User.MAX_FAILED_LOGINS - 2; i++) {
            loginService.recordFailure(name);
        }
        CurrentPasswordWrongException wrong = assertThrows(CurrentPasswordWrongException.class,
                () -> runAs(name, STRONG, () -> accountService.changeMyPassword("guess-2026-one", "Next#2026pass")));
        assertEquals(1, wrong.getAttemptsLeft());
        assertThrows(AccountLockedException.class,
                () -> runAs(name, STRONG, () -> accountService.changeMyPassword("guess-2026-two", "Next#2026pass")));
        assertTrue(loginService.state(name).locked());
    }

    @Test
    void aLockedAccountCannotChangeItsPasswordEvenWithTheRightOne() throws Exception {
        String name = newUser(STRONG);
        // A session opened before the lock (an attacker guessed at the login form meanwhile).
        var identity = Identities.login(name, STRONG);
        String hashBefore = hashOf(name);
        for (int i = 0; i < User.MAX_FAILED_LOGINS; i++) {
            loginService.recordFailure(name);
        }
        assertThrows(AccountLockedException.class, () -> identity.runAs(
                (java.security.PrivilegedExceptionAction<Void>) () -> {
                    accountService.changeMyPassword(STRONG, "Next#2026pass");
                    return null;
                }));
        assertEquals(hashBefore, hashOf(name), "the refused change did not happen");
        // The administrator's reset lifts the lock.
        run("admin", () -> userService.resetPassword(idOf(name), "Reset#2026pass"));
        assertTrue(canLogin(name, "Reset#2026pass"));
    }

    private String newUser(String password) throws Exception {
        return newUser("policy-" + UUID.randomUUID().toString().substring(0, 8), password);
    }

    private String newUser(String name, String password) throws Exception {
        User form = new User();
        form.setUsername(name);
        form.setDisplayName("密码策略 " + name);
        long roleId = em.createNamedQuery(Role.BY_CODE, Role.class).setParameter("code", Role.MANAGER)
                .getSingleResult().getId();
        as("admin", () -> userService.create(form, new HashSet<>(Set.of(roleId)), password));
        return name;
    }

    private static void runAs(String username, String password, Identities.ThrowingRunnable work) throws Exception {
        as(username, password, () -> {
            work.run();
            return null;
        });
    }

    private String hashOf(String username) {
        return em.createQuery("SELECT u.passwordHash FROM User u WHERE u.username = :n", String.class)
                .setParameter("n", username).getSingleResult();
    }

    private long idOf(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .getSingleResult().getId();
    }
}
