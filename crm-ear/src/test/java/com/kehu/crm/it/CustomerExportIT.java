package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Printing (打印) in a real browser: the customer list and a customer's contacts exported to Excel, PDF and CSV, and
 * envelopes for selected customers; the downloaded files are opened and read (Apache POI, poppler's pdftotext).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerExportIT {

    /** The demo customers of region 华北 with their postcodes. */
    private static final Map<String, String> NORTH = Map.of(
            "北京华信科技有限公司", "100080",
            "天津海港物流股份有限公司", "300450",
            "石家庄恒通医药有限公司", "050011",
            "太原晋煤机械制造有限公司", "030006",
            "呼和浩特草原乳业有限公司", "010020");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private Path downloads;
    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        downloads = Files.createTempDirectory("kehu-downloads");
        browser = Browser.open(downloads);
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

    @Test
    void theCustomerListExportsAllItsPagesToExcelWithLabels() throws Exception {
        browser.login("manager", "manager");
        browser.get("customer/list.xhtml");
        browser.waitForText(By.id("f:customers"), "共 ");
        browser.screenshot("customer-list-exports");
        browser.click("f:exportXlsx");
        Path file = download("customers.xlsx");

        List<List<String>> rows = Downloads.sheet(file);
        assertTrue(rows.get(0).contains("客户名称"), rows.get(0).toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("北京华信科技有限公司")), "the Chinese name");
        // All pages, not only the 20 rows on screen; labels, not dictionary codes.
        assertTrue(rows.size() > 21, "rows: " + rows.size());
        List<String> beijing = rows.stream().filter(r -> r.contains("北京华信科技有限公司")).findFirst().orElseThrow();
        assertTrue(beijing.contains("华北"), beijing.toString());
        assertTrue(beijing.contains("正常"), beijing.toString());
        assertFalse(beijing.contains("NORTH"), beijing.toString());
    }

    @Test
    void theSearchedCustomersExportToPdfAndCsvInChinese() throws Exception {
        browser.login("manager", "manager");
        browser.get("customer/list.xhtml");
        browser.select("f:sRegion", "NORTH");
        browser.click("f:search");
        browser.waitForText(By.id("f:customers"), "北京华信科技有限公司");

        browser.click("f:exportPdf");
        String pdf = pdfText(download("customers.pdf"));
        assertTrue(pdf.contains("北京华信科技有限公司"), pdf);
        assertTrue(pdf.contains("华北"), pdf);
        assertFalse(pdf.contains("上海浦江电子有限公司"), "only the searched customers: " + pdf);

        browser.click("f:exportCsv");
        String csv = Files.readString(download("customers.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("北京华信科技有限公司"), csv);
        assertTrue(csv.contains("客户名称"), csv);
        assertFalse(csv.contains("上海浦江电子有限公司"), csv);
    }

    @Test
    void aCustomersContactsExportToExcelPdfAndCsv() throws Exception {
        browser.login("manager", "manager");
        browser.get("customer/list.xhtml");
        browser.type("f:sName", "北京华信");
        browser.click("f:search");
        browser.waitForText(By.id("f:customers"), "共 1 条");
        browser.driver().findElement(By.linkText("北京华信科技有限公司")).click();
        browser.waitFor(By.id("customerNo"));
        browser.waitFor(By.cssSelector("a[href*='contactsTab']")).click();

        browser.click("tabs:contactsForm:exportContactsCsv");
        String csv = Files.readString(download("contacts.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("王强") && csv.contains("总经理") && csv.contains("男"), csv);

        browser.click("tabs:contactsForm:exportContactsXlsx");
        List<List<String>> rows = Downloads.sheet(download("contacts.xlsx"));
        assertTrue(rows.stream().anyMatch(r -> r.contains("王强")), rows.toString());

        browser.click("tabs:contactsForm:exportContactsPdf");
        String pdf = pdfText(download("contacts.pdf"));
        assertTrue(pdf.contains("王强"), pdf);
    }

    @Test
    void envelopesForTwoSelectedCustomers() throws Exception {
        browser.login("manager", "manager");
        browser.get("customer/list.xhtml");
        browser.select("f:sRegion", "NORTH");
        browser.click("f:search");
        browser.waitForText(By.id("f:customers"), "北京华信科技有限公司");

        List<String> chosen = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            WebElement row = browser.waitFor(By.cssSelector("#f\\:customers_data tr[data-ri='" + i + "']"));
            chosen.add(NORTH.keySet().stream().filter(row.getText()::contains).findFirst().orElseThrow());
            row.findElement(By.cssSelector(".ui-chkbox-box")).click();
            browser.waitForAjax();
        }
        browser.screenshot("customer-envelopes-selected");
        browser.click("f:printEnvelopes");
        Path file = download("envelopes.pdf");
        Files.copy(file, Path.of(System.getProperty("kehu.screenshots", "target/screenshots"), "envelopes.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertTrue(Downloads.run("pdfinfo", file.toString()).matches("(?s).*Pages:\\s+2\\s.*"), "2 pages");
        String text = pdfText(file);
        for (String name : chosen) {
            assertTrue(text.contains(name), name + " in " + text);
            assertTrue(text.contains(NORTH.get(name).substring(0, 1)), text);
        }
        assertTrue(text.contains("收"), text);
        // The sender block (config/30-server.cli).
        assertTrue(text.contains("100022"), text);
        // Each envelope's postcode boxes: the digits one by one.
        String[] pages = text.split("\f");
        for (String name : chosen) {
            String page = Stream.of(pages).filter(p -> p.contains(name)).findFirst().orElseThrow();
            assertTrue(page.replaceAll("\\s", "").contains(NORTH.get(name)), NORTH.get(name) + " on " + page);
        }
    }

    @Test
    void envelopesKeepTheSelectionOfEarlierPages() throws Exception {
        browser.login("manager", "manager");
        browser.get("customer/list.xhtml");
        List<String> chosen = new java.util.ArrayList<>();
        for (int page = 0; page < 2; page++) {
            WebElement row = browser.waitFor(By.cssSelector("#f\\:customers_data tr[data-ri='" + page * 20 + "']"));
            chosen.add(row.findElements(By.tagName("td")).get(2).getText());
            row.findElement(By.cssSelector(".ui-chkbox-box")).click();
            browser.waitForAjax();
            if (page == 0) {
                browser.driver().findElement(By.cssSelector("#f\\:customers .ui-paginator-next")).click();
                browser.waitForAjax();
            }
        }
        browser.click("f:printEnvelopes");
        Path file = download("envelopes.pdf");
        assertTrue(Downloads.run("pdfinfo", file.toString()).matches("(?s).*Pages:\\s+2\\s.*"), "2 pages");
        String text = pdfText(file);
        for (String name : chosen) {
            assertTrue(text.contains(name), name + " in " + text);
        }
    }

    @Test
    void envelopesWithoutASelectionAsk() {
        browser.login("manager", "manager");
        browser.get("customer/list.xhtml");
        browser.waitForText(By.id("f:customers"), "共 ");
        browser.click("f:printEnvelopes");
        browser.waitForMessage("请先在列表中勾选");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreExportedAsText() throws Exception {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        List<String> formulas = List.of("=HYPERLINK(\"http://x\",\"y\")" + suffix, "+1+2" + suffix, "@SUM(1)" + suffix,
                "-2+3" + suffix);
        browser.login("manager", "manager");
        for (String name : formulas) {
            createCustomer(name);
        }
        // on the last one's page: a contact whose name and phone start like formulas
        browser.waitFor(By.cssSelector("a[href*='contactsTab']")).click();
        browser.click("tabs:contactsForm:newContact");
        browser.waitForAjax();
        browser.type("contactForm:name", "=1+2" + suffix);
        browser.type("contactForm:position", "@采购");
        browser.type("contactForm:officePhone", "-0571-86661235");
        browser.click("contactForm:save");
        browser.waitForText(By.id("tabs:contactsForm:contacts"), "=1+2" + suffix);
        browser.click("tabs:contactsForm:exportContactsCsv");
        List<List<String>> contacts = csv(download("contacts.csv"));
        List<String> contact = contacts.stream().filter(r -> r.contains("'=1+2" + suffix)).findFirst()
                .orElseThrow(() -> new AssertionError(contacts.toString()));
        assertTrue(contact.contains("'@采购") && contact.contains("'-0571-86661235"), contact.toString());

        browser.get("customer/list.xhtml");
        browser.waitForText(By.id("f:customers"), "共 ");
        browser.click("f:exportCsv");
        Path file = download("customers.csv");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = csv(file);
        for (String name : formulas) {
            assertTrue(rows.stream().anyMatch(r -> r.contains("'" + name)), name + " with a quote in " + text);
            assertFalse(rows.stream().anyMatch(r -> r.contains(name)), name + " as it is in " + text);
        }
        // every field quoted, the quotes inside doubled: the file reads back to the same cells
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")" + suffix + "\""), text);
        // the customer numbers (KH...) and the other cells are as they were
        assertTrue(rows.stream().filter(r -> r.contains("'+1+2" + suffix)).findFirst().orElseThrow().stream()
                .anyMatch(c -> c.startsWith("KH")), text);

        // Excel: the names are text cells (an exported cell is never a formula), exactly as typed
        browser.click("f:exportXlsx");
        Path xlsx = download("customers.xlsx");
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new java.util.ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertFalse(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA, cell.toString());
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        names.add(cell.getStringCellValue());
                    }
                }
            }
            assertTrue(names.containsAll(formulas), names.toString());
        }
    }

    private void createCustomer(String name) {
        browser.get("customer/edit.xhtml");
        browser.type("f:name", name);
        browser.select("f:region", "EAST");
        browser.select("f:level", "3");
        browser.type("f:address", "杭州市滨江区江南大道 3880 号");
        browser.type("f:postcode", "310051");
        browser.type("f:phone", "0571-86661234");
        browser.click("f:save");
        browser.waitForAjax();
        if (!browser.driver().findElements(By.id("f:duplicates")).isEmpty()) {
            browser.click("f:save");
        }
        browser.waitFor(By.id("customerNo"));
        assertEquals(name, browser.title());
    }

    /** A CSV file as PrimeFaces writes it (UTF-8 with a byte order mark, every field quoted) read into its cells. */
    private static List<List<String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\ufeff", "");
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Waits for the browser's download of {@code name} to finish and returns it. */
    private Path download(String name) throws Exception {
        return Downloads.waitFor(browser, downloads, name);
    }

    /** The text of a PDF in content order, lines joined (a table cell may wrap a long name onto two lines). */
    private static String pdfText(Path file) throws Exception {
        return Downloads.pdfText(file).replace("\n", "");
    }
}
