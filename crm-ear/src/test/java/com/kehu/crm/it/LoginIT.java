package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Logging in and out in a real browser, the menu each role sees, languages, and refused pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }


    @Test
    void eachDemoUserLogsInAndSeesExactlyTheirMenu() {
        Map<String, List<String>> menus = Map.of(
                "admin", List.of("销售机会管理", "客户信息", "流失预警", "流失检查", "服务归档", "图表分析",
                        "客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析", "数据字典", "产品信息", "库存查询", "数据导入",
                        "用户管理", "角色权限", "安全审计", "修改密码"),
                "exec", List.of("销售机会管理", "客户信息", "流失预警", "服务归档", "图表分析",
                        "客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析", "产品信息", "库存查询", "修改密码"),
                "super", List.of("销售机会管理", "待指派的机会", "我的客户开发", "客户信息", "流失预警", "服务创建", "服务分配", "服务处理", "服务反馈",
                        "服务归档", "图表分析", "客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析", "产品信息", "库存查询", "修改密码"),
                "manager", List.of("销售机会管理", "我的客户开发", "客户信息", "流失预警", "服务创建", "服务处理", "服务反馈", "服务归档",
                        "客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析", "产品信息",
                        "库存查询", "修改密码"),
                "manager2", List.of("销售机会管理", "我的客户开发", "客户信息", "流失预警", "服务创建", "服务处理", "服务反馈", "服务归档",
                        "客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析", "产品信息",
                        "库存查询", "修改密码"));
        Map<String, String> roles = Map.of("admin", "系统管理员", "exec", "高管", "super", "销售主管",
                "manager", "客户经理", "manager2", "客户经理");
        for (String user : List.of("admin", "exec", "super", "manager", "manager2")) {
            browser.login(user, user);
            assertEquals("首页", browser.title(), user);
            assertEquals(menus.get(user), browser.menu(), user);
            assertTrue(browser.waitFor(By.id("welcome")).getText().contains(roles.get(user)), user);
            if (user.equals("admin")) {
                browser.screenshot("home-admin");
            }
            browser.logout();
        }
    }

    @Test
    void theSessionGetsANewIdAtLogin() {
        browser.get("login.xhtml");
        String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        browser.submitLogin("super", "super");
        assertEquals("首页", browser.title());
        String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertNotEquals(before, after);
    }

    @Test
    void aWrongPasswordShowsAClearMessage() {
        browser.login("manager", "not-the-password");
        browser.waitForText(By.id("login:messages"), "用户名或密码错误");
        browser.screenshot("login-failed");
        assertTrue(browser.driver().findElements(By.id("topbarForm:logout")).isEmpty());
    }

    @Test
    void anAnonymousRequestForAProtectedPageShowsTheLoginAndThenThatPage() {
        browser.get("security/users/list.xhtml");
        browser.waitFor(By.id("login:username"));
        browser.screenshot("login");
        browser.submitLogin("admin", "admin");
        assertEquals("用户管理", browser.title());
        assertTrue(browser.driver().getCurrentUrl().endsWith("/security/users/list.xhtml"),
                browser.driver().getCurrentUrl());
        browser.waitForText(By.id("f:users"), "manager2");
        browser.screenshot("users");
    }

    @Test
    void theLanguageSwitchesBetweenChineseAndEnglish() {
        browser.get("login.xhtml");
        browser.click("login:langEn");
        browser.waitForText(By.cssSelector("label[for='login:username']"), "User name");
        browser.submitLogin("admin", "admin");
        assertEquals("Home", browser.title());
        assertEquals(List.of("Sales opportunities", "Customers", "Churn warnings", "Churn check", "Archive",
                "Analysis", "Customer contribution", "Customer composition", "Service composition", "Churn analysis",
                "Data dictionary", "Products", "Inventory", "Data import", "Users", "Roles and rights", "Security audit",
                "Change password"),
                browser.menu());
        browser.click("topbarForm:langZh");
        browser.waitForText(By.id("pageTitle"), "首页");
        assertEquals(List.of("销售机会管理", "客户信息", "流失预警", "流失检查", "服务归档", "图表分析",
                "客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析", "数据字典", "产品信息", "库存查询", "数据导入",
                "用户管理", "角色权限", "安全审计", "修改密码"),
                browser.menu());
    }

    @Test
    void logoutEndsTheSession() {
        browser.login("exec", "exec");
        assertEquals("首页", browser.title());
        browser.logout();
        browser.waitForText(By.id("login:loggedOut"), "您已安全退出");
        browser.get("index.xhtml");
        browser.waitFor(By.id("login:username"));
        assertTrue(browser.driver().findElements(By.id("pageTitle")).isEmpty());
    }

    @Test
    void aPageWithoutTheRightShowsTheForbiddenPageInTheApplicationsLook() {
        browser.login("manager", "manager");
        browser.get("security/users/list.xhtml");
        assertEquals("没有权限", browser.title());
        assertTrue(browser.waitFor(By.id("error403")).getText().contains("联系系统管理员"));
        browser.screenshot("error-403");
        browser.get("no/such/page.xhtml");
        assertEquals("页面不存在", browser.title());
        assertEquals(List.of("销售机会管理", "我的客户开发", "客户信息", "流失预警", "服务创建", "服务处理", "服务反馈", "服务归档",
                "客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析", "产品信息", "库存查询",
                "修改密码"),
                browser.menu());
    }
}
