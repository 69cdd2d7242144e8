package com.kehu.crm.it.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.it.Browser;
import com.kehu.crm.it.Deployments;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import org.apache.kerby.kerberos.kerb.server.SimpleKdcServer;
import org.ietf.jgss.GSSContext;
import org.ietf.jgss.GSSManager;
import org.ietf.jgss.GSSName;
import org.ietf.jgss.Oid;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Windows-style desktop single sign-on against a real KDC (Apache Kerby's in-process KDC on the loopback interface),
 * configured by the real {@code config/kerberos/kerberos.cli} on the running test server and taken out by
 * {@code kerberos-undo.cli}. The client gets its ticket as a domain workstation would: a Kerberos login with the
 * user's password (JAAS Krb5LoginModule), then a SPNEGO token for HTTP/localhost from Java GSS, sent as
 * {@code Authorization: Negotiate ...}: no password goes to Kehu CRM.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KerberosLoginIT {

    private static final String REALM = "EXAMPLE.COM";
    private static final String SERVICE = "HTTP/localhost@" + REALM;
    private static final Oid SPNEGO = oid("1.3.6.1.5.5.2");

    private static SimpleKdcServer kdc;
    private static boolean configured;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startKdcAndSwitchTheServerToKerberos() throws Exception {
        Path work = Files.createDirectories(ServerScripts.WORK.resolve("kerberos").toAbsolutePath());
        int port = ServerScripts.freePort();
        kdc = new SimpleKdcServer();
        kdc.setWorkDir(work.toFile());
        kdc.setKdcRealm(REALM);
        kdc.setKdcHost("127.0.0.1");
        kdc.setAllowUdp(false);
        kdc.setAllowTcp(true);
        kdc.setKdcTcpPort(port);
        kdc.init();
        kdc.start();
        kdc.createPrincipal("manager@" + REALM, password("manager"));     // a Kehu CRM user
        kdc.createPrincipal("stranger@" + REALM, password("stranger"));   // in the domain, not in Kehu CRM
        // The service principal and its keytab, as ktpass would give them to IT.
        File keytab = work.resolve("crm.keytab").toFile();
        Files.deleteIfExists(keytab.toPath());
        kdc.createAndExportPrincipals(keytab, SERVICE);

        // The machine's Kerberos configuration: the realm and its KDC. TCP only, no DNS games with "localhost".
        Path krb5conf = work.resolve("krb5.conf");
        Files.writeString(krb5conf, """
                [libdefaults]
                    default_realm = %1$s
                    udp_preference_limit = 1
                    dns_lookup_kdc = false
                    dns_lookup_realm = false
                    dns_canonicalize_hostname = false
                    rdns = false
                    default_tkt_enctypes = aes128-cts-hmac-sha1-96
                    default_tgs_enctypes = aes128-cts-hmac-sha1-96
                    permitted_enctypes = aes128-cts-hmac-sha1-96
                [realms]
                    %1$s = {
                        kdc = 127.0.0.1:%2$d
                    }
                [domain_realm]
                    localhost = %1$s
                """.formatted(REALM, port));
        System.setProperty("java.security.krb5.conf", krb5conf.toString());

        Map<String, String> parameters = Map.of(
                "kerberos.principal", SERVICE,
                "kerberos.keytab", keytab.getAbsolutePath(),
                "kerberos.krb5-conf", krb5conf.toString());
        ServerScripts.apply("kerberos/kerberos.cli", parameters);
        configured = true;
        ServerScripts.apply("kerberos/kerberos.cli", parameters);   // re-runnable
        ServerScripts.reloadAndWait();
    }

    @AfterAll
    static void undoAndStopTheKdc() throws Exception {
        try {
            if (configured) {
                ServerScripts.apply("kerberos/kerberos-undo.cli");
                ServerScripts.reloadAndWait();
            }
        } finally {
            if (kdc != null) {
                kdc.stop();
            }
        }
    }

    private static String password(String user) {
        return "Krb#" + user + "-2026";
    }

    @Test
    @Order(1)
    void aDomainUserWithATicketIsInWithoutAPasswordPromptAndHasTheRightsOfTheirKehuRoles() throws Exception {
        String token = spnegoToken("manager", password("manager"));
        HttpResponse<String> home = get("index.xhtml", token);
        assertEquals(200, home.statusCode(), home.body());
        assertTrue(home.body().contains("id=\"pageTitle\""), home.body());
        // manager@EXAMPLE.COM is Kehu CRM's user "manager": their role on the home page
        assertTrue(home.body().contains("客户经理"), home.body());
        assertFalse(home.body().contains("login:username"));

        // customer.view, a right of 客户经理: the list page and the customer service behind it
        HttpResponse<String> customers = get("customer/list.xhtml", spnegoToken("manager", password("manager")));
        assertEquals(200, customers.statusCode());
        assertTrue(customers.body().contains("客户信息"), customers.body());
        // admin.user is not
        HttpResponse<String> users = get("security/users/list.xhtml", spnegoToken("manager", password("manager")));
        assertEquals(403, users.statusCode());
    }

    @Test
    @Order(2)
    void withoutATicketTheLoginFormIsTheFallbackAndStillWorks() {
        HttpResponse<String> anonymous = get("customer/list.xhtml", null);
        assertTrue(anonymous.body().contains("login:username"), anonymous.statusCode() + " " + anonymous.body());
        assertTrue(anonymous.headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.startsWith("Negotiate")),
                anonymous.headers().map()::toString);

        try (Browser browser = Browser.open()) {
            browser.get("customer/list.xhtml");
            browser.waitFor(By.id("login:username"));
            browser.screenshot("kerberos-form-fallback");
            browser.submitLogin("super", "super");
            assertEquals("客户信息", browser.title());
            browser.logout();
        }
    }

    @Test
    @Order(3)
    void aPrincipalWithoutAKehuUserGetsNoApplicationPage() throws Exception {
        HttpResponse<String> response = get("customer/list.xhtml", spnegoToken("stranger", password("stranger")));
        assertFalse(response.statusCode() == 200 && response.body().contains("id=\"pageTitle\""), response.body());
        assertFalse(response.body().contains("客户信息"), response.body());
    }

    @Test
    @Order(4)
    void theUndoScriptBringsBackTheLoginOfWebXml() throws Exception {
        ServerScripts.apply("kerberos/kerberos-undo.cli");
        ServerScripts.apply("kerberos/kerberos-undo.cli");   // re-runnable
        configured = false;
        ServerScripts.reloadAndWait();
        String domain = ServerScripts.command("/subsystem=undertow/application-security-domain=kehu:read-resource");
        assertTrue(domain.contains("\"security-domain\" => \"kehu-domain\""), domain);

        HttpResponse<String> withTicket = get("customer/list.xhtml", spnegoToken("manager", password("manager")));
        assertFalse(withTicket.body().contains("客户信息"), withTicket.body());
        try (Browser browser = Browser.open()) {
            browser.login("admin", "admin");
            assertEquals("首页", browser.title());
        }
    }

    /** What a domain workstation's browser sends: a SPNEGO token for HTTP/localhost, from a ticket of the user. */
    private static String spnegoToken(String user, String password) throws Exception {
        Configuration jaas = new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(
                        "com.sun.security.auth.module.Krb5LoginModule",
                        AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                        Map.of("useTicketCache", "false", "storeKey", "false", "refreshKrb5Config", "true",
                                "principal", user + "@" + REALM))};
            }
        };
        LoginContext login = new LoginContext("kehu-client", new Subject(), callbacks -> {
            for (var callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName(user + "@" + REALM);
                } else if (callback instanceof PasswordCallback secret) {
                    secret.setPassword(password.toCharArray());
                }
            }
        }, jaas);
        login.login();
        try {
            byte[] token = Subject.doAs(login.getSubject(), (PrivilegedExceptionAction<byte[]>) () -> {
                GSSManager manager = GSSManager.getInstance();
                GSSName service = manager.createName("HTTP@localhost", GSSName.NT_HOSTBASED_SERVICE);
                GSSContext context = manager.createContext(service, SPNEGO, null, GSSContext.DEFAULT_LIFETIME);
                context.requestMutualAuth(false);
                context.requestCredDeleg(false);
                try {
                    return context.initSecContext(new byte[0], 0, 0);
                } finally {
                    context.dispose();
                }
            });
            return Base64.getEncoder().encodeToString(token);
        } finally {
            login.logout();
        }
    }

    private static HttpResponse<String> get(String path, String negotiateToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ServerScripts.BASE + path))
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", "zh-CN");
        if (negotiateToken != null) {
            request.header("Authorization", "Negotiate " + negotiateToken);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Oid oid(String oid) {
        try {
            return new Oid(oid);
        } catch (org.ietf.jgss.GSSException e) {
            throw new IllegalStateException(e);
        }
    }
}
