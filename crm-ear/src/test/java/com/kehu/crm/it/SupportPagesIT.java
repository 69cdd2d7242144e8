package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * A service request's whole journey in a real browser, each step by the person whose job it is: a manager records a
 * complaint from the customer's page, the supervisor assigns it, the manager handles it, the customer gives 2 stars
 * (back to the manager), it is handled again, 4 stars archive it, and the executive's chart counts it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportPagesIT extends BrowserTest {

    private static final String CUSTOMER = "北京华信科技有限公司";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aComplaintTravelsTheWholeFlowWithALoopAndTheChartCountsIt() {
        String summary = "发票开错" + UUID.randomUUID().toString().substring(0, 4);

        browser.login("exec", "exec");
        browser.get("support/analysis/charts.xhtml");
        long complaintsBefore = Long.parseLong(browser.waitFor(By.id("f:complaints")).getText());
        List<Long> starsBefore = satisfactionCounts();
        browser.logout();

        // A manager records the complaint from the customer's page.
        browser.login("manager", "manager");
        browser.get("customer/list.xhtml");
        browser.type("f:sName", "北京华信");
        browser.click("f:search");
        browser.waitForText(By.id("f:customers"), "共 1 条");
        browser.driver().findElement(By.linkText(CUSTOMER)).click();
        browser.waitFor(By.id("customerNo"));
        browser.waitFor(By.cssSelector("a[href*='supportTab']")).click();
        browser.click("tabs:supportForm:newRequest");
        assertEquals("服务创建", browser.title());
        assertEquals(CUSTOMER, browser.waitFor(By.id("f:customer_input")).getDomProperty("value"));
        browser.click("f:save");
        browser.waitForMessage("请选择服务类型");
        browser.waitForMessage("请输入概要");
        browser.select("f:type", "COMPLAINT");
        browser.type("f:summary", summary);
        browser.type("f:requestText", "客户反映上月发票抬头错误，要求重开。");
        browser.screenshot("support-create");
        browser.click("f:save");
        browser.waitForText(By.id("pageTitle"), summary);
        assertEquals("新创建", status());
        browser.logout();

        // The supervisor assigns it from the list of requests to assign.
        browser.login("super", "super");
        browser.get("support/assign/list.xhtml");
        WebElement row = row("f:requests", summary);
        row.findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
        browser.waitForAjax();
        browser.select("f:assignee", optionValue("f:assignee_input", "张经理"));
        browser.screenshot("support-assign");
        browser.click("f:assign");
        browser.waitForMessage("1 条服务已分配给 张经理");
        assertTrue(browser.driver().findElements(By.linkText(summary)).isEmpty(), "no longer to assign");
        browser.logout();

        // The manager handles it, the customer gives 2 stars: back for another round.
        browser.login("manager", "manager");
        browser.get("support/handle/list.xhtml");
        row("f:requests", summary).findElement(By.linkText(summary)).click();
        browser.waitForText(By.id("pageTitle"), summary);
        browser.click("handleForm:save");
        browser.waitForMessage("请输入处理情况");
        browser.type("handleForm:handling", "已核对，重开发票寄出。");
        browser.click("handleForm:save");
        browser.waitForMessage("的处理已保存");
        assertEquals("已处理", status());

        browser.get("support/feedback/list.xhtml");
        row("f:requests", summary).findElement(By.linkText(summary)).click();
        browser.waitForText(By.id("pageTitle"), summary);
        browser.type("feedbackForm:result", "新发票金额仍有误");
        stars(2);
        browser.click("feedbackForm:save");
        browser.waitForMessage("已退回处理人重新处理");
        assertEquals("已分配", status());
        assertEquals("2", browser.waitFor(By.id("round")).getText());

        // Handled again; 4 stars archive it.
        browser.type("handleForm:handling", "财务重新开具并当面送达。");
        browser.click("handleForm:save");
        browser.waitForMessage("的处理已保存");
        browser.type("feedbackForm:result", "客户确认无误");
        stars(4);
        browser.click("feedbackForm:save");
        browser.waitForMessage("已归档");
        assertEquals("已归档", status());
        List<String> timeline = browser.driver().findElements(By.cssSelector("#timeline_data tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(6, timeline.size(), timeline::toString);
        assertTrue(timeline.get(1).contains("李主管") && timeline.get(1).contains("张经理"), timeline.get(1));
        assertTrue(timeline.get(3).contains("★★") && !timeline.get(3).contains("★★★"), timeline.get(3));
        assertTrue(browser.driver().findElements(By.id("feedbackForm:save")).isEmpty(), "archived: read-only");
        browser.screenshot("support-timeline");
        browser.logout();

        // The executive's analysis counts it, with the numbers beside the chart.
        browser.login("exec", "exec");
        browser.get("support/analysis/charts.xhtml");
        assertEquals(complaintsBefore + 1, Long.parseLong(browser.waitFor(By.id("f:complaints")).getText()));
        List<Long> stars = satisfactionCounts();
        assertEquals(starsBefore.get(1) + 1, stars.get(1), "2 stars");
        assertEquals(starsBefore.get(3) + 1, stars.get(3), "4 stars");
        assertTrue(complaintsInChart() >= complaintsBefore + 1);
        assertTrue(browser.driver().findElements(By.cssSelector("#f\\:typeTable_data tr.complaint-row")).size() >= 1);
        browser.screenshot("support-analysis");

        // The archive finds it by customer, type and status.
        browser.get("support/archive/list.xhtml");
        browser.type("f:sCustomer", "北京华信");
        browser.select("f:sType", "COMPLAINT");
        browser.select("f:sStatus", "ARCHIVED");
        browser.click("f:search");
        browser.waitForText(By.id("f:requests"), summary);
        browser.screenshot("support-archive");
    }

    @Test
    void aManagerSeesNotTheAssignmentAndTheAnalysisOnlyAsTheServiceReport() {
        browser.login("manager", "manager");
        List<String> menu = browser.menu();
        assertTrue(menu.containsAll(List.of("服务创建", "服务处理", "服务反馈", "服务归档", "客户服务分析")),
                menu::toString);
        assertTrue(!menu.contains("服务分配") && !menu.contains("图表分析"), menu::toString);
        browser.get("support/assign/list.xhtml");
        assertEquals("没有权限", browser.title());
        // report.service opens the analysis; the service counts the manager's own customers' requests only
        browser.get("support/analysis/charts.xhtml");
        assertEquals("图表分析", browser.title());
    }

    private String status() {
        return browser.waitFor(By.id("status")).getText();
    }

    private WebElement row(String table, String text) {
        browser.waitForText(By.id(table), text);
        return browser.driver().findElements(By.cssSelector("#" + table.replace(":", "\\:") + "_data tr")).stream()
                .filter(tr -> tr.getText().contains(text)).findFirst().orElseThrow();
    }

    private String optionValue(String selectId, String label) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return Array.from(document"
                + ".getElementById(arguments[0]).options).find(o => o.text.indexOf(arguments[1]) >= 0).value;",
                selectId, label);
    }

    private void stars(int n) {
        browser.driver().findElements(By.cssSelector("#feedbackForm\\:satisfaction .ui-rating-star")).get(n - 1).click();
        browser.waitForAjax();
    }

    /** The counts of the satisfaction table, 1 to 5 stars. */
    private List<Long> satisfactionCounts() {
        return browser.driver().findElements(By.cssSelector("#f\\:satisfactionTable_data tr")).stream()
                .map(tr -> Long.parseLong(tr.findElements(By.tagName("td")).get(1).getText().trim())).toList();
    }

    /** The complaints the type chart draws, from its Chart.js configuration. */
    private long complaintsInChart() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> datasets = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver())
                .executeScript("return PF('typeChart').cfg.config.data.datasets;");
        return datasets.stream().filter(d -> "投诉".equals(d.get("label")))
                .flatMap(d -> ((List<?>) d.get("data")).stream()).mapToLong(v -> ((Number) v).longValue()).sum();
    }
}
