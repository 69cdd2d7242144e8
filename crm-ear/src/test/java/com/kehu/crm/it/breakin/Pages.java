package com.kehu.crm.it.breakin;

import com.kehu.crm.it.Browser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the break-in suite does in the browser beyond what a user does: set fields raw, tamper, look for executed script. */
final class Pages {

    private static final Pattern TOTAL = Pattern.compile("(?:共\\s*|^)(\\d+)\\s*(?:条|records)");

    private final Browser browser;

    Pages(Browser browser) {
        this.browser = browser;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /**
     * Sets a text field's value as typed (no maxlength or client check: the server sees what an attacker sends), with
     * the input and change events a user's typing fires.
     */
    void set(String id, String value) {
        browser.waitFor(By.id(id));
        js("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                id, value);
    }

    /** Whether the field was marked invalid by the last submit (PrimeFaces marks it ui-state-error). */
    boolean invalid(String id) {
        return Boolean.TRUE.equals(js("var e = document.getElementById(arguments[0]);"
                + "return !!e && (e.classList.contains('ui-state-error') || e.getAttribute('aria-invalid') === 'true');", id));
    }

    /** Changes (or with {@code null} removes) the view state of every form on the page. */
    void tamperViewState(String value) {
        js("var v = arguments[0]; document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]').forEach("
                + "function (e) { if (v === null) { e.parentNode.removeChild(e); } else { e.value = v; } });", value);
    }

    /** Adds a hidden field to a form, as a crafted request would carry it. */
    void inject(String formId, String name, String value) {
        js("var i = document.createElement('input'); i.type = 'hidden'; i.name = arguments[1]; i.value = arguments[2];"
                + "document.getElementById(arguments[0]).appendChild(i);", formId, name, value);
    }

    /** Waits for the ajax queue, then a moment for a navigation it caused to begin and end. */
    void settle() {
        browser.waitForAjax();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        browser.waitForAjax();
    }

    /**
     * Whether script planted in data ran on the current page: an alert, {@code window.__xss} set, or a link that would
     * run it when clicked ({@code javascript:} URL).
     */
    boolean scriptRan() {
        try {
            browser.driver().switchTo().alert().dismiss();
            return true;
        } catch (NoAlertPresentException none) {
            // as it should be
        } catch (UnhandledAlertException alert) {
            return true;
        }
        try {
            settle();
            return Boolean.TRUE.equals(js("return typeof window.__xss !== 'undefined' || Array.prototype.some.call("
                    + "document.querySelectorAll('a[href], iframe[src], form[action]'), function (e) {"
                    + " var u = (e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || '');"
                    + " return /^\\s*javascript:/i.test(u) && u.indexOf('__xss') >= 0; });"));
        } catch (UnhandledAlertException alert) {
            return true;
        }
    }

    /** Opens a page and tells whether planted script ran there. */
    boolean scriptRanOn(String path) {
        try {
            browser.get(path);
        } catch (UnhandledAlertException alert) {
            return true;
        }
        return scriptRan();
    }

    /** The number of rows a paged table reports ("共 N 条"), or its visible rows without a paginator. */
    long rowCount(String tableId) {
        WebElement table = browser.waitFor(By.id(tableId));
        List<WebElement> report = table.findElements(By.cssSelector(".ui-paginator-current"));
        if (!report.isEmpty()) {
            Matcher m = TOTAL.matcher(report.get(0).getText().trim());
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> !tr.getAttribute("class").contains("ui-datatable-empty-message")).count();
    }

    /** The values of a select menu's options by their label. */
    Map<String, String> options(String selectId) {
        Map<String, String> options = new LinkedHashMap<>();
        for (WebElement o : browser.driver().findElements(By.cssSelector("#" + selectId.replace(":", "\\:") + "_input option"))) {
            options.put(o.getAttribute("textContent").trim(), o.getAttribute("value"));
        }
        return options;
    }

    /** The ids of the elements matching a CSS selector. */
    List<String> ids(String css) {
        List<String> ids = new ArrayList<>();
        browser.driver().findElements(By.cssSelector(css)).forEach(e -> ids.add(e.getAttribute("id")));
        return ids;
    }

    String title() {
        return browser.waitFor(By.id("pageTitle")).getText();
    }
}
