package com.kehu.crm.it.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.it.Browser;
import com.kehu.crm.it.Deployments;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.OperationType;
import java.net.InetAddress;
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
 * Company login against a real LDAP directory (UnboundID's in-memory directory server on the loopback interface),
 * configured by the real {@code config/ldap/ldap.cli} on the running test server and taken out by
 * {@code ldap-undo.cli}: directory passwords, Kehu CRM's roles and rights, and the no-access page.
 * <p>
 * Kehu CRM's demo users have their user name as Kehu CRM password; in the directory they have other passwords, so
 * that each login shows which of the two was checked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LdapLoginIT {

    private static final String BASE_DN = "dc=example,dc=com";
    private static final String STAFF = "ou=Staff," + BASE_DN;
    private static final String SERVICE_DN = "cn=svc-kehu-crm,ou=Service," + BASE_DN;
    private static final String SERVICE_PASSWORD = "Svc#bind-2026";

    private static InMemoryDirectoryServer directory;
    private static boolean configured;

    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startDirectoryAndSwitchTheServerToIt() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        int port = ServerScripts.freePort();
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                port, null));
        // As a company directory: nobody searches without binding first (the script's service account must work).
        config.addAdditionalBindCredentials(SERVICE_DN, SERVICE_PASSWORD);
        config.setAuthenticationRequiredOperationTypes(OperationType.SEARCH, OperationType.COMPARE);
        directory = new InMemoryDirectoryServer(config);
        directory.add("dn: " + BASE_DN, "objectClass: top", "objectClass: domain", "dc: example");
        directory.add("dn: " + STAFF, "objectClass: top", "objectClass: organizationalUnit", "ou: Staff");
        directory.add("dn: ou=Beijing," + STAFF, "objectClass: top", "objectClass: organizationalUnit", "ou: Beijing");
        person("manager", "ou=Beijing," + STAFF);   // in a sub-unit: the search is recursive
        person("manager2", STAFF);
        person("exec", STAFF);
        person("super", STAFF);
        person("newcomer", STAFF);                 // in the directory, but no Kehu CRM user
        directory.startListening();

        Map<String, String> parameters = Map.of(
                "ldap.url", "ldap://127.0.0.1:" + port,
                "ldap.bind-dn", SERVICE_DN,
                "ldap.bind-password", SERVICE_PASSWORD,
                "ldap.user-base-dn", STAFF,
                "ldap.user-rdn", "uid",
                // the OpenLDAP form of ldap.properties.example, plus an "account disabled" marker as AD's flag
                "ldap.user-filter", "(&(objectClass=inetOrgPerson)(uid={0})(!(employeeType=disabled)))");
        ServerScripts.apply("ldap/ldap.cli", parameters);
        configured = true;
        // Re-runnable: the second run changes nothing and fails nothing.
        ServerScripts.apply("ldap/ldap.cli", parameters);
        ServerScripts.reloadAndWait();
        assertTrue(ServerScripts.command("/subsystem=elytron/security-domain=kehu-domain:read-attribute(name=default-realm)")
                .contains("kehu-ldap-aggregate-realm"));
    }

    @AfterAll
    static void undoAndStopTheDirectory() throws Exception {
        try {
            if (configured) {
                ServerScripts.apply("ldap/ldap-undo.cli");
                ServerScripts.reloadAndWait();
            }
        } finally {
            if (directory != null) {
                directory.shutDown(true);
            }
        }
    }

    private static void person(String uid, String parent) throws Exception {
        directory.add("dn: uid=" + uid + "," + parent, "objectClass: top", "objectClass: person",
                "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + uid,
                "sn: " + uid, "userPassword: " + directoryPassword(uid));
    }

    private static String directoryPassword(String uid) {
        return "Dir#" + uid + "-2026";
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot("last/LdapLoginIT-" + test.getTestMethod().orElseThrow().getName());
        browser.close();
    }

    @Test
    @Order(1)
    void aDirectoryUserLogsInWithTheDirectoryPasswordAndHasTheRightsOfTheirKehuRoles() {
        browser.login("manager", directoryPassword("manager"));
        assertEquals("首页", browser.title());
        assertTrue(browser.waitFor(By.id("welcome")).getText().contains("客户经理"));
        browser.screenshot("ldap-login-home");
        // customer.view (a right of 客户经理): the page opens and the customer service (an EJB) lists customers
        browser.get("customer/list.xhtml");
        assertEquals("客户信息", browser.title());
        browser.waitForText(By.id("f:customers"), "共 ");
        // admin.user is not: the application's 403 page
        browser.get("security/users/list.xhtml");
        assertEquals("没有权限", browser.title());
        // logout ends the session
        browser.get("index.xhtml");
        browser.logout();
        browser.get("customer/list.xhtml");
        browser.waitFor(By.id("login:username"));
        assertTrue(browser.driver().findElements(By.id("pageTitle")).isEmpty());
    }

    @Test
    @Order(2)
    void theKehuPasswordNoLongerWorksAndAUserOutsideTheDirectoryCannotLogIn() {
        browser.login("manager", "manager");
        browser.waitForText(By.id("login:messages"), "用户名或密码错误");
        browser.login("admin", "admin");
        browser.waitForText(By.id("login:messages"), "用户名或密码错误");
        assertTrue(browser.driver().findElements(By.id("topbarForm:logout")).isEmpty());
    }

    @Test
    @Order(3)
    void wrongDirectoryPasswordsCountTowardsTheLock() {
        for (int attempt = 1; attempt < 5; attempt++) {
            browser.login("manager2", "wrong-" + attempt);
            browser.waitForText(By.id("login:messages"), "用户名或密码错误");
        }
        browser.login("manager2", "wrong-5");
        browser.waitForText(By.id("login:messages"), "账户已锁定");
        // locked: the right directory password is refused too
        browser.login("manager2", directoryPassword("manager2"));
        browser.waitForText(By.id("login:messages"), "账户已锁定");
        assertTrue(browser.driver().findElements(By.id("topbarForm:logout")).isEmpty());
    }

    @Test
    @Order(4)
    void aDirectoryAccountRemovedOrDisabledInTheDirectoryIsRefused() throws Exception {
        browser.login("exec", directoryPassword("exec"));
        assertEquals("首页", browser.title());
        browser.logout();
        browser.login("super", directoryPassword("super"));
        assertEquals("首页", browser.title());
        browser.logout();

        directory.delete("uid=exec," + STAFF);
        directory.modify("uid=super," + STAFF, new Modification(ModificationType.ADD, "employeeType", "disabled"));

        browser.login("exec", directoryPassword("exec"));
        browser.waitForText(By.id("login:messages"), "用户名或密码错误");
        browser.login("super", directoryPassword("super"));
        browser.waitForText(By.id("login:messages"), "用户名或密码错误");
        assertTrue(browser.driver().findElements(By.id("topbarForm:logout")).isEmpty());
    }

    @Test
    @Order(5)
    void aDirectoryUserWithoutAKehuUserSeesTheNoAccessPageWithTheirAccountName() {
        browser.login("newcomer", directoryPassword("newcomer"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/no-access.xhtml"), browser.driver().getCurrentUrl());
        browser.waitForText(By.id("title"), "尚未开通访问权限");
        assertTrue(browser.waitFor(By.id("text")).getText().contains("您尚未开通客户关系管理系统的访问权限，请联系管理员"));
        assertEquals("newcomer", browser.waitFor(By.id("noAccess:account")).getText());
        browser.screenshot("no-access");
        // every other page leads there, none shows the application
        browser.get("customer/list.xhtml");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/no-access.xhtml"), browser.driver().getCurrentUrl());
        browser.get("index.xhtml");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/no-access.xhtml"), browser.driver().getCurrentUrl());
        assertTrue(browser.driver().findElements(By.id("menuForm")).isEmpty());
        // in English too
        browser.click("noAccess:langEn");
        browser.waitForText(By.id("title"), "No access yet");
        assertTrue(browser.waitFor(By.id("text")).getText().contains("ask your administrator for access"));
        // and out
        browser.click("noAccess:logout");
        browser.waitFor(By.id("login:username"));
        browser.get("index.xhtml");
        browser.waitFor(By.id("login:username"));
    }

    @Test
    @Order(6)
    void theUndoScriptBringsBackTheDatabaseLogin() {
        ServerScripts.apply("ldap/ldap-undo.cli");
        ServerScripts.apply("ldap/ldap-undo.cli");   // re-runnable
        configured = false;
        ServerScripts.reloadAndWait();
        String domain = ServerScripts.command("/subsystem=elytron/security-domain=kehu-domain:read-resource");
        assertTrue(domain.contains("\"default-realm\" => \"kehu-realm\""), domain);
        assertTrue(ServerScripts.command("/subsystem=elytron:read-children-names(child-type=ldap-realm)")
                .contains("\"result\" => []"));

        browser.login("manager", directoryPassword("manager"));
        browser.waitForText(By.id("login:messages"), "用户名或密码错误");
        browser.login("admin", "admin");
        assertEquals("首页", browser.title());
    }
}
