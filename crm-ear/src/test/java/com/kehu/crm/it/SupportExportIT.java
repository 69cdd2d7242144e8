package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The analysis tables of customer service, downloaded as a user would and read back: the Excel sheet holds the same
 * complaint counts the page shows, the PDF prints the Chinese labels (embedded font).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportExportIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theAnalysisTablesExportToExcelAndPdf() throws Exception {
        Path downloads = Files.createTempDirectory("kehu-downloads");
        try (Browser browser = Browser.open(downloads)) {
            browser.login("super", "super");
            browser.get("support/analysis/charts.xhtml");
            long complaints = Long.parseLong(browser.waitFor(By.id("f:complaints")).getText());
            assertTrue(complaints > 0, "the demo requests include complaints this year");

            browser.click("f:typeXlsx");
            List<List<String>> rows = readSheet(download(browser, downloads, "service-requests-by-type.xlsx"));
            assertEquals(List.of("期间", "服务类型", "数量"), rows.get(0));
            long inSheet = rows.stream().skip(1).filter(r -> r.get(1).equals("投诉"))
                    .mapToLong(r -> (long) Double.parseDouble(r.get(2))).sum();
            assertEquals(complaints, inSheet);

            browser.click("f:satisfactionPdf");
            String pdf = run("pdftotext", "-raw", "-enc", "UTF-8",
                    download(browser, downloads, "feedback-by-satisfaction.pdf").toString(), "-");
            assertTrue(pdf.contains("满意度") && pdf.contains("很满意"), pdf);
        }
    }

    /** Waits for the browser's download of {@code name} to finish and returns it. */
    private static Path download(Browser browser, Path downloads, String name) throws Exception {
        Path file = downloads.resolve(name);
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            try (Stream<Path> files = Files.list(downloads)) {
                boolean partial = files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
                if (!partial && Files.exists(file) && Files.size(file) > 0) {
                    return file;
                }
            }
            Thread.sleep(200);
        }
        try (Stream<Path> files = Files.list(downloads)) {
            fail("no download " + name + "; in the folder: " + files.toList() + "; messages: " + browser.messages());
        }
        return null;
    }

    private static List<List<String>> readSheet(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
