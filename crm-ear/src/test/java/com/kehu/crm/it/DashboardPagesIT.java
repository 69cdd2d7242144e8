package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The home page in a real browser, for a manager and the supervisor: each user sees the counts of their own lists
 * (and only the lists they have the right to), every count is the number of rows of the list its link opens, the
 * plan counts open the development list already filtered, and the key figures come after the page with their charts,
 * over the manager's own customers or all of them; in Chinese and in English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardPagesIT extends BrowserTest {

    /** Widget id → the title of the list its link opens. */
    private static final Map<String, String> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("wRequestsToHandle", "服务处理");
        LISTS.put("wRequestsToFeedback", "服务反馈");
        LISTS.put("wRequestsToAssign", "服务分配");
        LISTS.put("wPlanOverdue", "我的客户开发");
        LISTS.put("wPlanThisWeek", "我的客户开发");
        LISTS.put("wChurn", "流失预警");
        LISTS.put("wOpportunitiesToAssign", "待指派的销售机会");
    }

    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aManagerSeesTheirOwnCountsAndFiguresAndEachCountIsItsListsRowCount() {
        browser.login("manager", "manager");
        Map<String, Long> counts = counts();
        assertEquals(List.of("wRequestsToHandle", "wRequestsToFeedback", "wPlanOverdue", "wPlanThisWeek", "wChurn"),
                List.copyOf(counts.keySet()), "a manager assigns nothing");
        assertEquals("我的客户", figures().findElement(By.id("df:scope")).getText());
        assertChartLabels("df:customersChart", "上月|本月", "the chart in Chinese");
        assertTrue(figures().getText().contains("新增客户"), figures().getText());
        browser.screenshot("home-manager-zh");
        scrollToFigures();
        browser.screenshot("home-manager-figures-zh");
        checkEachListHasItsCount(counts);

        // The plan count opens the development list filtered to it.
        browser.get("index.xhtml");
        browser.click("wPlanOverdue");
        assertEquals("我的客户开发", browser.title());
        assertTrue(browser.waitFor(By.id("planFilter")).getText().contains("计划已逾期"));
        browser.click("planFilterClear");
        assertTrue(browser.driver().findElements(By.id("planFilter")).isEmpty(), "the filter can be left");

        browser.get("index.xhtml");
        figures();
        browser.click("topbarForm:langEn");
        browser.waitForText(By.id("waiting"), "What waits for me");
        browser.waitForText(By.id("df:scope"), "My customers");
        assertChartLabels("df:customersChart", "Last month|This month", "the chart speaks the user's language");
        browser.screenshot("home-manager-en");
        scrollToFigures();
        browser.screenshot("home-manager-figures-en");
        browser.click("topbarForm:langZh");
        browser.waitForText(By.id("waiting"), "我的待办");
    }

    @Test
    void theSupervisorSeesEveryListToAssignAndTheFiguresOfAllCustomersWithCharts() {
        browser.login("super", "super");
        Map<String, Long> counts = counts();
        assertEquals(List.copyOf(LISTS.keySet()), List.copyOf(counts.keySet()));
        // The revenue summary is computed shortly after start-up: wait for it to show its time.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90), Duration.ofSeconds(3)).until(d -> {
            browser.get("index.xhtml");
            return figures().getText().contains("统计时间");
        });
        WebElement figures = figures();
        assertEquals("全部客户", figures.findElement(By.id("df:scope")).getText());
        for (String chart : List.of("df:customersChart", "df:requestsChart", "df:revenueChart", "df:topChart")) {
            assertFalse(browser.driver().findElements(By.cssSelector("[id='" + chart + "'] canvas")).isEmpty(),
                    chart + " is drawn");
        }
        List<WebElement> top = browser.driver().findElements(By.cssSelector("#fTopTable tr"));
        assertTrue(top.size() > 1 && top.size() <= 11, "a header and at most ten customers: " + top.size());
        browser.screenshot("home-super-zh");
        scrollToFigures();
        browser.screenshot("home-super-figures-zh");
        checkEachListHasItsCount(counts);

        browser.get("index.xhtml");
        figures();
        browser.click("topbarForm:langEn");
        browser.waitForText(By.id("waiting"), "What waits for me");
        browser.waitForText(By.id("df:scope"), "All customers");
        assertChartLabels("df:requestsChart", "Created|Assigned|Handled|Archived", "the chart speaks the user's language");
        browser.screenshot("home-super-en");
        scrollToFigures();
        browser.screenshot("home-super-figures-en");
        browser.click("topbarForm:langZh");
        browser.waitForText(By.id("waiting"), "我的待办");
    }

    /** The counts of the "what waits for me" widgets on the page, in page order. */
    private Map<String, Long> counts() {
        browser.waitFor(By.id("waiting"));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String widget : LISTS.keySet()) {
            List<WebElement> count = browser.driver().findElements(By.id(widget + "Count"));
            if (!count.isEmpty()) {
                counts.put(widget, Long.parseLong(count.get(0).getText().trim()));
            }
        }
        return counts;
    }

    /** The key figures, once the remote command has loaded them. */
    private WebElement figures() {
        browser.waitFor(By.id("df:scope"));
        return browser.waitFor(By.id("df:figures"));
    }

    /** Waits (a few seconds) for a chart drawn with these labels, as Chart.js holds them, and says which it found. */
    private void assertChartLabels(String id, String expected, String why) {
        String[] seen = {null};
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
                seen[0] = (String) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "var canvas = document.querySelector(\"[id='\" + arguments[0] + \"'] canvas\");"
                                + "var chart = canvas && window.Chart && Chart.getChart(canvas);"
                                + "return chart ? chart.data.labels.join('|') : null;", id);
                return expected.equals(seen[0]);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(expected, seen[0], why);
        }
    }

    private void scrollToFigures() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('df:figures').scrollIntoView({block: 'start'}); window.scrollBy(0, -60);");
    }

    private void checkEachListHasItsCount(Map<String, Long> counts) {
        counts.forEach((widget, count) -> {
            browser.get("index.xhtml");
            browser.click(widget);
            assertEquals(LISTS.get(widget), browser.title(), widget);
            String report = browser.waitFor(By.cssSelector(".ui-paginator-current")).getText();
            Matcher m = TOTAL.matcher(report);
            assertTrue(m.find(), report);
            assertEquals(count, Long.parseLong(m.group(1)), widget + " and its list: " + report);
        });
    }
}
