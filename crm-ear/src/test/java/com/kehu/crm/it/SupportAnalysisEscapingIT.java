package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service analysis writes its charts (with the dictionary's labels) into a script block: a label that tries to
 * end that block, or to end its string, is shown as the text it is, in the chart and in the table, and runs nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportAnalysisEscapingIT extends BrowserTest {

    private static final String CLOSES_THE_SCRIPT = "</script><script>alert(1)</script>";
    private static final String CLOSES_THE_STRING = "\"; alert(1); //";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aServiceTypeLabelWithScriptIsShownAsTextAndRunsNothing() {
        String code = "XSS" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        // the administrator adds a service type whose labels are attacks
        browser.login("admin", "admin");
        browser.get("basedata/dictionary/list.xhtml");
        browser.select("f:type", "SERVICE_TYPE");
        browser.click("f:newEntry");
        browser.waitForAjax();
        browser.type("editForm:value", code);
        browser.type("editForm:labelZh", CLOSES_THE_SCRIPT);
        browser.type("editForm:labelEn", CLOSES_THE_STRING);
        browser.click("editForm:save");
        browser.waitForText(By.id("f:entries"), code);
        browser.logout();

        // a manager records a request of that type
        browser.login("manager", "manager");
        browser.get("customer/list.xhtml");
        browser.type("f:sName", "北京华信");
        browser.click("f:search");
        browser.waitForText(By.id("f:customers"), "共 1 条");
        browser.driver().findElement(By.linkText("北京华信科技有限公司")).click();
        browser.waitFor(By.id("customerNo"));
        browser.waitFor(By.cssSelector("a[href*='supportTab']")).click();
        browser.click("tabs:supportForm:newRequest");
        browser.select("f:type", code);
        browser.type("f:summary", "标签测试 " + code);
        browser.type("f:requestText", "图表标签的转义");
        browser.click("f:save");
        browser.waitForText(By.id("pageTitle"), code);
        browser.logout();

        // the analysis shows the labels as typed, in Chinese and in English, and no script ran
        browser.login("exec", "exec");
        browser.get("support/analysis/charts.xhtml");
        browser.waitForText(By.id("f:typeTable"), CLOSES_THE_SCRIPT);
        assertNoAlert();
        assertChartShows(CLOSES_THE_SCRIPT);
        browser.screenshot("support-analysis-script-label-zh");

        browser.click("topbarForm:langEn");
        browser.waitForText(By.id("pageTitle"), "Service analysis");
        browser.waitForText(By.id("f:typeTable"), CLOSES_THE_STRING);
        assertNoAlert();
        // the charts are drawn again by an ajax update (they keep the language they were built in until then)
        browser.click("f:show");
        browser.waitForAjax();
        assertNoAlert();
        assertChartShows(CLOSES_THE_STRING);
        browser.screenshot("support-analysis-script-label-en");
        browser.click("topbarForm:langZh");
        browser.waitForText(By.id("pageTitle"), "图表分析");
    }

    /** Waits for the chart (drawn once the page's scripts ran) to show {@code label} as one of its series. */
    private void assertChartShows(String label) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> chartLabels().contains(label));
        } catch (TimeoutException e) {
            fail("the chart does not show " + label + "; its labels: " + chartLabels());
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> chartLabels() {
        Object labels = ((JavascriptExecutor) browser.driver()).executeScript(
                "return window.PF && PF('typeChart') && PF('typeChart').chart"
                        + " ? PF('typeChart').chart.data.datasets.map(d => d.label) : [];");
        return (List<String>) labels;
    }

    private void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(),
                "a script from the label ran");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript("return !!window.PrimeFaces;"));
    }
}
