package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The idle-session timeout and its warning, in the browser. The test server's sessions get a one-minute timeout
 * through the management API, as IT would change the server property {@code kehu.session.idle-timeout} on a running
 * server (it applies to sessions created afterwards); the property is put back after each test. With one minute, the
 * warning comes after 30 idle seconds and counts down the other 30.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdleSessionIT extends BrowserTest {

    private static final String PROPERTY = "kehu.session.idle-timeout";
    private static final Pattern SECONDS = Pattern.compile("(\\d+) 秒后");

    @ArquillianResource
    private ManagementClient management;

    private ModelNode configured;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void oneMinuteSessions() throws IOException {
        configured = execute(operation("read-attribute"));
        ModelNode write = operation("write-attribute");
        write.get("value").set("1");
        execute(write);
    }

    @AfterEach
    void restoreTheConfiguredTimeout() throws IOException {
        ModelNode write = operation("write-attribute");
        write.get("value").set(configured);
        execute(write);
    }

    @Test
    void theWarningAppearsBeforeExpiryAndContinueKeepsTheSessionAndWhatWasTyped() {
        browser.login("super", "super");
        browser.get("customer/edit.xhtml");
        browser.type("f:name", "会话保持测试客户");

        WebElement warning = waitLong(By.id("idleForm:idleWarning"));
        String text = browser.driver().findElement(By.id("kehuIdleText")).getText();
        assertTrue(text.contains("秒后因长时间未操作而过期，请点击继续以保留正在编辑的内容"), text);
        assertTrue(secondsIn(text) <= 30, text);
        browser.screenshot("idle-warning-zh");
        browser.click("idleForm:idleContinue");
        wait(Duration.ofSeconds(60)).until(ExpectedConditions.invisibilityOf(warning));

        // The warning comes again only after another 30 idle seconds: by then more than the one-minute timeout has
        // passed since the page was loaded, so only the ping of "Continue" can have kept the session.
        waitLong(By.id("idleForm:idleWarning"));
        browser.click("idleForm:idleContinue");
        wait(Duration.ofSeconds(60)).until(ExpectedConditions.invisibilityOf(warning));
        assertEquals("会话保持测试客户", browser.driver().findElement(By.id("f:name")).getDomProperty("value"),
                "what was typed is still there");
        browser.get("index.xhtml");
        assertEquals("首页", browser.title(), "still logged in");
    }

    @Test
    void withoutContinueTheSessionEndsAndThePageSaysSoAndLeadsToTheLoginPage() {
        browser.login("super", "super");
        assertEquals("首页", browser.title());
        waitLong(By.id("idleForm:idleWarning"));
        // Nobody clicks: the countdown runs out and the page says that the session has expired.
        WebElement expired = waitLong(By.id("idleExpired"));
        assertTrue(expired.getText().contains("会话已过期"), expired.getText());
        assertTrue(expired.getText().contains("尚未保存的内容没有被保存"), expired.getText());
        browser.screenshot("idle-expired-zh");
        browser.click("idleLogin");
        browser.waitFor(By.id("login:username"));

        // The server ended the session too: a protected page asks for the login again.
        browser.get("customer/list.xhtml");
        browser.waitFor(By.id("login:username"));
        assertTrue(browser.driver().findElements(By.id("topbarForm:logout")).isEmpty());
    }

    @Test
    void theTimeoutAppliesToSessionsCreatedAfterItIsChanged() throws IOException {
        // Back to the configured value: a new session gets it, and the page's warning comes that much later.
        ModelNode write = operation("write-attribute");
        write.get("value").set("45");
        execute(write);
        browser.login("super", "super");
        WebElement text = browser.driver().findElement(By.id("kehuIdleText"));
        assertEquals("2700", text.getDomAttribute("data-timeout"));
        assertEquals("120", text.getDomAttribute("data-warning"));
    }

    private static int secondsIn(String text) {
        Matcher m = SECONDS.matcher(text);
        assertTrue(m.find(), text);
        return Integer.parseInt(m.group(1));
    }

    /** The warning takes half a minute to come: longer than the browser's usual wait. */
    private WebElement waitLong(By by) {
        return wait(Duration.ofSeconds(90)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser.driver(), timeout);
    }

    private static ModelNode operation(String name) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        op.get("address").add("system-property", PROPERTY);
        op.get("name").set("value");
        return op;
    }

    private ModelNode execute(ModelNode op) throws IOException {
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        return result.get("result");
    }
}
