package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrator's pages in a real browser: users, roles and rights, the data dictionary; own password. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationIT extends BrowserTest {

    private static final String PASSWORD = "Kehu#2026pass";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }


    @Test
    void anAdministratorCreatesAManagerWhoLogsInAndChangesTheirPassword() {
        String username = "zhao" + suffix();
        browser.login("admin", "admin");
        createUser(username, "赵经理", List.of("客户经理"));
        browser.logout();

        browser.login(username, PASSWORD);
        assertEquals("首页", browser.title());
        assertTrue(browser.waitFor(By.id("welcome")).getText().contains("客户经理"));
        assertEquals(List.of("销售机会管理", "我的客户开发", "客户信息", "流失预警", "服务创建", "服务处理", "服务反馈", "服务归档",
                "客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析", "产品信息", "库存查询",
                "修改密码"),
                browser.menu());

        browser.get("account/password.xhtml");
        browser.type("f:currentPassword", "wrong-password");
        browser.type("f:newPassword", "Better#2026pw");
        browser.type("f:confirmPassword", "Better#2026pw");
        browser.click("f:save");
        browser.waitForMessage("当前密码不正确");
        browser.screenshot("password-wrong-current");

        browser.type("f:currentPassword", PASSWORD);
        browser.type("f:newPassword", "qwerty123456");
        browser.type("f:confirmPassword", "qwerty123456");
        browser.click("f:save");
        browser.waitForMessage("常见密码");

        browser.type("f:currentPassword", PASSWORD);
        browser.type("f:newPassword", "Better#2026pw");
        browser.type("f:confirmPassword", "Better#2026pw");
        browser.click("f:save");
        browser.waitForMessage("密码已修改");
        browser.logout();

        browser.login(username, PASSWORD);
        browser.waitForText(By.id("login:messages"), "用户名或密码错误");
        browser.submitLogin(username, "Better#2026pw");
        assertEquals("首页", browser.title());
    }

    @Test
    void aNewRoleWithTheDictionaryRightOpensTheDictionaryToItsUsers() {
        String code = "dict" + suffix();
        String username = "qian" + suffix();
        browser.login("admin", "admin");

        browser.get("security/roles/list.xhtml");
        browser.waitForText(By.id("f:roles"), "客户经理");
        browser.screenshot("roles");
        browser.click("newRole");
        browser.type("f:code", code);
        browser.type("f:nameZh", "字典维护员");
        browser.type("f:nameEn", "Dictionary keeper");
        clickLabel("(basedata.dict)");
        browser.screenshot("role-edit");
        browser.click("f:save");
        browser.waitForText(By.id("messages"), "角色 " + code + " 已创建");
        assertTrue(browser.waitFor(By.id("f:roles")).getText().contains("数据字典维护"));

        createUser(username, "钱专员", List.of("客户经理", "字典维护员"));
        browser.logout();

        browser.login(username, PASSWORD);
        assertEquals(List.of("销售机会管理", "我的客户开发", "客户信息", "流失预警", "服务创建", "服务处理", "服务反馈", "服务归档",
                "客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析", "数据字典", "产品信息",
                "库存查询", "修改密码"),
                browser.menu());
        browser.get("basedata/dictionary/list.xhtml");
        assertEquals("数据字典", browser.title());
        // The customer levels are a fixed scale: shown, locked, nothing to add.
        browser.waitForText(By.id("f:entries"), "战略合作伙伴");
        assertFalse(browser.waitFor(By.id("f:newEntry")).isEnabled());

        browser.select("f:type", "REGION");
        browser.waitForText(By.id("f:entries"), "华南");
        browser.click("f:newEntry");
        browser.type("editForm:value", "HK" + suffix());
        browser.type("editForm:labelZh", "港澳");
        browser.type("editForm:labelEn", "Hong Kong and Macao");
        browser.click("editForm:save");
        browser.waitForText(By.id("f:entries"), "Hong Kong and Macao");
        browser.screenshot("dictionary");

        // A duplicate value is refused next to the field, and the dialog stays open.
        browser.click("f:newEntry");
        browser.type("editForm:value", "SOUTH");
        browser.type("editForm:labelZh", "重复");
        browser.type("editForm:labelEn", "Duplicate");
        browser.click("editForm:save");
        browser.waitForMessage("已有值为 SOUTH 的条目");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithAClearMessage() {
        String username = "sun" + suffix();
        browser.login("admin", "admin");
        createUser(username, "孙经理", List.of("客户经理"));
        browser.logout();

        for (int i = 0; i < 4; i++) {
            browser.login(username, "wrong-" + i);
            browser.waitForMessage("用户名或密码错误");
        }
        browser.login(username, "wrong-4");
        browser.waitForMessage("账户已锁定至");
        browser.login(username, PASSWORD);
        browser.waitForMessage("账户已锁定至");
        browser.screenshot("login-locked");
        assertTrue(browser.driver().findElements(By.id("topbarForm:logout")).isEmpty());
    }

    @Test
    void theUserListFiltersByRole() {
        browser.login("admin", "admin");
        browser.get("security/users/list.xhtml");
        browser.waitForText(By.id("f:users"), "manager2");
        browser.select("f:role", "supervisor");
        browser.click("f:search");
        // other tests of the run may have created supervisors too: every row shown holds the role, none other is shown
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(
                ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("f:users_data"), "manager2")));
        String table = browser.waitFor(By.id("f:users_data")).getText();
        assertTrue(table.contains("李主管"), table);
        for (WebElement row : browser.driver().findElements(By.cssSelector("[id='f:users_data'] > tr"))) {
            assertTrue(row.getText().contains("销售主管"), row.getText());
        }
    }

    private void createUser(String username, String name, List<String> roles) {
        browser.get("security/users/list.xhtml");
        browser.click("newUser");
        browser.type("f:username", username);
        browser.type("f:displayName", name);
        browser.type("f:email", username + "@kehu.example");
        roles.forEach(this::clickLabel);
        browser.type("f:password", PASSWORD);
        browser.screenshot("user-edit");
        browser.click("f:save");
        browser.waitForText(By.id("messages"), "用户 " + username + " 已创建");
        assertEquals("用户管理", browser.title());
    }

    /** Ticks the check box whose label has {@code text}. */
    private void clickLabel(String text) {
        WebElement label = browser.driver().findElements(By.cssSelector("label")).stream()
                .filter(l -> l.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no check box labelled " + text));
        label.click();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
