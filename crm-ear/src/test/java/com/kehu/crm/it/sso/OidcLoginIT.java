package com.kehu.crm.it.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.it.Browser;
import com.kehu.crm.it.Deployments;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Company login through a real OpenID Connect provider: a Keycloak started by the test, the server switched to it by
 * config/oidc/oidc.cli exactly as IT runs it, the unchanged Kehu CRM EAR. Users authenticate at Keycloak with
 * Keycloak's passwords (not Kehu CRM's); their rights come from Kehu CRM's tables; back to the form login with
 * config/oidc/oidc-undo.cli at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OidcLoginIT {

    /** The client's secret, as registered in the realm file (filtered by the build). */
    private static final String CLIENT_SECRET = System.getProperty("kehu.keycloak.client-secret", "");

    private static Keycloak keycloak;
    private static boolean undone;

    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void switchKehuToKeycloak() {
        keycloak = Keycloak.start();
        OidcCli.run("oidc/oidc.cli", Map.of(
                "oidc.provider-url", keycloak.realmUrl(),
                "oidc.client-id", "kehu-crm",
                "oidc.client-secret", CLIENT_SECRET,
                "oidc.principal-attribute", "preferred_username",
                "oidc.ssl-required", "external",
                "oidc.scope", "profile email",
                "oidc.logout-page", "/index.xhtml"));
        // the script is re-runnable: a second run changes nothing and fails nowhere
        OidcCli.run("oidc/oidc.cli", Map.of(
                "oidc.provider-url", keycloak.realmUrl(),
                "oidc.client-id", "kehu-crm",
                "oidc.client-secret", CLIENT_SECRET,
                "oidc.principal-attribute", "preferred_username",
                "oidc.ssl-required", "external",
                "oidc.scope", "profile email",
                "oidc.logout-page", "/index.xhtml"));
        OidcCli.reload(Browser.BASE);
    }

    @AfterAll
    static void backToTheFormLoginAndStopKeycloak() {
        try {
            if (keycloak != null && !undone) {
                OidcCli.run("oidc/oidc-undo.cli", Map.of());
                OidcCli.reload(Browser.BASE);
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot("last/OidcLoginIT-" + test.getTestMethod().orElseThrow().getName());
        browser.close();
    }

    @Test
    @Order(1)
    void openingKehuLeadsToTheProvidersLoginPage() {
        browser.driver().get(Browser.BASE);
        browser.waitFor(By.id("kc-login"));
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.startsWith(keycloak.realmUrl() + "/protocol/openid-connect/auth?"), url);
        assertTrue(url.contains("client_id=kehu-crm"), url);
        assertTrue(browser.driver().findElements(By.id("login:username")).isEmpty(), "Kehu CRM's own form is not shown");
        browser.screenshot("oidc/keycloak-login");
    }

    @Test
    @Order(2)
    void aManagerLandsInKehuWithTheRightsKehuGivesNotThoseOfTheToken() {
        // a page that needs customer.view, backed by the business tier
        browser.driver().get(Browser.BASE + "customer/list.xhtml");
        providerLogin("manager", "kc-Manager-2026");
        assertEquals("客户信息", browser.title());
        browser.waitForText(By.id("f:customers"), "共 ");
        assertTrue(browser.driver().getCurrentUrl().startsWith(Browser.BASE + "customer/list.xhtml"),
                browser.driver().getCurrentUrl());

        browser.get("index.xhtml");
        assertEquals("首页", browser.title());
        assertTrue(browser.waitFor(By.id("welcome")).getText().contains("客户经理"));
        assertEquals(java.util.List.of("销售机会管理", "我的客户开发", "客户信息", "流失预警", "服务创建", "服务处理", "服务反馈", "服务归档",
                "客户贡献分析", "客户构成分析", "客户服务分析", "客户流失分析", "产品信息", "库存查询", "修改密码"), browser.menu());
        browser.screenshot("oidc/landed-manager");

        // Keycloak puts the realm role "admin" into this user's token: Kehu CRM ignores it
        browser.get("security/users/list.xhtml");
        assertEquals("没有权限", browser.title());
    }

    @Test
    @Order(3)
    void theAdministratorGetsTheAdministratorsRights() {
        browser.driver().get(Browser.BASE + "security/users/list.xhtml");
        providerLogin("admin", "kc-Admin-2026");
        assertEquals("用户管理", browser.title());
        browser.waitForText(By.id("f:users"), "manager2");
    }

    @Test
    @Order(4)
    void aDisabledProviderAccountCannotLogIn() {
        browser.driver().get(Browser.BASE);
        providerLogin("exec", "kc-Exec-2026");
        // Keycloak keeps the browser on its own page with its message; Kehu CRM never sees the user
        assertTrue(browser.driver().getCurrentUrl().startsWith(keycloak.baseUrl()), browser.driver().getCurrentUrl());
        assertTrue(browser.driver().getPageSource().toLowerCase().contains("disabled"));
        browser.screenshot("oidc/keycloak-disabled");
        browser.driver().get(Browser.BASE + "index.xhtml");
        browser.waitFor(By.id("kc-login"));
        assertTrue(browser.driver().findElements(By.id("pageTitle")).isEmpty());
    }

    @Test
    @Order(5)
    void aProviderUserUnknownToKehuIsNotLetIn() {
        browser.driver().get(Browser.BASE + "customer/list.xhtml");
        providerLogin("stranger", "kc-Stranger-2026");
        browser.waitFor(By.tagName("body"));
        browser.screenshot("oidc/unknown-user");
        // the same page as after a directory or Kerberos login without a Kehu CRM user, in the user's language
        assertEquals("尚未开通访问权限", browser.waitFor(By.id("title")).getText());
        assertEquals("stranger", browser.waitFor(By.id("noAccess:account")).getText());
        assertNotInKehu();
        browser.driver().get(Browser.BASE + "index.xhtml");
        browser.waitFor(By.id("title"));
        assertNotInKehu();
    }

    @Test
    @Order(6)
    void logoutEndsTheKehuSessionAndTheProviderSession() {
        browser.driver().get(Browser.BASE);
        providerLogin("manager", "kc-Manager-2026");
        assertEquals("首页", browser.title());
        browser.click("topbarForm:logout");
        // Kehu CRM's session is gone, and so is Keycloak's: the provider asks for the password again
        browser.waitFor(By.id("kc-login"));
        assertTrue(browser.driver().getCurrentUrl().startsWith(keycloak.realmUrl()), browser.driver().getCurrentUrl());
        browser.driver().get(Browser.BASE + "customer/list.xhtml");
        browser.waitFor(By.id("kc-login"));
        assertTrue(browser.driver().findElements(By.id("pageTitle")).isEmpty());
        assertEquals("", browser.waitFor(By.id("password")).getDomProperty("value"));
    }

    @Test
    @Order(7)
    void afterTheUndoScriptTheFormLoginWithKehusPasswordWorksAgain() {
        OidcCli.run("oidc/oidc-undo.cli", Map.of());
        OidcCli.run("oidc/oidc-undo.cli", Map.of());
        undone = true;
        OidcCli.reload(Browser.BASE);
        browser.driver().get(Browser.BASE + "index.xhtml");
        browser.waitFor(By.id("login:username"));
        assertFalse(browser.driver().getCurrentUrl().startsWith(keycloak.baseUrl()));
        browser.submitLogin("manager", "manager");
        assertEquals("首页", browser.title());
        browser.logout();
        browser.waitForText(By.id("login:loggedOut"), "您已安全退出");
    }

    /** Fills Keycloak's login form on screen and waits for the page after it. */
    private void providerLogin(String username, String password) {
        browser.waitFor(By.id("kc-login"));
        browser.type("username", username);
        browser.type("password", password);
        var submit = browser.waitFor(By.id("kc-login"));
        submit.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> {
                    try {
                        submit.isEnabled();
                        return false;
                    } catch (org.openqa.selenium.WebDriverException gone) {
                        return true;
                    }
                });
        browser.waitFor(By.tagName("body"));
    }

    /** Neither a Kehu CRM page nor its menu: the server refused the identity. */
    private void assertNotInKehu() {
        assertTrue(browser.driver().findElements(By.id("topbarForm:logout")).isEmpty(), browser.driver().getPageSource());
        assertTrue(browser.driver().findElements(By.id("welcome")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("f:customers")).isEmpty());
        assertTrue(browser.menu().isEmpty());
    }
}
