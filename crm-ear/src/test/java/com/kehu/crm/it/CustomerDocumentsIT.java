package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
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

/** The documents tab (文档管理) of a customer in a real browser: upload, download the same bytes, refusals. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerDocumentsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private Path downloads;
    private Path uploads;
    private Browser browser;

    @BeforeEach
    void openBrowser() throws IOException {
        downloads = Files.createTempDirectory("kehu-downloads");
        uploads = Files.createTempDirectory("kehu-uploads");
        browser = Browser.open(downloads);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        try {
            browser.screenshot("last/" + getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
            java.util.List<String> violations = browser.cspViolations();
            org.junit.jupiter.api.Assertions.assertTrue(violations.isEmpty(),
                    () -> "Content-Security-Policy violations: " + violations);
        } finally {
            browser.close();
        }
    }

    @Test
    void aManagerUploadsADocumentAndDownloadsTheSameBytes() throws Exception {
        openDocumentsOf("北京华信科技有限公司");
        String name = "contract-" + UUID.randomUUID().toString().substring(0, 8) + ".txt";
        byte[] content = ("购销合同 第 " + name + " 号\n甲方：北京华信科技有限公司\n").getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(uploads.resolve(name), content);

        browser.driver().findElement(By.id("tabs:documentsForm:upload_input")).sendKeys(file.toString());
        browser.waitForText(By.id("tabs:documentsForm:documents"), name);
        browser.waitForMessage("已上传");
        assertTrue(browser.waitFor(By.id("tabs:documentsForm:documents")).getText().contains("manager"),
                "uploaded by");
        browser.screenshot("customer-documents");

        browser.driver().findElement(By.linkText(name)).click();
        assertArrayEquals(content, Files.readAllBytes(Downloads.waitFor(browser, downloads, name)));
    }

    @Test
    void aFileOfAnotherTypeIsRefusedWithAMessage() throws Exception {
        openDocumentsOf("北京华信科技有限公司");
        Path file = Files.write(uploads.resolve("tool.exe"), new byte[] {77, 90, 0, 1});
        browser.driver().findElement(By.id("tabs:documentsForm:upload_input")).sendKeys(file.toString());
        // the browser's check (p:fileUpload) or the server's: both name the allowed types
        browser.waitForMessage("只能上传 pdf");
        assertTrue(!browser.waitFor(By.id("tabs:documentsForm:documents")).getText().contains("tool.exe"));
        browser.screenshot("customer-documents-refused");
    }

    private void openDocumentsOf(String customer) {
        browser.login("manager", "manager");
        browser.get("customer/list.xhtml");
        browser.type("f:sName", customer);
        browser.click("f:search");
        browser.waitForText(By.id("f:customers"), "共 1 条");
        browser.driver().findElement(By.linkText(customer)).click();
        browser.waitFor(By.id("customerNo"));
        browser.waitFor(By.cssSelector("a[href*='documentsTab']")).click();
        browser.waitFor(By.id("tabs:documentsForm:documents"));
    }
}
