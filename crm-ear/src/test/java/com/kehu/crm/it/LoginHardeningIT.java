package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static com.kehu.crm.it.Identities.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.it.FormClient.Outcome;
import com.kehu.crm.security.boundary.LoginService;
import com.kehu.crm.security.boundary.RoleService;
import com.kehu.crm.security.boundary.UserService;
import com.kehu.crm.security.control.LoginThrottleSettings;
import com.kehu.crm.security.entity.Right;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.User;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
 * The login attacked as an attacker would, over HTTP against the real server, with the users set up and changed
 * through the business tier: BASIC outside the REST interface, the lock on every path, user enumeration, the
 * per-address throttle, login CSRF, the REST interface and the browser session, sessions of a changed user, an
 * over-long password, and the REST interface's error answers.
 */
@ExtendWith(ArquillianExtension.class)
class LoginHardeningIT {

    private static final String STRONG = "Kehu#2026pass";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(LoginHardeningIT.class, FormClient.class, FormClient.Outcome.class,
                LoopbackClient.class, LoopbackClient.Answer.class);
    }

    @EJB
    private UserService userService;
    @EJB
    private RoleService roleService;
    @EJB
    private LoginService loginService;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    private final String base = FormClient.baseInsideServer();

    @Test
    void aBasicHeaderOnAPageIsIgnored() throws Exception {
        FormClient client = new FormClient(base);
        HttpResponse<String> page = client.get("index.xhtml", "Authorization", basic("admin", "admin"));
        assertTrue(page.body().contains("login:username"), "the login form, not the page: " + page.body());
        assertFalse(page.body().contains("pageTitle"), page.body());
        HttpResponse<String> admin = client.get("security/users/list.xhtml", "Authorization", basic("admin", "admin"));
        assertTrue(admin.body().contains("login:username"), admin.body());
    }

    @Test
    void failedBasicLoginsLockTheAccountForTheRestInterfaceAndTheForm() throws Exception {
        String name = newUser(Role.MANAGER);
        FormClient client = new FormClient(base);
        for (int i = 0; i < User.MAX_FAILED_LOGINS; i++) {
            HttpResponse<String> wrong = client.get("api/openapi.yaml", "Authorization", basic(name, "wrong" + i));
            assertEquals(401, wrong.statusCode(), wrong.body());
        }
        assertTrue(loginService.state(name).locked(), "BASIC failures count like the form's");
        HttpResponse<String> right = client.get("api/openapi.yaml", "Authorization", basic(name, STRONG));
        assertEquals(401, right.statusCode(), "the lock holds for BASIC: " + right.body());
        assertTrue(right.body().contains("locked"), right.body());
        assertEquals(Outcome.LOCKED, FormClient.outcome(new FormClient(base).login(name, STRONG)),
                "and for the form");
    }

    @Test
    void anUnknownUserAnswersExactlyLikeARealOneLockIncluded() throws Exception {
        String real = newUser(Role.MANAGER);
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        List<Outcome> realOutcomes = new ArrayList<>();
        List<Outcome> unknownOutcomes = new ArrayList<>();
        List<Long> realNanos = new ArrayList<>();
        List<Long> unknownNanos = new ArrayList<>();
        for (int i = 0; i <= User.MAX_FAILED_LOGINS; i++) {
            realOutcomes.add(timedLogin(real, "wrong-" + i, realNanos));
            unknownOutcomes.add(timedLogin(unknown, "wrong-" + i, unknownNanos));
        }
        List<Outcome> expected = new ArrayList<>(java.util.Collections.nCopies(User.MAX_FAILED_LOGINS - 1,
                Outcome.FAILED));
        expected.add(Outcome.LOCKED);
        expected.add(Outcome.LOCKED);
        assertEquals(expected, realOutcomes, "a real user");
        assertEquals(realOutcomes, unknownOutcomes, "an unknown name answers the same, \"locked\" included");
        // the REST interface: the same status and message for both
        FormClient client = new FormClient(base);
        String realOther = newUser(Role.MANAGER);
        String unknownOther = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> a = client.get("api/openapi.yaml", "Authorization", basic(realOther, "wrong"));
        HttpResponse<String> b = client.get("api/openapi.yaml", "Authorization", basic(unknownOther, "wrong"));
        assertEquals(a.statusCode(), b.statusCode());
        assertEquals(a.body(), b.body());
        // Information only (no timing assertion): the failed form logins' median times.
        System.out.printf("Login failure median: real user %d ms, unknown user %d ms (first %d failures)%n",
                median(realNanos.subList(0, User.MAX_FAILED_LOGINS - 1)) / 1_000_000,
                median(unknownNanos.subList(0, User.MAX_FAILED_LOGINS - 1)) / 1_000_000,
                User.MAX_FAILED_LOGINS - 1);
    }

    @Test
    void oneAddressIsThrottledWithoutLockingTheAccountsItTries() throws Exception {
        String address = "127.0.0." + (20 + (int) (Math.random() * 200));
        int max = 4;
        List<String> users = new ArrayList<>();
        for (int i = 0; i < max + 1; i++) {
            users.add(newUser(Role.MANAGER));
        }
        String before = System.getProperty(LoginThrottleSettings.MAX_FAILURES);
        System.setProperty(LoginThrottleSettings.MAX_FAILURES, String.valueOf(max));
        try {
            for (int i = 0; i < max; i++) {
                LoopbackClient.Answer wrong = LoopbackClient.get(base, "api/openapi.yaml", address, users.get(i), "wrong");
                assertEquals(401, wrong.status(), wrong.body());
                assertFalse(wrong.body().contains("this address"), "not throttled yet: " + wrong.body());
            }
            // One failure per account, and the address is done: even the right password of another user is refused.
            LoopbackClient.Answer right = LoopbackClient.get(base, "api/openapi.yaml", address, users.get(max), STRONG);
            assertEquals(401, right.status(), right.body());
            assertTrue(right.body().contains("this address"), right.body());
            for (int i = 0; i < User.MAX_FAILED_LOGINS + 1; i++) {
                assertEquals(401, LoopbackClient.get(base, "api/openapi.yaml", address, users.get(0), "x" + i).status());
            }
        } finally {
            if (before == null) {
                System.clearProperty(LoginThrottleSettings.MAX_FAILURES);
            } else {
                System.setProperty(LoginThrottleSettings.MAX_FAILURES, before);
            }
        }
        for (String user : users) {
            assertFalse(loginService.state(user).locked(), "attempts of a throttled address do not lock " + user);
        }
        // Another address still logs in.
        assertEquals(200, new FormClient(base).get("api/openapi.yaml", "Authorization", basic(users.get(0), STRONG))
                .statusCode());
    }

    @Test
    void theLoginFormRefusesAForgedOrMissingViewState() throws Exception {
        String name = newUser(Role.MANAGER);
        FormClient forged = new FormClient(base);
        forged.openLoginPage();
        HttpResponse<String> withForged = forged.postLogin(name, STRONG, "-4711:-815");
        assertNotEquals(Outcome.LOGGED_IN, FormClient.outcome(withForged));
        assertFalse(forged.loggedIn("index.xhtml"), "a forged view state logs nobody in");

        FormClient missing = new FormClient(base);
        missing.openLoginPage();
        HttpResponse<String> without = missing.postLogin(name, STRONG, null);
        assertNotEquals(Outcome.LOGGED_IN, FormClient.outcome(without));
        assertFalse(missing.loggedIn("index.xhtml"), "a post without view state logs nobody in");

        FormClient crossSite = new FormClient(base);
        HttpResponse<String> noSession = crossSite.postLogin(name, STRONG, new FormClient(base).openLoginPage());
        assertNotEquals(Outcome.LOGGED_IN, FormClient.outcome(noSession));
        assertFalse(crossSite.loggedIn("index.xhtml"), "another session's view state logs nobody in");

        FormClient real = new FormClient(base);
        assertEquals(Outcome.LOGGED_IN, FormClient.outcome(real.login(name, STRONG)), "the form itself works");
        assertTrue(real.loggedIn("index.xhtml"));
    }

    @Test
    void theRestInterfaceNeverActsOnABrowserSession() throws Exception {
        FormClient browser = new FormClient(base);
        assertEquals(Outcome.LOGGED_IN, FormClient.outcome(browser.login("sales", "sales")));
        assertTrue(browser.loggedIn("index.xhtml"));
        // what a page on another site can make the browser send: the cookie, a text/plain body, no Authorization
        HttpResponse<String> csrf = browser.post("api/v1/import/products", "text/plain",
                "externalId,name,model,batch,unit,price\nCSRF-" + UUID.randomUUID().toString().substring(0, 8)
                        + ",跨站产品,K-1,B1,台,1.00\n");
        assertEquals(401, csrf.statusCode(), csrf.body());
        assertTrue(csrf.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(csrf.body().contains("\"errors\""), csrf.body());
        assertTrue(browser.loggedIn("index.xhtml"), "the browser's own session is left alone");
    }

    @Test
    void theSessionsOfAUserEndWhenTheirAccessChanges() throws Exception {
        // locked
        String locked = newUser(Role.MANAGER);
        FormClient lockedSession = loggedIn(locked);
        for (int i = 0; i < User.MAX_FAILED_LOGINS; i++) {
            loginService.recordFailure(locked);
        }
        assertEnded(lockedSession, "locked");
        // disabled
        String disabled = newUser(Role.MANAGER);
        FormClient disabledSession = loggedIn(disabled);
        FormClient bystander = loggedIn(newUser(Role.MANAGER));
        run("admin", () -> {
            User u = userService.getById(idOf(disabled));
            userService.disable(u.getId(), u.getVersion());
        });
        assertEnded(disabledSession, "disabled");
        assertTrue(bystander.loggedIn("index.xhtml"), "another user's session goes on");
        // password reset
        String reset = newUser(Role.MANAGER);
        FormClient resetSession = loggedIn(reset);
        run("admin", () -> userService.resetPassword(idOf(reset), STRONG + "2"));
        assertEnded(resetSession, "password reset");
        // roles changed
        String promoted = newUser(Role.MANAGER);
        FormClient promotedSession = loggedIn(promoted);
        run("admin", () -> {
            User u = userService.getById(idOf(promoted));
            userService.update(u, Set.of(roleId(Role.MANAGER), roleId(Role.SUPERVISOR)));
        });
        assertEnded(promotedSession, "roles changed");
        // rights of one of the user's roles changed
        String code = "it" + UUID.randomUUID().toString().substring(0, 8);
        long dictRight = as("admin", () -> roleService.listRights()).stream()
                .filter(r -> r.getCode().equals(Rights.BASEDATA_DICT)).map(Right::getId).findFirst().orElseThrow();
        Role form = new Role();
        form.setCode(code);
        form.setNameZh("测试角色");
        form.setNameEn("Test role");
        Role role = as("admin", () -> roleService.create(form, Set.of(dictRight)));
        String holder = newUser(Role.MANAGER);
        run("admin", () -> userService.update(userService.getById(idOf(holder)),
                Set.of(roleId(Role.MANAGER), role.getId())));
        FormClient holderSession = loggedIn(holder);
        assertTrue(bystander.loggedIn("index.xhtml"));
        run("admin", () -> roleService.update(roleService.getById(role.getId()), Set.of()));
        assertEnded(holderSession, "rights of a role changed");
        assertTrue(bystander.loggedIn("index.xhtml"), "a user without that role goes on");
    }

    @Test
    void aPasswordOfMoreThan72BytesIsAWrongPasswordNotAnError() throws Exception {
        String name = newUser(Role.MANAGER);
        String longPassword = "密".repeat(30);
        assertTrue(longPassword.getBytes(StandardCharsets.UTF_8).length > 72);
        int before = loginService.state(name).attemptsLeft();
        HttpResponse<String> form = new FormClient(base).login(name, longPassword);
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(Outcome.FAILED, FormClient.outcome(form));
        HttpResponse<String> api = new FormClient(base).get("api/openapi.yaml", "Authorization",
                basic(name, longPassword));
        assertEquals(401, api.statusCode(), api.body());
        assertEquals(before - 2, loginService.state(name).attemptsLeft(), "both counted as failures");
    }

    @Test
    void restErrorsAreJsonWithoutInternals() throws Exception {
        FormClient client = new FormClient(base);
        HttpResponse<String> empty = client.post("api/v1/import/products", "text/csv", "");
        assertEquals(401, empty.statusCode(), "no credentials, no call");
        HttpResponse<String> anonymous = client.get("api/openapi.yaml");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body().startsWith("{\"errors\":[{"), anonymous.body());

        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> emptyCsv = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "api/v1/import/products"))
                .header("Authorization", basic("sales", "sales")).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(400, emptyCsv.statusCode(), emptyCsv.body());
        assertTrue(emptyCsv.body().contains("The body is empty"), emptyCsv.body());
        assertFalse(emptyCsv.body().contains("Index"), emptyCsv.body());

        HttpResponse<String> manager = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "api/v1/churn/check"))
                .header("Authorization", basic("manager", "manager"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(403, manager.statusCode(), manager.body());
        assertTrue(manager.body().startsWith("{\"errors\":[{"), manager.body());
    }

    private Outcome timedLogin(String name, String password, List<Long> nanos) throws Exception {
        FormClient client = new FormClient(base);
        String viewState = client.openLoginPage();
        long start = System.nanoTime();
        HttpResponse<String> response = client.postLogin(name, password, viewState);
        nanos.add(System.nanoTime() - start);
        return FormClient.outcome(response);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private FormClient loggedIn(String name) throws Exception {
        FormClient client = new FormClient(base);
        assertEquals(Outcome.LOGGED_IN, FormClient.outcome(client.login(name, STRONG)), name);
        assertTrue(client.loggedIn("index.xhtml"), name);
        return client;
    }

    private static void assertEnded(FormClient session, String why) throws Exception {
        HttpResponse<String> next = session.get("index.xhtml");
        assertEquals(302, next.statusCode(), why + ": " + next.body());
        assertTrue(next.headers().firstValue("Location").orElse("").contains("login.xhtml?ended=true"),
                why + ": " + next.headers().map());
        assertFalse(session.loggedIn("index.xhtml"), why + ": the session is over");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private String newUser(String roleCode) throws Exception {
        // after the demo users in the user list sorted by name (LoginIT looks for manager2 on its first page)
        String name = "test-lh-" + UUID.randomUUID().toString().substring(0, 8);
        User form = new User();
        form.setUsername(name);
        form.setDisplayName("测试用户 " + name);
        long roleId = roleId(roleCode);
        as("admin", () -> userService.create(form, new HashSet<>(Set.of(roleId)), STRONG));
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
