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

/**
 * The own-password page in the browser: the policy's rules and refusals with their numbers, in both languages; a
 * wrong current password says how many tries are left, and the one that locks the account ends the session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordPagesIT extends BrowserTest {

    private static final String PASSWORD = "Kehu#2026pass";
    /** 25 Chinese characters: 25 characters, but 75 bytes in UTF-8. */
    private static final String CHINESE_25 = "客户关系管理系统真的很好用我们每一天都在使用它吧了";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void thePageStatesThePolicyWithItsNumbersAndRefusesWhatBreaksItInBothLanguages() {
        // A demo user; every change below is refused, so the demo password stays.
        browser.login("exec", "exec");
        browser.get("account/password.xhtml");
        String rules = browser.waitFor(By.id("f:rules")).getText();
        assertTrue(rules.contains("12 到 128 个字符") && rules.contains("72 字节") && rules.contains("24 个汉字")
                && rules.contains("常见密码"), rules);

        change("exec", "qwerty123456");
        browser.waitForMessage("常见密码");
        change("exec", "Kehu#2026pw");
        browser.waitForMessage("至少需要 12 位");
        change("exec", CHINESE_25);
        browser.waitForMessage("不能超过 72 字节：最多 24 个汉字");
        browser.screenshot("password-policy-zh");

        browser.click("topbarForm:langEn");
        browser.waitForText(By.id("pageTitle"), "Change password");
        rules = browser.waitFor(By.id("f:rules")).getText();
        assertTrue(rules.contains("12 to 128 characters") && rules.contains("72 bytes")
                && rules.contains("24 Chinese characters"), rules);
        change("exec", "1qaz2wsx3edc");
        browser.waitForMessage("commonly used password");
        change("exec", CHINESE_25);
        browser.waitForMessage("at most 72 bytes in UTF-8: at most 24 Chinese characters");
        browser.screenshot("password-policy-en");
        browser.click("topbarForm:langZh");
        browser.waitForText(By.id("pageTitle"), "修改密码");
        browser.logout();
        browser.login("exec", "exec");
        assertEquals("首页", browser.title(), "the demo password is unchanged");
    }

    @Test
    void wrongCurrentPasswordsCountDownTheTriesAndTheLockEndsTheSession() {
        String username = "sun" + UUID.randomUUID().toString().substring(0, 6);
        browser.login("admin", "admin");
        createManager(username);
        browser.logout();

        browser.login(username, PASSWORD);
        browser.get("account/password.xhtml");
        for (int left = 4; left >= 1; left--) {
            change("guess-" + left + "-wrong", "Next#2026pass");
            browser.waitForMessage("再输错 " + left + " 次");
        }
        browser.screenshot("password-tries-left");
        change("guess-0-wrong", "Next#2026pass");
        // The fifth wrong one locks the account: logged out, on the login page, told until when.
        browser.waitFor(By.id("login:username"));
        browser.waitForText(By.id("login:messages"), "账户已锁定至");
        browser.screenshot("password-locked");
        browser.get("account/password.xhtml");
        browser.waitFor(By.id("login:username"));
        assertTrue(browser.driver().findElements(By.id("topbarForm:logout")).isEmpty(), "the session has ended");

        // Locked for the login form too, even with the right password.
        browser.submitLogin(username, PASSWORD);
        browser.waitForText(By.id("login:messages"), "账户已锁定至");
    }

    private void change(String current, String next) {
        browser.type("f:currentPassword", current);
        browser.type("f:newPassword", next);
        browser.type("f:confirmPassword", next);
        browser.click("f:save");
    }

    private void createManager(String username) {
        browser.get("security/users/list.xhtml");
        browser.click("newUser");
        browser.type("f:username", username);
        browser.type("f:displayName", "孙经理");
        browser.driver().findElements(By.cssSelector("label")).stream().filter(l -> l.getText().contains("客户经理"))
                .findFirst().orElseThrow(() -> new AssertionError("no role 客户经理")).click();
        browser.type("f:password", PASSWORD);
        browser.click("f:save");
        browser.waitForText(By.id("messages"), "用户 " + username + " 已创建");
    }
}
