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
        // scripts limited by script-src, or by default-src 'none' (which script-src falls back to), and framing limited
        boolean scriptsLimited = csp != null && (csp.contains("script-src") || csp.contains("default-src 'none'"));
        if (!scriptsLimited || !csp.contains("frame-ancestors")) {
            missing.add("Content-Security-Policy limiting scripts and frame-ancestors (" + csp + ")");
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
        // the lock just ended the session of the previous user (password change): a new session for the next one
        browser.driver().manage().deleteAllCookies();
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

    // ------------------------------------------------------------------ 2. XSS

    /** The payloads every text field gets, by a short name for the table's details. */
    static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

    static {
        PAYLOADS.put("script", "<script>window.__xss=1</script>");
        PAYLOADS.put("img-onerror", "\"><img src=x onerror=\"window.__xss=1\">");
        PAYLOADS.put("javascript-url", "javascript:window.__xss=1");
        PAYLOADS.put("js-string", "'};window.__xss=1;//");
        PAYLOADS.put("textarea-svg", "</textarea><svg onload=window.__xss=1>");
    }

    /** One form of the application: its text fields, valid values for fields that validate, its save button. */
    record Form(String name, List<String> fields, Map<String, String> valid, String save) {
    }

    /**
     * Fills every text field of {@code form} with the payload, saves; fields the server refused (marked invalid) get
     * their valid value and count as refused; saves again. Returns the fields whose payload was stored.
     */
    private List<String> fillAndSave(Attack attack, Form form, String payloadName, String tag) {
        String payload = PAYLOADS.get(payloadName);
        for (String field : form.fields()) {
            pages.set(field, payload + " " + tag);
        }
        setFixed(form);
        browser.click(form.save());
        pages.settle();
        List<String> stored = new ArrayList<>();
        boolean again = false;
        for (String field : form.fields()) {
            if (!browser.driver().findElements(By.id(field)).isEmpty() && pages.invalid(field)) {
                attack.tried(form.name() + " " + field + " " + payloadName + ": refused by validation", true);
                pages.set(field, form.valid().get(field));
                again = true;
            } else {
                stored.add(field);
            }
        }
        if (again) {
            setFixed(form);
            browser.click(form.save());
            pages.settle();
        }
        List<String> stillInvalid = pages.ids("input.ui-state-error, textarea.ui-state-error");
        assertTrue(stillInvalid.isEmpty(), form.name() + " " + payloadName + " saved, but invalid: " + stillInvalid
                + " " + browser.messages());
        return stored;
    }

    /** A save whose stored fields are yet to be looked at on the pages that show them. */
    private record Shown(Form form, String payload, List<String> stored, List<String> pages) {
    }

    private final List<Shown> toLookAt = new ArrayList<>();

    /** Notes the pages that show a save's stored fields; {@link #lookAtPages} opens each page once. */
    private void shownWithoutScript(Attack attack, Form form, String payloadName, List<String> stored, List<String> shownOn) {
        toLookAt.add(new Shown(form, payloadName, stored, shownOn));
    }

    /** Opens every noted page once; each stored field's try is refused when none of its pages ran the payload. */
    private void lookAtPages(Attack attack) {
        Map<String, Boolean> ran = new LinkedHashMap<>();
        for (Shown shown : toLookAt) {
            shown.pages().forEach(page -> ran.computeIfAbsent(page, pages::scriptRanOn));
        }
        for (Shown shown : toLookAt) {
            List<String> ranOn = shown.pages().stream().filter(ran::get).toList();
            for (String field : shown.stored()) {
                attack.tried(shown.form().name() + " " + field + " " + shown.payload()
                        + (ranOn.isEmpty() ? "" : " ran on " + ranOn), ranOn.isEmpty());
            }
        }
        toLookAt.clear();
    }

    /** Fields that are not attacked but must be filled at every save (a password is not shown again). */
    private void setFixed(Form form) {
        form.valid().forEach((field, value) -> {
            if (!form.fields().contains(field)) {
                pages.set(field, value);
            }
        });
    }

    private static Map<String, String> pairs(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String phone() {
        return "0571-" + (10_000_000 + (int) (Math.random() * 89_999_999));
    }

    private long idInUrl() {
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.matches(".*[?&]id=\\d+.*"), "a page of the saved record: " + url);
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    @Test
    @Order(7)
    void xssPayloadsInEveryTextFieldNeverRun() {
        Attack attack = BreakInReport.attack(XSS);
        browser().login("manager", "manager");

        Form customer = new Form("customer", List.of("f:name", "f:address", "f:website", "f:licenceNo",
                "f:legalRepresentative", "f:localTaxNo", "f:nationalTaxNo", "f:postcode", "f:phone", "f:fax",
                "f:bankAccount"), pairs("f:postcode", "310012", "f:phone", phone(), "f:fax", phone(),
                "f:bankAccount", "6222 0200 1234 5678", "f:website", "https://www.example.com",
                "f:name", "XSS 客户 " + suffix(), "f:address", "杭州市", "f:licenceNo", "L1", "f:legalRepresentative", "王",
                "f:localTaxNo", "T1", "f:nationalTaxNo", "N1"), "f:save");
        Form contact = new Form("contact", List.of("contactForm:name", "contactForm:position",
                "contactForm:officePhone", "contactForm:mobile", "contactForm:email", "contactForm:memo"),
                Map.of("contactForm:officePhone", phone(), "contactForm:mobile", "13900001234",
                        "contactForm:email", "a@example.com", "contactForm:name", "周", "contactForm:position", "经理",
                        "contactForm:memo", ""), "contactForm:save");
        Form interaction = new Form("interaction", List.of("interactionForm:place", "interactionForm:summary",
                "interactionForm:details", "interactionForm:memo"), Map.of("interactionForm:place", "会议室",
                "interactionForm:summary", "拜访", "interactionForm:details", "详情", "interactionForm:memo", ""),
                "interactionForm:save");
        long lastCustomer = 0;
        for (String payload : PAYLOADS.keySet()) {
            String tag = suffix();
            browser.get("customer/edit.xhtml");
            browser.select("f:region", "EAST");
            browser.select("f:level", "2");
            List<String> stored = fillAndSave(attack, customer, payload, tag);
            if (!browser.driver().findElements(By.id("f:save")).isEmpty()) {
                browser.click("f:save"); // the likely duplicates were shown: save anyway
                pages.settle();
            }
            browser.waitFor(By.id("customerNo"));
            long id = idInUrl();
            lastCustomer = id;
            shownWithoutScript(attack, customer, payload, stored, List.of("customer/view.xhtml?id=" + id,
                    "customer/list.xhtml", "index.xhtml"));

            browser.get("customer/view.xhtml?id=" + id);
            browser.waitFor(By.cssSelector("a[href*='contactsTab']")).click();
            browser.click("tabs:contactsForm:newContact");
            browser.waitForAjax();
            browser.waitFor(By.id("contactDialog"));
            stored = fillAndSave(attack, contact, payload, tag);
            browser.get("customer/view.xhtml?id=" + id);
            browser.waitFor(By.cssSelector("a[href*='interactionsTab']")).click();
            browser.click("tabs:interactionsForm:newInteraction");
            browser.waitForAjax();
            browser.waitFor(By.id("interactionDialog"));
            List<String> storedInteraction = fillAndSave(attack, interaction, payload, tag);
            assertTrue(Probe.number("SELECT COUNT(*) FROM CST_CONTACT WHERE CUSTOMER_ID = " + id) > 0, "contact saved");
            assertTrue(Probe.number("SELECT COUNT(*) FROM CST_INTERACTION WHERE CUSTOMER_ID = " + id) > 0,
                    "interaction saved");
            shownWithoutScript(attack, contact, payload, stored, List.of("customer/view.xhtml?id=" + id));
            shownWithoutScript(attack, interaction, payload, storedInteraction, List.of("customer/view.xhtml?id=" + id));
        }
        assertTrue(lastCustomer > 0);

        // Opportunities (created by the manager) and a plan item on one assigned to them.
        Form opportunity = new Form("opportunity", List.of("f:customerName", "f:source", "f:summary",
                "f:contactName", "f:contactPhone", "f:description"), Map.of("f:contactPhone", phone(),
                "f:customerName", "客户", "f:source", "来源", "f:summary", "概要", "f:contactName", "陈",
                "f:description", "描述"), "f:save");
        for (String payload : PAYLOADS.keySet()) {
            browser.get("opportunity/edit.xhtml");
            pages.set("f:probability_input", "50");
            pages.js("var w = PrimeFaces.getWidgetById('f:probability'); if (w) { w.setValue(50); }");
            List<String> stored = fillAndSave(attack, opportunity, payload, suffix());
            browser.waitFor(By.id("opportunityNo"));
            long id = idInUrl();
            shownWithoutScript(attack, opportunity, payload, stored, List.of("opportunity/view.xhtml?id=" + id,
                    "opportunity/list.xhtml"));
        }
        long assigned = Probe.op("opportunity", "to", "manager");
        Form planItem = new Form("plan item", List.of("itemForm:content"), Map.of("itemForm:content", "计划"),
                "itemForm:save");
        for (String payload : PAYLOADS.keySet()) {
            browser.get("opportunity/view.xhtml?id=" + assigned);
            browser.click("tabs:planForm:newItem");
            browser.waitForAjax();
            browser.waitFor(By.id("itemDialog"));
            List<String> stored = fillAndSave(attack, planItem, payload, suffix());
            shownWithoutScript(attack, planItem, payload, stored, List.of("opportunity/view.xhtml?id=" + assigned,
                    "opportunity/develop/list.xhtml", "index.xhtml"));
        }

        // Service requests of the manager's own customer.
        String type = Probe.value("SELECT MIN(ITEM_VALUE) FROM BAS_DICT_ENTRY WHERE DICT_TYPE = 'SERVICE_TYPE'");
        Form request = new Form("service request", List.of("f:summary", "f:requestText"),
                Map.of("f:summary", "概要", "f:requestText", "内容"), "f:save");
        for (String payload : PAYLOADS.keySet()) {
            browser.get("support/create/new.xhtml?customer=" + lastCustomer);
            browser.select("f:type", type);
            List<String> stored = fillAndSave(attack, request, payload, suffix());
            browser.waitForAjax();
            long id = Probe.number("SELECT MAX(ID) FROM SUP_REQUEST WHERE CUSTOMER_ID = " + lastCustomer);
            shownWithoutScript(attack, request, payload, stored, List.of("support/archive/view.xhtml?id=" + id,
                    "support/archive/list.xhtml", "customer/view.xhtml?id=" + lastCustomer));
        }

        // Churn measures on a warning of the manager's customer.
        long warning = warningFor("manager");
        Form measure = new Form("churn measure", List.of("deferForm:measure"), Map.of("deferForm:measure", "措施"),
                "deferForm:defer");
        for (String payload : PAYLOADS.keySet()) {
            browser.get("churn/view.xhtml?id=" + warning);
            List<String> stored = fillAndSave(attack, measure, payload, suffix());
            shownWithoutScript(attack, measure, payload, stored, List.of("churn/view.xhtml?id=" + warning,
                    "churn/list.xhtml", "index.xhtml"));
        }
        lookAtPages(attack);
        browser.logout();

        // The administrator's forms: dictionary entries (a service type: its label also goes into the analysis
        // chart's script), users, roles.
        browser.login("admin", "admin");
        Form entry = new Form("dictionary entry", List.of("editForm:value", "editForm:labelZh", "editForm:labelEn"),
                Map.of("editForm:value", "BI" + suffix(), "editForm:labelZh", "类型", "editForm:labelEn", "Type"),
                "editForm:save");
        for (String payload : PAYLOADS.keySet()) {
            browser.get("basedata/dictionary/list.xhtml");
            browser.select("f:type", "SERVICE_TYPE");
            browser.click("f:newEntry");
            browser.waitForAjax();
            browser.waitFor(By.id("editDialog"));
            List<String> stored = fillAndSave(attack, entry, payload, suffix());
            shownWithoutScript(attack, entry, payload, stored, List.of("basedata/dictionary/list.xhtml",
                    "support/analysis/charts.xhtml", "support/archive/list.xhtml"));
        }
        Form user = new Form("user", List.of("f:username", "f:displayName", "f:email"),
                Map.of("f:username", "bi" + suffix(), "f:displayName", "用户", "f:email", "u@example.com",
                        "f:password", BreakInProbe.PASSWORD), "f:save");
        Form role = new Form("role", List.of("f:code", "f:nameZh", "f:nameEn", "f:description"),
                Map.of("f:code", "bi" + suffix(), "f:nameZh", "角色", "f:nameEn", "Role", "f:description", ""), "f:save");
        for (String payload : PAYLOADS.keySet()) {
            browser.get("security/roles/edit.xhtml");
            List<String> stored = fillAndSave(attack, role, payload, suffix());
            shownWithoutScript(attack, role, payload, stored, List.of("security/roles/list.xhtml",
                    "security/users/edit.xhtml", "security/users/list.xhtml"));

            browser.get("security/users/edit.xhtml");
            browser.driver().findElements(By.cssSelector("label")).stream().filter(l -> l.getText().contains("客户经理"))
                    .findFirst().orElseThrow().click();
            stored = fillAndSave(attack, user, payload, suffix());
            long userId = Probe.number("SELECT MAX(ID) FROM SEC_USER");
            shownWithoutScript(attack, user, payload, stored, List.of("security/users/list.xhtml",
                    "security/users/edit.xhtml?id=" + userId, "customer/edit.xhtml", "customer/list.xhtml"));
        }
        lookAtPages(attack);
        attack.assertAllRefused();
    }

    // ------------------------------------------------------------------ 3. SQL injection

    static final List<String> INJECTIONS = List.of("' OR '1'='1", "%' --", "'; DROP TABLE CST_CUSTOMER; --", "\\",
            "_", "%");

    /** A list page, its filter fields (all text), its search button and its table. */
    record ListPage(String path, List<String> filters, String search, String table) {
    }

    @Test
    @Order(8)
    void sqlInjectionInEveryFilterAndRestFieldChangesNothing() throws Exception {
        Attack attack = BreakInReport.attack(SQL);
        long customers = Probe.number("SELECT COUNT(*) FROM CST_CUSTOMER");
        browser().login("admin", "admin");
        List<ListPage> lists = List.of(
                new ListPage("customer/list.xhtml", List.of("f:sNo", "f:sName", "f:sPhone", "f:sTax"), "f:search",
                        "f:customers"),
                new ListPage("opportunity/list.xhtml", List.of("f:sCustomerName"), "f:search", "f:opportunities"),
                new ListPage("support/archive/list.xhtml", List.of("f:sCustomer"), "f:search", "f:requests"),
                new ListPage("churn/list.xhtml", List.of("f:sName"), "f:search", "f:warnings"),
                new ListPage("sales/products.xhtml", List.of("f:sName", "f:sModel", "f:sBatch"), "f:search",
                        "f:products"),
                new ListPage("sales/inventory.xhtml", List.of("f:sProduct", "f:sWarehouse"), "f:search", "f:inventory"),
                new ListPage("security/users/list.xhtml", List.of("f:text"), "f:search", "f:users"));
        for (ListPage list : lists) {
            for (String filter : list.filters()) {
                browser.get(list.path());
                String title = pages.title();
                pages.set(filter, "zzq无此记录" + suffix());
                browser.click(list.search());
                pages.settle();
                long harmless = pages.rowCount(list.table());
                assertEquals(0, harmless, list.path() + " " + filter + ": a string that matches nothing");
                for (String injection : INJECTIONS) {
                    pages.set(filter, injection);
                    browser.click(list.search());
                    pages.settle();
                    boolean samePage = title.equals(pages.title());
                    long rows = samePage ? pages.rowCount(list.table()) : -1;
                    long literal = list.path().startsWith("security/users") ? usersContaining(injection) : 0;
                    attack.tried(list.path() + " " + filter + " «" + injection + "»: " + rows + " rows (" + literal
                            + " contain it), page " + pages.title(), samePage && rows == literal);
                }
            }
        }
        // The customer list's column filters, too (the table's own filter call, as typing in them makes).
        browser.get("customer/list.xhtml");
        for (String column : List.of("colNo", "colName", "colPhone")) {
            String filter = "f:customers:" + column + ":filter";
            assertFalse(browser.driver().findElements(By.id(filter)).isEmpty(), "the column filter " + filter);
            pages.set(filter, "zzq无此记录" + suffix());
            filterTable("f:customers");
            assertEquals(0, pages.rowCount("f:customers"), filter + ": a string that matches nothing");
            for (String injection : INJECTIONS) {
                pages.set(filter, injection);
                filterTable("f:customers");
                long rows = pages.rowCount("f:customers");
                attack.tried("customer list column filter " + column + " «" + injection + "»: " + rows + " rows",
                        "客户信息".equals(pages.title()) && rows == 0);
            }
            pages.set(filter, "");
            filterTable("f:customers");
        }

        // REST: every text field of a product, the path's id, an inventory's product reference, an order's customer.
        for (String injection : INJECTIONS) {
            String id = "BI-SQL-" + suffix();
            String json = "{\"name\": %s, \"model\": %s, \"batch\": %s, \"unit\": \"台\", \"price\": 1}"
                    .formatted(jsonString(injection), jsonString(injection), jsonString(injection));
            Http.Answer put = new Http().put("api/v1/products/" + id, "application/json", json,
                    "Authorization", Http.basic("sales", "sales"));
            List<List<String>> stored = Probe.rows("SELECT NAME, MODEL, BATCH FROM SALES_PRODUCT WHERE EXTERNAL_ID = "
                    + sql(id));
            attack.tried("REST product fields «" + injection + "» [" + put.status() + "]", put.status() == 201
                    && stored.size() == 1 && stored.get(0).equals(List.of(injection, injection, injection)));
            Http.Answer path = new Http().put("api/v1/products/" + Http.enc(injection).replace("+", "%20"),
                    "application/json", "{\"name\": \"路径注入\", \"unit\": \"台\", \"price\": 1}",
                    "Authorization", Http.basic("sales", "sales"));
            attack.tried("REST product id in the path «" + injection + "» [" + path.status() + "]", path.status() < 500);
            Http.Answer stock = new Http().put("api/v1/inventory/BI-SQL-" + suffix(), "application/json",
                    "{\"productId\": %s, \"warehouse\": %s, \"location\": \"A\", \"quantity\": 1}"
                            .formatted(jsonString(injection), jsonString(injection)),
                    "Authorization", Http.basic("sales", "sales"));
            // (the path test above may have created a product with this very id: then the reference is valid)
            boolean exists = Probe.number("SELECT COUNT(*) FROM SALES_PRODUCT WHERE EXTERNAL_ID = " + sql(injection)) > 0;
            attack.tried("REST inventory product reference «" + injection + "» [" + stock.status() + ", product "
                            + (exists ? "exists" : "unknown") + "] " + stock.body(),
                    stock.status() == (exists ? 201 : 400) && !stock.body().contains("SQLException")
                            && !stock.body().contains("Exception"));
            Http.Answer order = new Http().put("api/v1/orders/BI-SQL-" + suffix(), "application/json", """
                    {"orderNo": %s, "customerNo": %s, "orderDate": "2026-01-15", "deliveryAddress": %s,
                     "status": "SHIPPED", "lines": [{"productId": %s, "quantity": 1, "unit": "台", "unitPrice": 10}]}"""
                    .formatted(jsonString(injection), jsonString(injection), jsonString(injection),
                            jsonString(injection)), "Authorization", Http.basic("sales", "sales"));
            attack.tried("REST order customer and product references «" + injection + "» [" + order.status() + "]",
                    order.status() == 400 && !order.body().contains("SQLException") && !order.body().contains("Exception"));
        }
        // CSV import: the same strings in every column of a product row.
        StringBuilder csv = new StringBuilder("externalId,name,model,batch,unit,price\n");
        List<String> ids = new ArrayList<>();
        for (String injection : INJECTIONS) {
            String id = "BI-CSV-" + suffix();
            ids.add(id);
            String cell = "\"" + injection.replace("\"", "\"\"") + "\"";
            csv.append(id).append(',').append(cell).append(',').append(cell).append(',').append(cell).append(",台,1\n");
        }
        Http.Answer imported = new Http().post("api/v1/import/products", "text/csv; charset=UTF-8", csv.toString(),
                "Authorization", Http.basic("sales", "sales"));
        for (int i = 0; i < INJECTIONS.size(); i++) {
            List<List<String>> stored = Probe.rows("SELECT NAME FROM SALES_PRODUCT WHERE EXTERNAL_ID = " + sql(ids.get(i)));
            attack.tried("CSV import «" + INJECTIONS.get(i) + "» [" + imported.status() + "]",
                    imported.status() < 300 && stored.size() == 1 && stored.get(0).get(0).equals(INJECTIONS.get(i)));
        }
        // The tables are all still there, and nothing was deleted.
        attack.tried("CST_CUSTOMER still there with its rows",
                Probe.number("SELECT COUNT(*) FROM CST_CUSTOMER") >= customers);
        attack.assertAllRefused();
    }

    /** Users whose name or display name contains {@code text} as typed (the user search's rule). */
    private static long usersContaining(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return Probe.rows("SELECT USERNAME, DISPLAY_NAME FROM SEC_USER").stream()
                .filter(r -> r.get(0).toLowerCase(Locale.ROOT).contains(t) || r.get(1).toLowerCase(Locale.ROOT).contains(t))
                .count();
    }

    private void filterTable(String tableId) {
        pages.js("PrimeFaces.getWidgetById(arguments[0]).filter();", tableId);
        pages.settle();
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ------------------------------------------------------------------ 8. IDOR

    /** What a victim's records look like in the database: any change shows as a different text. */
    private static String fingerprint(long customer, long opportunity, long request, long warning) {
        return List.of("SELECT VERSION, NAME FROM CST_CUSTOMER WHERE ID = " + customer,
                "SELECT COUNT(*), MAX(VERSION) FROM CST_CONTACT WHERE CUSTOMER_ID = " + customer,
                "SELECT COUNT(*), MAX(VERSION) FROM CST_INTERACTION WHERE CUSTOMER_ID = " + customer,
                "SELECT COUNT(*), MAX(VERSION) FROM CST_DOCUMENT WHERE CUSTOMER_ID = " + customer,
                "SELECT VERSION FROM MKT_OPPORTUNITY WHERE ID = " + opportunity,
                "SELECT COUNT(*), MAX(VERSION) FROM MKT_PLAN_ITEM WHERE OPPORTUNITY_ID = " + opportunity,
                "SELECT VERSION FROM SUP_REQUEST WHERE ID = " + request,
                "SELECT VERSION FROM CHN_WARNING WHERE ID = " + warning,
                "SELECT COUNT(*) FROM CHN_MEASURE WHERE WARNING_ID = " + warning).stream()
                .map(q -> Probe.rows(q).toString()).toList().toString();
    }

    @Test
    @Order(9)
    void aManagerCannotReadOrChangeAnotherManagersRecordsById() {
        Attack attack = BreakInReport.attack(IDOR);
        long victimCustomer = customerOf("manager2");
        long victimWarning = warningFor("manager2");
        Probe.op("document", "customer", String.valueOf(victimCustomer), "as", "manager2");
        long victimOpportunity = Probe.op("opportunity", "to", "manager2");
        long victimRequest = Probe.op("request", "customer", String.valueOf(victimCustomer), "to", "manager2");
        long ownCustomer = customerOf("manager");
        long ownWarning = warningFor("manager");
        long ownOpportunity = Probe.op("opportunity", "to", "manager");
        long ownRequest = Probe.op("request", "customer", String.valueOf(ownCustomer), "to", "manager");
        String victim = fingerprint(victimCustomer, victimOpportunity, victimRequest, victimWarning);
        java.util.function.Supplier<Boolean> unchanged = () -> victim.equals(
                fingerprint(victimCustomer, victimOpportunity, victimRequest, victimWarning));

        browser().login("manager", "manager");
        // Through the page URL.
        browser.get("customer/edit.xhtml?id=" + victimCustomer);
        attack.tried("customer edit page ?id= of another manager's customer: " + pages.title(),
                browser.driver().findElements(By.id("f:save")).isEmpty());
        browser.get("customer/view.xhtml?id=" + victimCustomer);
        attack.tried("customer page of another manager's customer offers no change (contacts, interactions, documents)",
                pages.ids("#tabs\\:contactsForm\\:newContact, #tabs\\:interactionsForm\\:newInteraction, "
                        + "#tabs\\:documentsForm\\:upload, #edit, #actions\\:delete").isEmpty());
        // Crafted ajax requests for the change buttons of another manager's contact, interaction and document.
        for (String source : List.of("tabs:contactsForm:contacts:0:deleteContact",
                "tabs:interactionsForm:interactions:0:deleteInteraction", "tabs:documentsForm:documents:0:deleteDocument")) {
            String form = source.substring(0, source.indexOf(':', 5));
            pages.js("PrimeFaces.ab({s: arguments[0], f: arguments[1], p: arguments[0], u: arguments[1]});", source, form);
            pages.settle();
            attack.tried("crafted ajax request " + source + " on another manager's customer", unchanged.get());
        }
        browser.get("opportunity/edit.xhtml?id=" + victimOpportunity);
        attack.tried("opportunity edit page ?id= of another manager's opportunity: " + pages.title(),
                browser.driver().findElements(By.id("f:save")).isEmpty());
        browser.get("opportunity/view.xhtml?id=" + victimOpportunity);
        attack.tried("opportunity page of another manager's opportunity offers no plan change",
                pages.ids("#tabs\\:planForm\\:newItem").isEmpty());
        pages.js("PrimeFaces.ab({s: 'tabs:planForm:newItem', f: 'tabs:planForm', p: 'tabs:planForm:newItem'});");
        pages.settle();
        attack.tried("crafted ajax request for a new plan item on another manager's opportunity", unchanged.get());
        browser.get("support/archive/view.xhtml?id=" + victimRequest);
        attack.tried("service request page of another manager's request offers no handling",
                pages.ids("[id='handleForm:save'], [id='handleForm:handling']").isEmpty());
        browser.get("churn/view.xhtml?id=" + victimWarning);
        attack.tried("churn warning page ?id= of another manager's warning: " + pages.title(),
                pages.ids("[id='deferForm:measure'], [id='confirmForm:reason']").isEmpty());

        // Crafted Faces requests: the own record's form, the other's id added to the request.
        browser.get("customer/edit.xhtml?id=" + ownCustomer);
        browser.type("f:address", "越权地址 " + suffix());
        pages.inject("f", "id", String.valueOf(victimCustomer));
        browser.click("f:save");
        pages.settle();
        attack.tried("own customer's edit form with the other's id", unchanged.get());
        browser.get("churn/view.xhtml?id=" + ownWarning);
        browser.type("deferForm:measure", "越权措施 " + suffix());
        pages.inject("deferForm", "id", String.valueOf(victimWarning));
        browser.click("deferForm:defer");
        pages.settle();
        attack.tried("own churn warning's deferral with the other's id", unchanged.get());
        browser.get("opportunity/view.xhtml?id=" + ownOpportunity);
        browser.click("tabs:planForm:newItem");
        browser.waitForAjax();
        browser.waitFor(By.id("itemDialog"));
        browser.type("itemForm:content", "越权计划 " + suffix());
        pages.inject("itemForm", "id", String.valueOf(victimOpportunity));
        browser.click("itemForm:save");
        pages.settle();
        attack.tried("own opportunity's new plan item with the other's id", unchanged.get());
        browser.get("support/archive/view.xhtml?id=" + ownRequest);
        if (!browser.driver().findElements(By.id("handleForm:handling")).isEmpty()) {
            browser.type("handleForm:handling", "越权处理 " + suffix());
            pages.inject("handleForm", "id", String.valueOf(victimRequest));
            browser.click("handleForm:save");
            pages.settle();
        }
        attack.tried("own service request's handling with the other's id", unchanged.get());

        // Through the REST interface: the manager has no right to it at all.
        String manager = Http.basic("manager", "manager");
        String customerNo = Probe.value("SELECT CUSTOMER_NO FROM CST_CUSTOMER WHERE ID = " + victimCustomer);
        Http.Answer order = new Http().put("api/v1/orders/BI-IDOR-" + suffix(), "application/json", """
                {"orderNo": "XS-IDOR", "customerNo": "%s", "orderDate": "2026-01-15", "deliveryAddress": "北京",
                 "status": "SHIPPED", "lines": [{"productId": "P0001", "quantity": 1, "unit": "台", "unitPrice": 10}]}"""
                .formatted(customerNo), "Authorization", manager);
        attack.tried("REST order for another manager's customer [" + order.status() + "]",
                order.status() == 403 && unchanged.get());
        Http.Answer churn = new Http().post("api/v1/churn/check", "application/json", "{}", "Authorization", manager);
        attack.tried("REST churn check as a manager [" + churn.status() + "]", churn.status() == 403);
        attack.assertAllRefused();
    }

    // ------------------------------------------------------------------ 9. uploads

    @Test
    @Order(10)
    void forgedOrTooLargeUploadsAreRefused() throws IOException {
        Attack attack = BreakInReport.attack(UPLOAD);
        long customer = customerOf("manager");
        long max = Probe.op("maxsize");
        Path dir = Files.createTempDirectory("kehu-breakin");
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        files.put("an .exe renamed .pdf", exe);
        files.put("an HTML page named .png (image/png)", "<html><script>window.__xss=1</script></html>"
                .getBytes(StandardCharsets.UTF_8));
        files.put("an .exe (client check removed)", exe);
        byte[] big = new byte[(int) max + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        files.put("a PDF one byte over the limit (client check removed)", big);
        List<String> names = List.of("contract-" + suffix() + ".pdf", "logo-" + suffix() + ".png",
                "tool-" + suffix() + ".exe", "large-" + suffix() + ".pdf");
        browser().login("manager", "manager");
        int i = 0;
        for (var file : files.entrySet()) {
            Path path = Files.write(dir.resolve(names.get(i++)), file.getValue());
            browser.get("customer/view.xhtml?id=" + customer);
            browser.waitFor(By.cssSelector("a[href*='documentsTab']")).click();
            // An attacker's browser does not run the page's own checks.
            pages.js("var w = PrimeFaces.getWidgetById('tabs:documentsForm:upload');"
                    + "if (w) { w.cfg.maxFileSize = undefined; w.cfg.allowTypes = undefined; }");
            long before = Probe.number("SELECT COUNT(*) FROM CST_DOCUMENT WHERE CUSTOMER_ID = " + customer);
            browser.driver().findElement(By.id("tabs:documentsForm:upload_input")).sendKeys(path.toString());
            try {
                browser.waitFor(By.cssSelector(".ui-messages-error, .ui-message-error, .ui-growl-message-error, "
                        + ".ui-fileupload-message, .ui-messages-error-summary"));
            } catch (RuntimeException noMessage) {
                // counted below: no message is a failure of this try
            }
            pages.settle();
            String messages = browser.messages() + pages.js("return document.body.innerText").toString()
                    .lines().filter(l -> l.contains(path.getFileName().toString())).toList();
            boolean stored = Probe.number("SELECT COUNT(*) FROM CST_DOCUMENT WHERE CUSTOMER_ID = " + customer) > before;
            attack.tried(file.getKey() + ": " + (stored ? "stored" : "not stored") + ", message " + messages,
                    !stored && !messages.isBlank());
        }
        attack.assertAllRefused();
    }

    // ------------------------------------------------------------------ 7. EJB roles

    @Test
    @Order(11)
    void everyPublicEjbMethodStatesItsRoles() throws Exception {
        Attack attack = BreakInReport.attack(EJB);
        Path classes = Path.of(com.kehu.crm.common.boundary.BusinessException.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(classes)) {
            try (var walk = Files.walk(classes)) {
                walk.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(classes.relativize(f).toString()));
            }
        } else {
            try (var jar = new java.util.jar.JarFile(classes.toFile())) {
                jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class")).forEach(names::add);
            }
        }
        List<Class<? extends java.lang.annotation.Annotation>> beans = List.of(jakarta.ejb.Stateless.class,
                jakarta.ejb.Singleton.class, jakarta.ejb.Stateful.class);
        List<Class<? extends java.lang.annotation.Annotation>> roles = List.of(
                jakarta.annotation.security.RolesAllowed.class, jakarta.annotation.security.PermitAll.class,
                jakarta.annotation.security.DenyAll.class);
        for (String name : names) {
            if (name.contains("$")) {
                continue;
            }
            Class<?> type = Class.forName(name.replace('/', '.').replace('\\', '.').replaceAll("\\.class$", ""), false,
                    getClass().getClassLoader());
            if (beans.stream().noneMatch(type::isAnnotationPresent)) {
                continue;
            }
            List<String> seen = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                    int mod = m.getModifiers();
                    String signature = m.getName() + java.util.Arrays.toString(m.getParameterTypes());
                    if (!java.lang.reflect.Modifier.isPublic(mod) || java.lang.reflect.Modifier.isStatic(mod)
                            || m.isSynthetic() || m.isBridge() || seen.contains(signature)) {
                        continue;
                    }
                    seen.add(signature);
                    Class<?> declaring = c;
                    boolean stated = roles.stream().anyMatch(m::isAnnotationPresent)
                            || roles.stream().anyMatch(declaring::isAnnotationPresent);
                    attack.tried(type.getSimpleName() + "." + m.getName(), stated);
                }
            }
        }
        assertTrue(attack.tries() > 100, "the scan found the business methods");
        attack.assertAllRefused();
    }
}
