package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The Content-Security-Policy in a real browser: it blocks what an attacker would inject, and Kehu CRM's own pages
 * work under it, every page of every menu and the main actions (tables sorted and paged, dialogs, date pickers,
 * confirmations, charts, the language switch), without one violation on Chromium's console.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentSecurityPolicyIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anInjectedHandlerOrScriptDoesNotRun() {
        browser.login("manager", "manager");
        browser.get("customer/list.xhtml");
        browser.waitForText(By.id("f:customers"), "共 ");
        js("document.body.insertAdjacentHTML('beforeend',"
                + " '<img id=\"injectedImage\" src=\"no-such-image.png\" onerror=\"window.kehuInjected = 1\">');"
                + "var s = document.createElement('script'); s.textContent = 'window.kehuInjected = 2';"
                + "document.body.appendChild(s);");
        // the image's error event fires once its request failed; then the handler would have run
        browser.waitFor(By.id("injectedImage"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                .until(d -> collect() >= 2);
        assertNull(js("return window.kehuInjected === undefined ? null : window.kehuInjected;"));
        assertTrue(seen.stream().allMatch(v -> v.contains("inline")), seen::toString);
    }

    private final List<String> seen = new ArrayList<>();

    /** Collects the violations reported so far (reading the console empties it) and answers how many there were. */
    private int collect() {
        seen.addAll(browser.cspViolations());
        return seen.size();
    }

    @Test
    void everyPageOfEveryMenuOpensWithoutAViolation() {
        Map<String, String> checked = new LinkedHashMap<>();
        for (String user : List.of("admin", "super", "manager")) {
            browser.login(user, user);
            List<String> pages = browser.driver().findElements(By.cssSelector(".layout-sidebar a.ui-menuitem-link"))
                    .stream().map(a -> a.getDomAttribute("href")).filter(h -> h != null && h.endsWith(".xhtml"))
                    .toList();
            assertTrue(pages.size() >= 8, user + ": " + pages);
            for (String page : pages) {
                browser.driver().get(absolute(page));
                browser.waitFor(By.id("pageTitle"));
                browser.waitForAjax();
                assertEquals(Boolean.TRUE, js("return !!(window.PrimeFaces && PrimeFaces.csp.NONCE_VALUE);"), page);
                List<String> violations = browser.cspViolations();
                assertTrue(violations.isEmpty(), () -> page + " as " + user + ": " + violations);
                checked.put(page, user);
            }
            browser.logout();
        }
        assertTrue(checked.size() >= 15, checked::toString);
    }

    @Test
    void tablesDialogsConfirmationsAndTheLanguageSwitchWorkUnderThePolicy() {
        browser.login("super", "super");
        browser.get("customer/list.xhtml");
        browser.waitForText(By.id("f:customers"), "共 ");
        String firstBefore = firstRow();
        // sort by name, then page forward: ajax through handlers PrimeFaces moved into its nonce'd script
        browser.driver().findElement(By.cssSelector("#f\\:customers\\:colName .ui-column-title")).click();
        browser.waitForAjax();
        browser.driver().findElement(By.cssSelector("#f\\:customers\\:colName .ui-column-title")).click();
        browser.waitForAjax();
        assertNotEquals(firstBefore, firstRow(), "sorted");
        String sortedFirst = firstRow();
        browser.driver().findElement(By.cssSelector("#f\\:customers .ui-paginator-next")).click();
        browser.waitForAjax();
        assertNotEquals(sortedFirst, firstRow(), "the next page");
        // a column filter (onchange of a select menu)
        browser.select("f:customers:regionFilter", "NORTH");
        browser.waitForText(By.id("f:customers"), "北京华信科技有限公司");
        browser.screenshot("csp-customer-list-zh");

        // a customer: the contact dialog opens (oncomplete), closes with its cancel button (onclick)
        browser.driver().findElement(By.linkText("北京华信科技有限公司")).click();
        browser.waitFor(By.id("customerNo"));
        browser.waitFor(By.cssSelector("a[href*='contactsTab']")).click();
        browser.click("tabs:contactsForm:newContact");
        browser.waitForAjax();
        WebElement dialog = browser.waitFor(By.id("contactDialog"));
        assertTrue(dialog.isDisplayed());
        browser.screenshot("csp-contact-dialog");
        browser.driver().findElement(By.cssSelector("#contactForm button.ui-button-flat")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                .until(d -> !d.findElement(By.id("contactDialog")).isDisplayed());
        // a confirmation: asked, and "no" leaves the customer alone
        browser.click("delete");
        WebElement confirm = browser.waitFor(By.cssSelector(".ui-confirm-dialog"));
        assertTrue(confirm.isDisplayed());
        confirm.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
        assertEquals("北京华信科技有限公司", browser.title());

        // the analysis: date picker and charts
        browser.get("support/analysis/charts.xhtml");
        browser.waitFor(By.id("f:typeChart"));
        waitUntilTrue("return !!PF('typeChart').chart && !!PF('satisfactionChart').chart;");
        browser.driver().findElement(By.cssSelector("#f\\:from .ui-datepicker-trigger")).click();
        assertTrue(browser.waitFor(By.cssSelector(".ui-datepicker-panel, .ui-datepicker")).isDisplayed());
        browser.click("f:show");
        browser.waitForAjax();
        waitUntilTrue("return !!PF('typeChart').chart;");
        browser.screenshot("csp-support-analysis-zh");

        // the language switch (a plain Faces command link) and the same pages in English
        browser.click("topbarForm:langEn");
        browser.waitForText(By.id("pageTitle"), "Service analysis");
        browser.screenshot("csp-support-analysis-en");
        browser.get("customer/list.xhtml");
        browser.waitForText(By.id("f:customers"), "records, page");
        browser.screenshot("csp-customer-list-en");
        browser.click("topbarForm:langZh");
        browser.waitForText(By.id("pageTitle"), "客户信息");
        List<String> violations = browser.cspViolations();
        assertTrue(violations.isEmpty(), violations::toString);
        assertFalse(browser.driver().getPageSource().contains("kehuInjected"));
    }

    /** Waits until {@code script} answers true (a chart is drawn once the page's scripts ran). */
    private void waitUntilTrue(String script) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                .until(d -> Boolean.TRUE.equals(js(script)));
    }

    private String firstRow() {
        return browser.waitFor(By.cssSelector("#f\\:customers_data tr[data-ri]")).getText();
    }

    private static String absolute(String href) {
        java.net.URI base = java.net.URI.create(Browser.BASE);
        return base.resolve(href).toString();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
