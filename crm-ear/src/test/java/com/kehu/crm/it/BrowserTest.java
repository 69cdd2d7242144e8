package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * A browser test: a fresh headless Chromium per test, closed afterwards with a screenshot of its last page in
 * {@code screenshots/last/}, to look at when a test fails. A test whose pages broke the Content-Security-Policy
 * (an inline handler or script the policy blocked) fails, whatever it asserted itself.
 */
abstract class BrowserTest {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        try {
            browser.screenshot("last/" + getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
            List<String> violations = browser.cspViolations();
            assertTrue(violations.isEmpty(), () -> "Content-Security-Policy violations: " + violations);
        } finally {
            browser.close();
        }
    }
}
