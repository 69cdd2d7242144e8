package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            List<List<String>> rows = Downloads.sheet(Downloads.waitFor(browser, downloads, "service-requests-by-type.xlsx"));
            assertEquals(List.of("期间", "服务类型", "数量"), rows.get(0));
            long inSheet = rows.stream().skip(1).filter(r -> r.get(1).equals("投诉"))
                    .mapToLong(r -> (long) Double.parseDouble(r.get(2))).sum();
            assertEquals(complaints, inSheet);

            browser.click("f:satisfactionPdf");
            String pdf = Downloads.pdfText(
                    Downloads.waitFor(browser, downloads, "feedback-by-satisfaction.pdf"));
            assertTrue(pdf.contains("满意度") && pdf.contains("很满意"), pdf);
        }
    }
}
