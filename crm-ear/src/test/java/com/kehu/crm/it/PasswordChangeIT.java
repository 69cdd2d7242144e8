package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static com.kehu.crm.it.Identities.canLogin;
import static com.kehu.crm.it.Identities.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.security.boundary.AccountService;
import com.kehu.crm.security.boundary.UserService;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The business tier's side of the forced password change, in the real server: who gets the flag (a user whose
 * password another administrator reset), who clears it (only the user's own change), who never has it (the demo
 * users, a user created by the administrator, an administrator resetting their own password).
 */
@ExtendWith(ArquillianExtension.class)
class PasswordChangeIT {

    private static final String STRONG = "Kehu#2026pass";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(PasswordChangeIT.class);
    }

    @EJB
    private UserService userService;
    @EJB
    private AccountService accountService;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Test
    void theDemoUsersNeverHaveToChangeTheirPassword() throws Exception {
        for (String demo : List.of("admin", "exec", "super", "manager", "manager2", "sales")) {
            assertFalse(as(demo, () -> accountService.mustChangeMyPassword()), demo);
        }
        assertEquals(0L, em.createQuery("SELECT COUNT(u) FROM User u WHERE u.passwordChangeRequired = TRUE "
                + "AND u.username IN ('admin', 'exec', 'super', 'manager', 'manager2', 'sales')", Long.class)
                .getSingleResult());
    }

    @Test
    void aResetByTheAdministratorRequiresAChangeThatOnlyTheUsersOwnChangeClears() throws Exception {
        String name = newUser(Role.MANAGER);
        assertFalse(as(name, STRONG, () -> accountService.mustChangeMyPassword()), "created: no change required");

        run("admin", () -> userService.resetPassword(idOf(name), "Reset#2026pw"));
        assertTrue(as(name, "Reset#2026pw", () -> accountService.mustChangeMyPassword()));
        assertTrue(canLogin(name, "Reset#2026pw"), "the realm still lets the user in, to change it");

        // A refused change leaves the requirement in place.
        assertEquals("password.error.common", assertThrows(BusinessException.class, () -> runAs(name, "Reset#2026pw",
                () -> accountService.changeMyPassword("Reset#2026pw", "1qaz2wsx3edc"))).getKey());
        assertTrue(as(name, "Reset#2026pw", () -> accountService.mustChangeMyPassword()));

        runAs(name, "Reset#2026pw", () -> accountService.changeMyPassword("Reset#2026pw", "Mine#2026pass"));
        assertFalse(as(name, "Mine#2026pass", () -> accountService.mustChangeMyPassword()));
        assertFalse(canLogin(name, "Reset#2026pw"));
    }

    @Test
    void anAdministratorWhoResetsTheirOwnPasswordChoseItAndNeedNotChangeItAgain() throws Exception {
        String admin = newUser(Role.ADMIN);
        runAs(admin, STRONG, () -> userService.resetPassword(idOf(admin), "Own#2026reset"));
        assertFalse(as(admin, "Own#2026reset", () -> accountService.mustChangeMyPassword()));
        // ... while their reset of someone else's does require it.
        String other = newUser(Role.MANAGER);
        runAs(admin, "Own#2026reset", () -> userService.resetPassword(idOf(other), "Other#2026reset"));
        assertTrue(as(other, "Other#2026reset", () -> accountService.mustChangeMyPassword()));
    }

    private String newUser(String roleCode) throws Exception {
        String name = "pc-" + UUID.randomUUID().toString().substring(0, 8);
        User form = new User();
        form.setUsername(name);
        form.setDisplayName("测试用户 " + name);
        long roleId = em.createNamedQuery(Role.BY_CODE, Role.class).setParameter("code", roleCode).getSingleResult().getId();
        as("admin", () -> userService.create(form, new HashSet<>(Set.of(roleId)), STRONG));
        return name;
    }

    private static void runAs(String username, String password, Identities.ThrowingRunnable work) throws Exception {
        as(username, password, () -> {
            work.run();
            return null;
        });
    }

    private long idOf(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .getSingleResult().getId();
    }
}
