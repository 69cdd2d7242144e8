package com.kehu.crm.it.breakin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.it.Browser;
import com.kehu.crm.it.Deployments;
import com.kehu.crm.it.breakin.BreakInReport.Attack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The break-in suite: Kehu CRM attacked as an attacker would, through HTTP and a real browser, against the real EAR.
 * Each test is one attack (a row of the table printed at the end: attack, tries, refused); every try must be refused.
 * A probe deployed with the tests ({@link BreakInProbe}) reads the database to see that nothing was written, and
 * prepares the victims' records.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BreakInIT {

    static final String HEADERS = "Security headers on every page";
    static final String COOKIE = "Session cookie flags (HttpOnly, SameSite=Lax)";
    static final String FIXATION = "Session fixation (id changes at login)";
    static final String LOCK = "Account lock holds on every authentication path";
    static final String BASIC = "HTTP BASIC outside /api; REST on a browser session (CSRF)";
    static final String VIEW_STATE = "Forged or missing view state (login and business forms)";
    static final String XSS = "XSS payloads in every text field";
    static final String SQL = "SQL injection in list filters and REST fields";
    static final String EJB = "Public EJB methods without @RolesAllowed/@PermitAll/@DenyAll";
    static final String IDOR = "IDOR: another manager's records by id";
    static final String UPLOAD = "Uploads with a forged type or over the limit";

    static final String FORGED_STATE = "-4718592368047539201:-2917583619482937561";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(BreakInProbe.class);
    }

    private Browser browser;
    private Pages pages;

    Browser browser() {
        if (browser == null) {
            browser = Browser.open();
            pages = new Pages(browser);
        }
        return browser;
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            browser.screenshot("last/BreakInIT-" + test.getTestMethod().orElseThrow().getName());
            browser.close();
            browser = null;
        }
    }

    @AfterAll
    static void printTable() {
        BreakInReport.print();
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A customer of {@code manager} without an open churn warning. */
    static long customerOf(String manager) {
        return Probe.number("SELECT MIN(c.ID) FROM CST_CUSTOMER c JOIN SEC_USER u ON u.ID = c.MANAGER_ID "
                + "WHERE u.USERNAME = " + sql(manager) + " AND NOT EXISTS (SELECT 1 FROM CHN_WARNING w "
                + "WHERE w.OPEN_CUSTOMER_ID = c.ID)");
    }

    /** A new open churn warning on a customer of {@code manager}. */
    static long warningFor(String manager) {
        return Probe.op("warning", "customer", String.valueOf(customerOf(manager)));
    }

    static String sql(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    // ------------------------------------------------------------------ 10. security headers

    @Test
    @Order(1)
    void securityHeadersOnEveryPage() {
        Attack attack = BreakInReport.attack(HEADERS);
        Http anonymous = new Http();
        check(attack, "login page", anonymous.get("login.xhtml"));
        check(attack, "anonymous /api (401)", anonymous.get("api/openapi.yaml"));
        check(attack, "anonymous page (redirect to login)", anonymous.get("customer/list.xhtml"));

        long customer = Probe.number("SELECT MIN(ID) FROM CST_CUSTOMER");
        long opportunity = Probe.op("opportunity", "to", "manager");
        long request = Probe.op("request", "customer", String.valueOf(customer), "to", "manager");
        long warning = warningFor("manager");
        long user = Probe.number("SELECT ID FROM SEC_USER WHERE USERNAME = 'manager'");
        long role = Probe.number("SELECT MIN(ID) FROM SEC_ROLE");
        Map<String, List<String>> pagesOf = new LinkedHashMap<>();
        pagesOf.put("admin", List.of("index.xhtml", "customer/list.xhtml", "customer/view.xhtml?id=" + customer,
                "customer/edit.xhtml?id=" + customer, "customer/edit.xhtml", "opportunity/list.xhtml",
                "opportunity/view.xhtml?id=" + opportunity, "churn/list.xhtml", "churn/view.xhtml?id=" + warning,
                "churn/admin/check.xhtml", "support/archive/list.xhtml", "support/archive/view.xhtml?id=" + request,
                "support/analysis/charts.xhtml", "basedata/dictionary/list.xhtml", "sales/products.xhtml",
                "sales/inventory.xhtml", "sales/import.xhtml", "security/users/list.xhtml",
                "security/users/edit.xhtml?id=" + user, "security/users/edit.xhtml", "security/roles/list.xhtml",
                "security/roles/edit.xhtml?id=" + role, "account/password.xhtml", "no/such/page.xhtml",
                "api/openapi.yaml"));
        pagesOf.put("super", List.of("opportunity/assign/list.xhtml", "opportunity/develop/list.xhtml",
                "opportunity/edit.xhtml", "support/create/new.xhtml", "support/assign/list.xhtml",
                "support/handle/list.xhtml", "support/feedback/list.xhtml", "security/users/list.xhtml"));
        for (var user1 : pagesOf.entrySet()) {
            Http http = new Http();
            http.login(user1.getKey(), user1.getKey());
            assertTrue(http.loggedIn(), user1.getKey() + " logs in");
            for (String page : user1.getValue()) {
                check(attack, page + " as " + user1.getKey(), http.get(page));
            }
        }
        attack.assertAllRefused();
    }

    private static void check(Attack attack, String what, Http.Answer answer) {
        String csp = answer.header("Content-Security-Policy");
        List<String> missing = new ArrayList<>();
        if (csp == null || !csp.contains("script-src") || !csp.contains("frame-ancestors")) {
            missing.add("Content-Security-Policy with script-src and frame-ancestors (" + csp + ")");
        }
        if (!"nosniff".equalsIgnoreCase(String.valueOf(answer.header("X-Content-Type-Options")))) {
            missing.add("X-Content-Type-Options: nosniff");
        }
        if (answer.header("X-Frame-Options") == null) {
            missing.add("X-Frame-Options");
        }
        if (answer.header("Referrer-Policy") == null) {
            missing.add("Referrer-Policy");
        }
        if (answer.header("Strict-Transport-Security") != null) {
            missing.add("no HSTS over plain HTTP");
        }
        attack.tried(what + " [" + answer.status() + "] " + missing, missing.isEmpty());
    }

    // ------------------------------------------------------------------ 6. cookie flags, 4. session fixation

    @Test
    @Order(2)
    void sessionCookieFlags() {
        Attack attack = BreakInReport.attack(COOKIE);
        Http http = new Http();
        String before = http.get("login.xhtml").sessionCookie();
        assertNotNull(before, "the login page starts a session");
        cookieFlags(attack, "login page", before);
        String after = http.login("manager", "manager").sessionCookie();
        assertNotNull(after, "the login sets a new session cookie");
        cookieFlags(attack, "after login", after);

        browser().login("manager", "manager");
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        attack.tried("browser: HttpOnly", cookie.isHttpOnly());
        attack.tried("browser: SameSite=Lax (" + cookie.getSameSite() + ")", "Lax".equalsIgnoreCase(cookie.getSameSite()));
        attack.tried("browser: not readable by script", !String.valueOf(pages.js("return document.cookie"))
                .contains("JSESSIONID"));
        attack.assertAllRefused();
    }

    private static void cookieFlags(Attack attack, String when, String setCookie) {
        String flags = setCookie.toLowerCase(Locale.ROOT).replace(" ", "");
        attack.tried(when + ": HttpOnly (" + setCookie + ")", flags.contains(";httponly"));
        attack.tried(when + ": SameSite=Lax (" + setCookie + ")", flags.contains(";samesite=lax"));
    }

    @Test
    @Order(3)
    void sessionFixation() {
        Attack attack = BreakInReport.attack(FIXATION);
        // The id the server gave before login is not the one after.
        Http victim = new Http();
        victim.get("login.xhtml");
        String planted = victim.cookies.get("JSESSIONID");
        victim.login("manager", "manager");
        assertTrue(victim.loggedIn(), "the victim is logged in");
        attack.tried("server-issued id before login", !planted.equals(victim.cookies.get("JSESSIONID")));
        // The attacker who knew that id is not logged in with it.
        Http attacker = new Http();
        attacker.cookies.put("JSESSIONID", planted);
        attack.tried("the planted id does not carry the login", !attacker.loggedIn());

        // An id the attacker made up and planted in the victim's browser.
        Http victim2 = new Http();
        String madeUp = "FIXATEDSESSION" + suffix().toUpperCase(Locale.ROOT);
        victim2.cookies.put("JSESSIONID", madeUp);
        victim2.login("manager", "manager");
        assertTrue(victim2.loggedIn(), "the victim is logged in");
        attack.tried("made-up id planted before login", !victim2.cookies.get("JSESSIONID").startsWith(madeUp));
        Http attacker2 = new Http();
        attacker2.cookies.put("JSESSIONID", madeUp);
        attack.tried("the made-up id does not carry the login", !attacker2.loggedIn());

        // In the browser, too.
        browser().get("login.xhtml");
        String browserBefore = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        browser.submitLogin("manager", "manager");
        assertEquals("首页", browser.title());
        attack.tried("browser: id changes at login",
                !browserBefore.equals(browser.driver().manage().getCookieNamed("JSESSIONID").getValue()));
        attack.assertAllRefused();
    }

    // ------------------------------------------------------------------ 5. the lock, BASIC outside /api

    private static final String API = "api/openapi.yaml";

    private static boolean basicWorks(String user, String password) {
        return new Http().get(API, "Authorization", Http.basic(user, password)).status() == 200;
    }

    private static boolean formWorks(String user, String password) {
        Http http = new Http();
        http.login(user, password);
        return http.loggedIn();
    }

    @Test
    @Order(4)
    void theLockHoldsOnEveryAuthenticationPath() {
        Attack attack = BreakInReport.attack(LOCK);
        String pw = BreakInProbe.PASSWORD;

        // Locked by wrong BASIC passwords: refused on the form and on BASIC.
        String byBasic = Probe.newUser("manager");
        assertTrue(basicWorks(byBasic, pw), "BASIC with the right password works before the lock");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, new Http().get(API, "Authorization", Http.basic(byBasic, "wrong-" + i)).status());
        }
        attack.tried("5 wrong BASIC passwords, then the form with the right one", !formWorks(byBasic, pw));
        attack.tried("5 wrong BASIC passwords, then BASIC with the right one", !basicWorks(byBasic, pw));

        // Locked by wrong form passwords: refused on BASIC and on the form.
        String byForm = Probe.newUser("manager");
        assertTrue(formWorks(byForm, pw), "the form with the right password works before the lock");
        for (int i = 0; i < 5; i++) {
            new Http().login(byForm, "wrong-" + i);
        }
        attack.tried("5 wrong form passwords, then BASIC with the right one", !basicWorks(byForm, pw));
        attack.tried("5 wrong form passwords, then the form with the right one", !formWorks(byForm, pw));

        // Wrong current passwords in the own-password change count the same.
        String byChange = Probe.newUser("manager");
        browser().login(byChange, pw);
        for (int i = 0; i < 5; i++) {
            changeOwnPassword("wrong-current-" + i, "Kehu#Changed-2026-" + i);
        }
        attack.tried("5 wrong current passwords in the password change, then the form", !formWorks(byChange, pw));
        attack.tried("5 wrong current passwords in the password change, then BASIC", !basicWorks(byChange, pw));

        // A session opened before the lock cannot change the password of the locked account.
        String lockedWithSession = Probe.newUser("manager");
        String hash = Probe.value("SELECT PASSWORD_HASH FROM SEC_USER WHERE USERNAME = " + sql(lockedWithSession));
        browser.logout();
        browser.login(lockedWithSession, pw);
        for (int i = 0; i < 5; i++) {
            new Http().get(API, "Authorization", Http.basic(lockedWithSession, "wrong-" + i));
        }
        changeOwnPassword(pw, "Kehu#After-Lock-2026");
        attack.tried("locked account: own-password change with the right current password",
                hash.equals(Probe.value("SELECT PASSWORD_HASH FROM SEC_USER WHERE USERNAME = " + sql(lockedWithSession))));
        attack.assertAllRefused();
    }

    private void changeOwnPassword(String current, String next) {
        try {
            browser.get("account/password.xhtml");
            if (browser.driver().findElements(By.id("f:currentPassword")).isEmpty()) {
                return; // the session was ended: nothing to change with
            }
            browser.type("f:currentPassword", current);
            browser.type("f:newPassword", next);
            browser.type("f:confirmPassword", next);
            browser.click("f:save");
            pages.settle();
        } catch (RuntimeException e) {
            // a refusal that ended the page is a refusal; the database tells what happened
        }
    }

    @Test
    @Order(5)
    void basicOnlyOnTheApiAndTheApiNeverOnTheSession() {
        Attack attack = BreakInReport.attack(BASIC);
        String admin = Http.basic("admin", "admin");
        assertTrue(basicWorks("admin", "admin"), "BASIC works on /api");
        for (String page : List.of("index.xhtml", "customer/list.xhtml", "security/users/list.xhtml",
                "sales/import.xhtml", "account/password.xhtml")) {
            Http.Answer answer = new Http().get(page, "Authorization", admin);
            attack.tried("BASIC admin credentials on " + page + " [" + answer.status() + "]", !answer.isApplicationPage());
        }
        // A logged-in browser's session cookie alone does not authenticate on /api (a cross-site form post).
        Http session = new Http();
        session.login("admin", "admin");
        assertTrue(session.loggedIn(), "the admin is logged in");
        Http.Answer read = session.get(API);
        attack.tried("GET " + API + " with the session cookie only [" + read.status() + "]", read.status() == 401);
        String id = "BI-CSRF-" + suffix();
        Http.Answer put = session.put("api/v1/products/" + id, "application/json",
                "{\"name\": \"跨站产品\", \"unit\": \"台\", \"price\": 1}");
        attack.tried("PUT a product with the session cookie only [" + put.status() + "]", put.status() == 401
                && Probe.number("SELECT COUNT(*) FROM SALES_PRODUCT WHERE EXTERNAL_ID = " + sql(id)) == 0);
        Http.Answer plain = session.post("api/v1/import/products", "text/plain",
                "externalId,name,model,batch,unit,price\n" + id + "-2,跨站产品,,,台,1\n");
        attack.tried("text/plain CSV import with the session cookie only [" + plain.status() + "]",
                plain.status() == 401 && Probe.number("SELECT COUNT(*) FROM SALES_PRODUCT WHERE EXTERNAL_ID = "
                        + sql(id + "-2")) == 0);
        Http.Answer churn = session.post("api/v1/churn/check", "text/plain", "");
        attack.tried("POST the churn check with the session cookie only [" + churn.status() + "]", churn.status() == 401);
        attack.assertAllRefused();
    }

    // ------------------------------------------------------------------ 1. view state

    @Test
    @Order(6)
    void forgedOrMissingViewStateIsRefused() {
        Attack attack = BreakInReport.attack(VIEW_STATE);
        assertTrue(formWorks("manager", "manager"), "the genuine login form works");
        Map<String, UnaryOperator<String>> states = new LinkedHashMap<>();
        states.put("forged", s -> FORGED_STATE);
        states.put("missing", s -> null);
        states.put("another session's", s -> new Http().get("login.xhtml").viewState());
        for (var state : states.entrySet()) {
            Http victim = new Http();
            victim.submitLogin("manager", "manager", state.getValue());
            attack.tried("login form, " + state.getKey() + " view state", !victim.loggedIn());
        }

        browser().login("manager", "manager");
        long own = Probe.number("SELECT MIN(c.ID) FROM CST_CUSTOMER c JOIN SEC_USER u ON u.ID = c.MANAGER_ID "
                + "WHERE u.USERNAME = 'manager'");
        for (String state : new String[] {FORGED_STATE, null}) {
            String kind = state == null ? "missing" : "forged";
            String name = "视图状态伪造" + suffix();
            browser.get("customer/edit.xhtml");
            browser.type("f:name", name);
            browser.select("f:region", "EAST");
            browser.select("f:level", "2");
            browser.type("f:address", "杭州市西湖区文三路 1 号");
            browser.type("f:postcode", "310012");
            browser.type("f:phone", "0571-" + (10_000_000 + (int) (Math.random() * 89_999_999)));
            pages.tamperViewState(state);
            browser.click("f:save");
            pages.settle();
            attack.tried("customer edit save, " + kind + " view state",
                    Probe.number("SELECT COUNT(*) FROM CST_CUSTOMER WHERE NAME = " + sql(name)) == 0);

            String summary = "视图状态伪造" + suffix();
            browser.get("support/create/new.xhtml?customer=" + own);
            browser.select("f:type", Probe.value("SELECT MIN(ITEM_VALUE) FROM BAS_DICT_ENTRY WHERE DICT_TYPE = 'SERVICE_TYPE'"));
            browser.type("f:summary", summary);
            browser.type("f:requestText", "forged view state");
            pages.tamperViewState(state);
            browser.click("f:save");
            pages.settle();
            attack.tried("service request create, " + kind + " view state",
                    Probe.number("SELECT COUNT(*) FROM SUP_REQUEST WHERE SUMMARY = " + sql(summary)) == 0);
        }
        browser.logout();
        browser.login("admin", "admin");
        long managerId = Probe.number("SELECT ID FROM SEC_USER WHERE USERNAME = 'manager2'");
        String before = Probe.value("SELECT DISPLAY_NAME || '/' || VERSION FROM SEC_USER WHERE ID = " + managerId);
        for (String state : new String[] {FORGED_STATE, null}) {
            browser.get("security/users/edit.xhtml?id=" + managerId);
            browser.type("f:displayName", "视图状态伪造" + suffix());
            pages.tamperViewState(state);
            browser.click("f:save");
            pages.settle();
            attack.tried("user edit save, " + (state == null ? "missing" : "forged") + " view state",
                    before.equals(Probe.value("SELECT DISPLAY_NAME || '/' || VERSION FROM SEC_USER WHERE ID = " + managerId)));
        }
        attack.assertAllRefused();
    }
}
