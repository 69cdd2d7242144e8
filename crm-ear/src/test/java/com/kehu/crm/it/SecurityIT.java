package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static com.kehu.crm.it.Identities.canLogin;
import static com.kehu.crm.it.Identities.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.ConcurrentEditException;
import com.kehu.crm.security.boundary.AccountService;
import com.kehu.crm.security.boundary.LoginService;
import com.kehu.crm.security.boundary.RoleService;
import com.kehu.crm.security.boundary.UserService;
import com.kehu.crm.security.dto.LoginState;
import com.kehu.crm.security.dto.UserCriteria;
import com.kehu.crm.security.entity.Right;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Users, roles, rights and passwords in the real server: EJBs, JPA on the H2 database and the Elytron realm.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String STRONG = "Kehu#2026pass";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(SecurityIT.class);
    }

    @EJB
    private UserService userService;
    @EJB
    private RoleService roleService;
    @EJB
    private AccountService accountService;
    @EJB
    private LoginService loginService;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Test
    void theMigrationsCreatedTheSchemaAndTheReferenceData() {
        List<?> changeSets = em.createNativeQuery("SELECT ID FROM DATABASECHANGELOG").getResultList();
        assertTrue(changeSets.containsAll(List.of("001-sequence", "001-security-tables", "001-security-reference-data",
                "002-dictionary", "002-dictionary-defaults", "003-customer-tables", "003-customer-rights")),
                () -> "applied: " + changeSets);
        Set<String> roles = em.createQuery("SELECT r.code FROM Role r", String.class).getResultStream()
                .collect(Collectors.toSet());
        assertTrue(roles.containsAll(Set.of("admin", "executive", "supervisor", "manager")), roles::toString);
    }

    @Test
    void aManagerCallingAnAdministratorMethodIsRefused() {
        assertThrows(EJBAccessException.class, () -> run("manager", () -> userService.count(new UserCriteria())));
        assertThrows(EJBAccessException.class, () -> run("manager", () -> roleService.listRoles()));
        assertThrows(EJBAccessException.class, () -> run("exec", () -> userService.listRoles()));
    }

    @Test
    void anAnonymousCallerIsRefused() {
        assertThrows(EJBAccessException.class, () -> userService.count(new UserCriteria()));
    }

    @Test
    void theAdministratorSeesTheDemoUsersWithTheirRoles() throws Exception {
        long count = as("admin", () -> userService.count(new UserCriteria()));
        assertTrue(count >= 5, "at least the five demo users, found " + count);
        UserCriteria managers = new UserCriteria();
        managers.setRoleCode("manager");
        managers.setText("manager");
        var rows = as("admin", () -> userService.search(managers, 0, 10, null));
        assertEquals(List.of("manager", "manager2"), rows.stream().map(r -> r.username()).toList());
        assertEquals("manager", rows.get(0).roles().get(0).code());
    }

    @Test
    void aNewUsersPasswordIsStoredAsBcryptAndTheRealmAcceptsIt() throws Exception {
        String name = newUser(STRONG, Role.MANAGER);
        String hash = em.createQuery("SELECT u.passwordHash FROM User u WHERE u.username = :n", String.class)
                .setParameter("n", name).getSingleResult();
        assertTrue(hash.startsWith("$2a$10$"), hash);
        assertFalse(hash.contains(STRONG));
        assertTrue(canLogin(name, STRONG));
        assertFalse(canLogin(name, STRONG + "x"));
        // The new user got the manager's role, and not the administrator's rights.
        assertThrows(EJBAccessException.class, () -> as(name, STRONG, () -> userService.count(new UserCriteria())));
    }

    @Test
    void aWeakOrDuplicatePasswordOrUsernameIsRefused() throws Exception {
        BusinessException weak = assertThrows(BusinessException.class, () -> newUser("short1A", Role.MANAGER));
        assertEquals("password.error.tooShort", weak.getKey());
        assertEquals("password", weak.getField());
        assertEquals("password.error.common",
                assertThrows(BusinessException.class, () -> newUser("qwerty123456", Role.MANAGER)).getKey());
        User duplicate = new User();
        duplicate.setUsername("manager");
        duplicate.setDisplayName("Someone");
        BusinessException taken = assertThrows(BusinessException.class, () -> as("admin",
                () -> userService.create(duplicate, Set.of(roleId(Role.MANAGER)), STRONG)));
        assertEquals("user.error.usernameTaken", taken.getKey());
    }

    @Test
    void aDisabledUserCannotLogInUntilEnabledAgain() throws Exception {
        String name = newUser(STRONG, Role.MANAGER);
        User user = as("admin", () -> userService.getById(idOf(name)));
        run("admin", () -> userService.disable(user.getId(), user.getVersion()));
        assertFalse(canLogin(name, STRONG));
        User disabled = as("admin", () -> userService.getById(user.getId()));
        run("admin", () -> userService.enable(disabled.getId(), disabled.getVersion()));
        assertTrue(canLogin(name, STRONG));
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
        String name = newUser(STRONG, Role.MANAGER);
        LoginState state = null;
        for (int i = 0; i < User.MAX_FAILED_LOGINS; i++) {
            assertFalse(loginService.state(name).locked(), "not locked before failure " + (i + 1));
            state = loginService.recordFailure(name);
        }
        assertTrue(state.locked());
        assertTrue(loginService.state(name).locked());
        assertFalse(canLogin(name, STRONG), "the realm refuses a locked account");
        // The administrator's password reset lifts the lock.
        run("admin", () -> userService.resetPassword(idOf(name), STRONG + "2"));
        assertTrue(canLogin(name, STRONG + "2"));
    }

    @Test
    void aStaleUserFormIsRefusedInsteadOfOverwritingAnotherAdministratorsChange() throws Exception {
        String name = newUser(STRONG, Role.MANAGER);
        User first = as("admin", () -> userService.getById(idOf(name)));
        User second = as("admin", () -> userService.getById(idOf(name)));
        first.setDisplayName("First edit");
        run("admin", () -> userService.update(first, Set.of(roleId(Role.MANAGER))));
        second.setDisplayName("Second edit");
        assertThrows(ConcurrentEditException.class,
                () -> as("admin", () -> userService.update(second, Set.of(roleId(Role.SUPERVISOR)))));
        User saved = as("admin", () -> userService.getById(idOf(name)));
        assertEquals("First edit", saved.getDisplayName());
        assertTrue(saved.hasRole(Role.MANAGER));
        assertFalse(saved.hasRole(Role.SUPERVISOR));
    }

    @Test
    void theAdministratorCannotLockThemselvesOut() throws Exception {
        User admin = as("admin", () -> userService.getById(idOf("admin")));
        assertEquals("user.error.disableSelf", assertThrows(BusinessException.class,
                () -> run("admin", () -> userService.disable(admin.getId(), admin.getVersion()))).getKey());
        assertEquals("user.error.ownAdminRole", assertThrows(BusinessException.class,
                () -> run("admin", () -> userService.update(admin, Set.of(roleId(Role.MANAGER))))).getKey());
        Role adminRole = as("admin", () -> roleService.getById(roleId(Role.ADMIN)));
        assertEquals("role.error.adminKeepsRoleRight", assertThrows(BusinessException.class,
                () -> run("admin", () -> roleService.update(adminRole, Set.of()))).getKey());
    }

    @Test
    void rightsGivenToARoleReachItsUsersAtTheirNextLogin() throws Exception {
        String name = newUser(STRONG, Role.MANAGER);
        String code = "it" + UUID.randomUUID().toString().substring(0, 8);
        long dictRight = as("admin", () -> roleService.listRights()).stream()
                .filter(r -> r.getCode().equals(Rights.BASEDATA_DICT)).map(Right::getId).findFirst().orElseThrow();
        Role form = new Role();
        form.setCode(code);
        form.setNameZh("测试角色");
        form.setNameEn("Test role");
        Role role = as("admin", () -> roleService.create(form, Set.of(dictRight)));
        User user = as("admin", () -> userService.getById(idOf(name)));
        run("admin", () -> userService.update(user, Set.of(roleId(Role.MANAGER), role.getId())));

        assertTrue(Identities.login(name, STRONG).getRoles().contains(Rights.BASEDATA_DICT));
        assertTrue(Identities.login(name, STRONG).getRoles().contains(code));
        assertFalse(Identities.login("manager", "manager").getRoles().contains(Rights.BASEDATA_DICT));

        // A role still held by a user cannot be deleted; a built-in role never.
        Role saved = as("admin", () -> roleService.getById(role.getId()));
        assertEquals("role.error.inUse", assertThrows(BusinessException.class,
                () -> run("admin", () -> roleService.delete(saved.getId(), saved.getVersion()))).getKey());
        Role manager = as("admin", () -> roleService.getById(roleId(Role.MANAGER)));
        assertEquals("role.error.builtIn", assertThrows(BusinessException.class,
                () -> run("admin", () -> roleService.delete(manager.getId(), manager.getVersion()))).getKey());
    }

    @Test
    void everyUserChangesTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        String name = newUser(STRONG, Role.MANAGER);
        assertEquals("password.error.currentWrong", assertThrows(BusinessException.class,
                () -> as(name, STRONG, () -> {
                    accountService.changeMyPassword("wrong", "Another#2026");
                    return null;
                })).getKey());
        assertEquals("password.error.common", assertThrows(BusinessException.class,
                () -> as(name, STRONG, () -> {
                    accountService.changeMyPassword(STRONG, "qwertyuiop123");
                    return null;
                })).getKey());
        as(name, STRONG, () -> {
            accountService.changeMyPassword(STRONG, "Another#2026");
            return null;
        });
        assertFalse(canLogin(name, STRONG));
        assertTrue(canLogin(name, "Another#2026"));
        assertEquals(name, as(name, "Another#2026", () -> accountService.myProfile()).username());
    }

    private String newUser(String password, String roleCode) throws Exception {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        User form = new User();
        form.setUsername(name);
        form.setDisplayName("测试用户 " + name);
        long roleId = roleId(roleCode);
        as("admin", () -> userService.create(form, new HashSet<>(Set.of(roleId)), password));
        return name;
    }

    private long roleId(String code) {
        return em.createNamedQuery(Role.BY_CODE, Role.class).setParameter("code", code).getSingleResult().getId();
    }

    private long idOf(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", username)
                .getSingleResult().getId();
    }
}
