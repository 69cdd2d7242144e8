package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The administrator's security audit page in a real browser, in both languages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityAuditPagesIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anAdministratorSeesRefusedLoginsFiltersThemAndVerifiesTheChain() {
        String stranger = "<b>x" + UUID.randomUUID().toString().substring(0, 6) + "</b>";
        browser.get("login.xhtml");
        browser.submitLogin(stranger, "wrong-password-1");
        browser.waitForText(By.id("login:messages"), "用户名或密码错误");

        browser.login("admin", "admin");
        browser.get("security/audit/list.xhtml");
        assertEquals("安全审计", browser.title());
        browser.waitForText(By.id("f:chain"), "完整，未被篡改");
        // The attempted name is shown as text, never as markup.
        browser.waitForText(By.id("f:events"), stranger);
        assertTrue(browser.waitFor(By.id("f:events")).getText().contains("失败"));

        browser.type("f:sActor", stranger);
        browser.select("f:sOutcome", "FAILURE");
        browser.click("f:search");
        browser.waitForText(By.cssSelector("#f\\:events .ui-paginator-current"), "共 1 条");
        browser.click("f:verify");
        browser.waitForMessage("审计链完整");
        browser.screenshot("security-audit-zh");

        browser.click("topbarForm:langEn");
        browser.waitForText(By.id("pageTitle"), "Security audit");
        browser.waitForText(By.id("f:chain"), "Intact, not tampered with");
        browser.waitForText(By.id("f:events"), "Login");
        browser.screenshot("security-audit-en");
        browser.click("topbarForm:langZh");
        browser.waitForText(By.id("pageTitle"), "安全审计");
    }

    @Test
    void otherUsersCannotOpenThePage() {
        browser.login("exec", "exec");
        browser.get("security/audit/list.xhtml");
        assertEquals("没有权限", browser.title());
    }
}
