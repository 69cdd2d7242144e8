package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A password chosen by someone else must be changed at the first login: after an administrator's reset, the user
 * gets only the own-password page (in both languages), neither other pages nor the REST interface, until they
 * changed it; then the home page and everything else open.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirstLoginIT extends BrowserTest {

    private static final String CREATED = "Kehu#2026pass";
    private static final String RESET = "Reset#2026pw";
    private static final String OWN = "Mine#2026pass";
    private static final List<String> MANAGER_MENU = List.of("销售机会管理", "我的客户开发", "客户信息", "流失预警", "服务创建", "服务处理",
            "服务反馈", "服务归档", "客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析", "产品信息", "库存查询", "修改密码");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void afterAnAdministratorsResetTheUserMustChangeThePasswordBeforeAnythingElse() throws Exception {
        String username = "chen" + UUID.randomUUID().toString().substring(0, 6);
        browser.login("admin", "admin");
        createManager(username);
        resetPassword(username, RESET);
        browser.logout();

        // The reset password logs in, but only to the own-password page, whatever page is asked for.
        browser.login(username, RESET);
        assertOnThePasswordPage("修改密码");
        browser.waitForText(By.id("f:forced"), "请先修改密码");
        assertEquals(List.of(), browser.menu(), "no menu while the password must be changed");
        browser.screenshot("password-forced-zh");
        browser.get("customer/list.xhtml");
        assertOnThePasswordPage("修改密码");
        browser.get("index.xhtml");
        assertOnThePasswordPage("修改密码");

        // Nor the REST interface with the same credentials: 403 from the guard (any logged-in user may read this).
        HttpResponse<String> api = SalesApi.get("openapi.yaml", username, RESET);
        assertEquals(403, api.statusCode(), api.body());
        assertTrue(api.body().contains("must be changed first"), api.body());

        // The same page and notice in English.
        browser.click("topbarForm:langEn");
        browser.waitForText(By.id("f:forced"), "Change your password first");
        assertEquals("Change password", browser.title());
        assertTrue(browser.waitFor(By.id("f:forced")).getText().contains("set by someone else"));
        browser.screenshot("password-forced-en");
        browser.click("topbarForm:langZh");
        browser.waitForText(By.id("pageTitle"), "修改密码");

        // The policy holds here as everywhere; then the change opens the home page and the rest.
        browser.type("f:currentPassword", RESET);
        browser.type("f:newPassword", "qwerty123456");
        browser.type("f:confirmPassword", "qwerty123456");
        browser.click("f:save");
        browser.waitForMessage("常见密码");
        assertOnThePasswordPage("修改密码");

        browser.type("f:currentPassword", RESET);
        browser.type("f:newPassword", OWN);
        browser.type("f:confirmPassword", OWN);
        browser.click("f:save");
        browser.waitForText(By.id("pageTitle"), "首页");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/index.xhtml"), browser.driver().getCurrentUrl());
        browser.waitForMessage("密码已修改");
        assertEquals(MANAGER_MENU, browser.menu());
        browser.get("customer/list.xhtml");
        assertEquals("客户信息", browser.title());
        assertEquals(200, SalesApi.get("openapi.yaml", username, OWN).statusCode());
        assertEquals(401, SalesApi.get("openapi.yaml", username, RESET).statusCode(), "the reset password is gone");
        browser.logout();

        // The next login goes straight where the user asked.
        browser.login(username, OWN);
        assertEquals("首页", browser.title());
    }

    @Test
    void aUserCreatedByTheAdministratorAndTheDemoUsersAreNotSentToThePasswordPage() throws Exception {
        String username = "zhou" + UUID.randomUUID().toString().substring(0, 6);
        browser.login("admin", "admin");
        assertEquals("首页", browser.title());
        createManager(username);
        browser.logout();
        browser.login(username, CREATED);
        assertEquals("首页", browser.title());
        assertEquals(MANAGER_MENU, browser.menu());
        assertEquals(200, SalesApi.get("openapi.yaml", "manager", "manager").statusCode());
    }

    private void assertOnThePasswordPage(String title) {
        assertEquals(title, browser.title());
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.endsWith("/account/password.xhtml"), url);
    }

    private void createManager(String username) {
        browser.get("security/users/list.xhtml");
        browser.click("newUser");
        browser.type("f:username", username);
        browser.type("f:displayName", "陈经理");
        browser.driver().findElements(By.cssSelector("label")).stream().filter(l -> l.getText().contains("客户经理"))
                .findFirst().orElseThrow(() -> new AssertionError("no role 客户经理")).click();
        browser.type("f:password", CREATED);
        browser.click("f:save");
        browser.waitForText(By.id("messages"), "用户 " + username + " 已创建");
    }

    private void resetPassword(String username, String password) {
        browser.get("security/users/list.xhtml");
        browser.type("f:text", username);
        browser.click("f:search");
        browser.waitForText(By.id("f:users"), "共 1 条");
        browser.driver().findElement(By.linkText(username)).click();
        browser.waitForText(By.id("pageTitle"), "编辑用户");
        browser.click("f:reset");
        browser.type("reset:newPassword", password);
        browser.click("reset:confirmReset");
        browser.waitForText(By.id("messages"), "已为用户 " + username + " 设置新密码");
    }
}
