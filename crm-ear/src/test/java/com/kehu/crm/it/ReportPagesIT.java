package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The report pages as an executive and a manager use them, over the demo data: each shows a chart and a table with
 * the same numbers (read from the chart's Chart.js configuration and from the table), a drill-down opens the right
 * filtered list, the Excel export holds the table's numbers and the PDF prints the Chinese names; an empty period says
 * so. Screenshots of each report in Chinese and English go to the screenshot folder.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportPagesIT {

    private Path downloads;
    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private void open() throws Exception {
        downloads = Files.createTempDirectory("kehu-report-downloads");
        browser = Browser.open(downloads);
    }

    @AfterEach
    void close(TestInfo test) {
        if (browser != null) {
            try {
                browser.screenshot("last/" + getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
                List<String> violations = browser.cspViolations();
                assertTrue(violations.isEmpty(), () -> "Content-Security-Policy violations: " + violations);
            } finally {
                browser.close();
            }
        }
    }

    @Test
    void contributionChartTableAndExportsShowTheSameNumbersAndACustomerOpensItsOrders() throws Exception {
        open();
        browser.login("exec", "exec");
        assertTrue(browser.menu().containsAll(List.of("客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析")),
                browser.menu()::toString);
        // the last two years of the demo orders, bookmarked as a URL
        LocalDate to = LocalDate.now();
        browser.get("report/contribution/list.xhtml?from=" + to.minusYears(2) + "&to=" + to + "&top=5");
        assertEquals("客户贡献分析", browser.title());
        List<List<String>> rows = tableRows("f:table");
        assertFalse(rows.isEmpty(), "the demo customers have shipped and paid orders");
        waitForChart("contributionChart");
        List<String> chartLabels = chartLabels("contributionChart");
        List<BigDecimal> chartValues = chartData("contributionChart", 0);
        assertEquals(Math.min(5, rows.size()), chartLabels.size(), "the top 5 in the chart");
        for (int i = 0; i < chartLabels.size(); i++) {
            assertEquals(rows.get(i).get(1), chartLabels.get(i), "bar " + i + " is the table's row " + i);
            assertEquals(0, amount(rows.get(i).get(5)).compareTo(chartValues.get(i)), "bar " + i + " = row " + i);
        }
        BigDecimal tableTotal = rows.stream().map(r -> amount(r.get(5))).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (rows.size() < 20) {
            assertEquals(0, amount(browser.waitFor(By.id("f:total")).getText()).compareTo(tableTotal),
                    "the total is the sum of the rows");
            assertEquals("100.0 %", rows.get(rows.size() - 1).get(7), "the last cumulative share");
        }
        assertEquals("A", rows.get(0).get(8), "the largest customer is class A");
        browser.screenshot("report-contribution-zh");

        browser.click("f:exportXlsx");
        List<List<String>> sheet = Downloads.sheet(download("customer-contribution.xlsx"));
        assertEquals("排名", sheet.get(0).get(0));
        for (int i = 0; i < Math.min(rows.size(), 20); i++) {
            assertEquals(rows.get(i).get(1), sheet.get(i + 1).get(1));
            assertEquals(0, amount(rows.get(i).get(5)).compareTo(new BigDecimal(sheet.get(i + 1).get(5))),
                    "Excel row " + i + ": " + sheet.get(i + 1));
        }
        browser.click("f:exportPdf");
        // a long name wraps in its cell: read the text without line breaks
        String pdf = Downloads.pdfText(download("customer-contribution.pdf"))
                .replace("\n", "");
        assertTrue(pdf.contains("客户贡献分析") && pdf.contains(rows.get(0).get(1)) && pdf.contains("期间"), pdf);
        assertTrue(Downloads.run("pdfimages", "-list", downloads.resolve("customer-contribution.pdf").toString())
                .contains(" image "), "the chart is in the PDF");
        browser.click("f:exportCsv");
        String csv = Files.readString(download("customer-contribution.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(rows.get(0).get(1)), csv);

        browser.click("topbarForm:langEn");
        browser.waitForText(By.id("pageTitle"), "Customer contribution");
        browser.screenshot("report-contribution-en");
        browser.click("topbarForm:langZh");
        browser.waitForText(By.id("pageTitle"), "客户贡献分析");

        // the first customer's name opens its page on the order history
        String first = rows.get(0).get(1);
        browser.driver().findElement(By.linkText(first)).click();
        browser.waitForText(By.id("pageTitle"), first);
        WebElement ordersTab = browser.waitFor(By.cssSelector("a[href*='ordersTab']"));
        assertTrue(ordersTab.findElement(By.xpath("..")).getDomAttribute("class").contains("ui-state-active"),
                "the order history is the open tab");
        assertTrue(browser.waitFor(By.id("tabs:ordersForm:orders")).isDisplayed(), "the order history on screen");
    }

    @Test
    void compositionPieAndTableAgreeAndACountOpensTheCustomerListFilteredToIt() throws Exception {
        open();
        browser.login("exec", "exec");
        browser.get("report/composition/list.xhtml?by=LEVEL");
        assertEquals("客户构成分析", browser.title());
        List<List<String>> rows = tableRows("f:table");
        waitForChart("compositionPie");
        assertEquals(rows.stream().map(r -> r.get(0)).toList(), chartLabels("compositionPie"));
        assertEquals(rows.stream().map(r -> new BigDecimal(r.get(1))).toList(), chartData("compositionPie", 0));
        assertEquals(rows.stream().map(r -> new BigDecimal(r.get(1))).toList(), chartData("compositionBar", 0));
        browser.screenshot("report-composition-zh");

        browser.click("f:exportXlsx");
        List<List<String>> sheet = Downloads.sheet(download("customer-composition.xlsx"));
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).get(0), sheet.get(i + 1).get(0));
            assertEquals(Long.parseLong(rows.get(i).get(1)), (long) Double.parseDouble(sheet.get(i + 1).get(1)));
        }
        browser.click("f:exportPdf");
        String pdf = Downloads.pdfText(download("customer-composition.pdf"))
                .replace("\n", "");
        assertTrue(pdf.contains("客户构成分析") && pdf.contains(rows.get(0).get(0)), pdf);

        // a cross table by level and region
        browser.get("report/composition/list.xhtml?by=LEVEL&then=REGION");
        browser.waitFor(By.id("f:table"));
        waitForChart("compositionBar");
        browser.screenshot("report-composition-cross-zh");
        browser.click("topbarForm:langEn");
        browser.waitForText(By.id("pageTitle"), "Customer composition");
        browser.screenshot("report-composition-cross-en");
        browser.click("topbarForm:langZh");
        browser.waitForText(By.id("pageTitle"), "客户构成分析");

        // the count of the first level opens the customer list of that level (current customers)
        browser.get("report/composition/list.xhtml?by=LEVEL");
        List<List<String>> again = tableRows("f:table");
        String count = again.get(0).get(1);
        browser.driver().findElement(By.id("f:table:0:count")).click();
        browser.waitForText(By.id("pageTitle"), "客户信息");
        browser.waitForText(By.id("f:customers"), "共 " + count + " 条");
    }

    @Test
    void serviceFiguresAgreeWithTheirChartAndATypeOpensTheArchiveOfThatTypeAndPeriod() throws Exception {
        open();
        browser.login("exec", "exec");
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusYears(1);
        browser.get("support/analysis/charts.xhtml?from=" + from + "&to=" + to + "&by=TYPE");
        List<List<String>> rows = tableRows("f:figureTable");
        assertFalse(rows.isEmpty(), "the demo has service requests in the last year");
        waitForChart("figureChart");
        assertEquals(rows.stream().map(r -> r.get(0)).toList(), chartLabels("figureChart"));
        assertEquals(rows.stream().map(r -> new BigDecimal(r.get(1))).toList(), chartData("figureChart", 0));
        assertEquals(rows.stream().map(r -> new BigDecimal(r.get(2))).toList(), chartData("figureChart", 1));
        browser.screenshot("report-service-zh");
        browser.click("topbarForm:langEn");
        browser.waitForText(By.id("pageTitle"), "Service analysis");
        browser.screenshot("report-service-en");
        browser.click("topbarForm:langZh");
        browser.waitForText(By.id("pageTitle"), "图表分析");

        List<List<String>> zh = tableRows("f:figureTable");
        String count = zh.get(0).get(1);
        browser.driver().findElement(By.id("f:figureTable:0:open")).click();
        browser.waitForText(By.id("pageTitle"), "服务归档");
        browser.waitForText(By.id("f:requests"), "共 " + count + " 条");
    }

    @Test
    void churnChartAndTablesAgreeAndAnEmptyPeriodSaysSo() throws Exception {
        open();
        browser.login("exec", "exec");
        browser.get("report/churn/list.xhtml?from=2001-01-01&to=2001-12-31");
        assertEquals("客户流失分析", browser.title());
        assertTrue(browser.waitFor(By.id("f:empty")).getText().contains("所选条件下没有数据"));
        assertTrue(browser.driver().findElements(By.cssSelector("canvas")).isEmpty(), "no empty chart");
        browser.screenshot("report-churn-empty-zh");

        LocalDate to = LocalDate.now();
        browser.get("report/churn/list.xhtml?from=" + to.minusYears(2) + "&to=" + to);
        if (browser.driver().findElements(By.id("f:empty")).isEmpty()) {
            List<List<String>> months = tableRows("f:months");
            waitForChart("churnChart");
            assertEquals(months.stream().map(r -> r.get(0)).toList(), chartLabels("churnChart"));
            assertEquals(months.stream().map(r -> new BigDecimal(r.get(1))).toList(), chartData("churnChart", 0));
            assertEquals(months.stream().map(r -> new BigDecimal(r.get(2))).toList(), chartData("churnChart", 1));
        }
        browser.screenshot("report-churn-zh");
        browser.click("topbarForm:langEn");
        browser.waitForText(By.id("pageTitle"), "Churn analysis");
        browser.screenshot("report-churn-en");
        browser.click("topbarForm:langZh");
        browser.waitForText(By.id("pageTitle"), "客户流失分析");
    }

    @Test
    void aManagerSeesTheReportsOverTheirOwnCustomersOnly() throws Exception {
        open();
        browser.login("manager", "manager");
        assertTrue(browser.menu().containsAll(List.of("客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析")),
                browser.menu()::toString);
        browser.get("report/composition/list.xhtml?by=MANAGER");
        List<List<String>> rows = tableRows("f:table");
        assertEquals(1, rows.size(), "only the manager's own customers: " + rows);
        browser.get("report/contribution/list.xhtml?from=" + LocalDate.now().minusYears(2) + "&to=" + LocalDate.now());
        List<List<String>> contribution = tableRows("f:table");
        assertTrue(contribution.stream().map(r -> r.get(2)).distinct().count() <= 1,
                "one manager's customers: " + contribution);
        browser.screenshot("report-contribution-manager-zh");
    }

    // --- helpers

    private void waitForChart(String widgetVar) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !!(PrimeFaces.widgets[arguments[0]] && PrimeFaces.widgets[arguments[0]].chart);",
                        widgetVar)));
    }

    @SuppressWarnings("unchecked")
    private List<String> chartLabels(String widgetVar) {
        return ((List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return PrimeFaces.widgets[arguments[0]].cfg.config.data.labels;", widgetVar)).stream()
                .map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private List<BigDecimal> chartData(String widgetVar, int dataset) {
        return ((List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return PrimeFaces.widgets[arguments[0]].cfg.config.data.datasets[arguments[1]].data;", widgetVar,
                dataset)).stream().map(v -> new BigDecimal(String.valueOf(v))).map(ReportPagesIT::plain).toList();
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The rows of a data table as the user sees them (cell texts), waiting for the table. */
    private List<List<String>> tableRows(String tableId) {
        browser.waitFor(By.id(tableId));
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.driver().findElements(By.cssSelector("#" + tableId.replace(":", "\\:")
                + "_data > tr"))) {
            if (tr.getDomAttribute("class") != null && tr.getDomAttribute("class").contains("ui-datatable-empty-message")) {
                continue;
            }
            rows.add(tr.findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList());
        }
        return rows;
    }

    private static BigDecimal amount(String text) {
        return plain(new BigDecimal(text.replace(",", "").trim()));
    }

    /** The finished download, also kept beside the screenshots to look at. */
    private Path download(String name) throws Exception {
        Path file = Downloads.waitFor(browser, downloads, name);
        Path copy = Path.of(System.getProperty("kehu.screenshots", "target/screenshots"), "report-" + name);
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
