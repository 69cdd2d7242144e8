package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security headers on every kind of response, read over HTTP as a browser would get them: every page reachable
 * from the menus of the administrator and the sales supervisor (and the pages those link to), the login page, the
 * error pages, resources, the REST interface. And the session cookie's flags, over HTTP and over HTTPS.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final String BASE = Browser.BASE;
    private static final String CONTEXT = URI.create(BASE).getPath().replaceAll("/$", "");
    /** The test server's HTTPS listener: 8443 shifted by the same port offset as its HTTP port (8080). */
    private static final String HTTPS_BASE = System.getProperty("kehu.https.url", "https://localhost:"
            + (8443 + URI.create(BASE).getPort() - 8080) + CONTEXT + "/");

    private static final Pattern LINK = Pattern.compile("href=\"(" + Pattern.quote(CONTEXT)
            + "/[^\"#]+?\\.xhtml)(\\?[^\"#]*)?\"");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script>");
    private static final Pattern INLINE_HANDLER = Pattern.compile("(?i)<[a-z][^>]*\\son[a-z]+\\s*=");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void everyPageOfTheMenusCarriesTheHeadersAndAScriptPolicyWithANonce() throws Exception {
        Map<String, String> checked = new LinkedHashMap<>();
        for (String user : List.of("admin", "super")) {
            Http http = Http.plain();
            http.login(user, user);
            Set<String> pages = new LinkedHashSet<>(links(http.get("index.xhtml").body()));
            pages.add(CONTEXT + "/index.xhtml");
            // the menu's pages, and what they link to (detail pages with an id)
            for (String page : List.copyOf(pages)) {
                links(http.get(page.substring(CONTEXT.length() + 1)).body()).stream()
                        .filter(link -> !link.contains("login.xhtml")).forEach(pages::add);
            }
            for (String page : pages) {
                HttpResponse<String> response = http.get(page.substring(CONTEXT.length() + 1));
                assertEquals(200, response.statusCode(), page);
                assertPage(user + " " + page, response, false);
                checked.put(page, user);
            }
        }
        assertTrue(checked.size() >= 20, () -> "pages: " + checked.keySet());
        assertTrue(checked.keySet().stream().anyMatch(p -> p.contains("/customer/view.xhtml?")), checked::toString);
    }

    @Test
    void theLoginPageAndTheErrorPagesCarryThem() throws Exception {
        Http anonymous = Http.plain();
        assertPage("login", anonymous.get("login.xhtml"), false);
        // an anonymous request for a page: the login page, forwarded
        assertPage("login (forwarded)", anonymous.get("customer/list.xhtml"), false);

        Http manager = Http.plain();
        manager.login("manager", "manager");
        HttpResponse<String> notFound = manager.get("no-such-page.xhtml");
        assertEquals(404, notFound.statusCode());
        assertPage("404 page", notFound, false);
        HttpResponse<String> refused = manager.get("security/users/list.xhtml");
        assertEquals(403, refused.statusCode());
        assertPage("403 page", refused, false);
        // a form posted with a view state the server does not know: the page-expired page
        HttpResponse<String> expired = manager.post("customer/list.xhtml", Map.of("f", "f",
                "jakarta.faces.ViewState", "-1234567890:987654321"));
        assertTrue(expired.body().contains("id=\"errorExpired\""), () -> expired.statusCode() + " " + expired.body());
        assertPage("expired page", expired, false);
        // a file that is not there and is not a page either
        assertHeaders("404 of a file", manager.get("no-such-file.png"), false);
    }

    @Test
    void resourcesAndTheRestInterfaceCarryThemWithAPolicyThatAllowsNothing() throws Exception {
        Http anonymous = Http.plain();
        for (String resource : List.of("jakarta.faces.resource/css/kehu.css.xhtml",
                "jakarta.faces.resource/core.js.xhtml?ln=primefaces", "resources/css/kehu.css")) {
            HttpResponse<String> response = anonymous.get(resource);
            assertEquals(200, response.statusCode(), resource);
            assertHeaders(resource, response, false);
            assertTrue(policy(response).contains("default-src 'none'"), resource + ": " + policy(response));
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> openApi = anonymous.send(HttpRequest.newBuilder(URI.create(BASE + "api/openapi.yaml"))
                .header("Authorization", basic).GET());
        assertEquals(200, openApi.statusCode(), openApi.body());
        assertHeaders("REST document", openApi, false);
        assertTrue(policy(openApi).contains("default-src 'none'"), policy(openApi));

        HttpResponse<String> noCredentials = anonymous.send(HttpRequest.newBuilder(
                URI.create(BASE + "api/v1/products/P-1")).header("Accept", "application/json").GET());
        assertEquals(401, noCredentials.statusCode(), noCredentials.body());
        assertHeaders("REST without credentials", noCredentials, false);

        String wrong = "Basic " + Base64.getEncoder().encodeToString("nobody:wrong".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> wrongCredentials = anonymous.send(HttpRequest.newBuilder(
                URI.create(BASE + "api/v1/products/P-1")).header("Authorization", wrong).GET());
        assertEquals(401, wrongCredentials.statusCode(), wrongCredentials.body());
        assertHeaders("REST with wrong credentials", wrongCredentials, false);
    }

    @Test
    void hstsOnlyOverHttps() throws Exception {
        assertNull(Http.plain().get("login.xhtml").headers().firstValue("Strict-Transport-Security").orElse(null));
        Http https = Http.https();
        HttpResponse<String> login = https.get("login.xhtml");
        assertEquals(200, login.statusCode());
        assertPage("login over HTTPS", login, true);
        assertTrue(login.headers().firstValue("Strict-Transport-Security").orElseThrow().matches("max-age=\\d{7,}.*"),
                () -> login.headers().map().toString());
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxBeforeAndAfterLogin() throws Exception {
        Http http = Http.plain();
        HttpResponse<String> login = http.get("login.xhtml");
        String first = sessionCookie(login).orElseThrow(() -> new AssertionError(login.headers().map()));
        assertCookieFlags(first, false);

        HttpResponse<String> loggedIn = http.login("manager", "manager");
        String second = sessionCookie(loggedIn).orElseThrow(() -> new AssertionError(loggedIn.headers().map()));
        assertCookieFlags(second, false);
        assertNotEquals(value(first), value(second), "a new session id at login");
    }

    @Test
    void overHttpsTheSessionCookieIsSecureToo() throws Exception {
        Http https = Http.https();
        HttpResponse<String> login = https.get("login.xhtml");
        assertCookieFlags(sessionCookie(login).orElseThrow(() -> new AssertionError(login.headers().map())), true);
        HttpResponse<String> loggedIn = https.login("manager", "manager");
        assertCookieFlags(sessionCookie(loggedIn).orElseThrow(() -> new AssertionError(loggedIn.headers().map())),
                true);
    }

    // --- what every response must carry

    private static void assertHeaders(String what, HttpResponse<?> response, boolean https) {
        assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), what);
        assertEquals(List.of("SAMEORIGIN"), response.headers().allValues("X-Frame-Options"), what);
        assertEquals(List.of("same-origin"), response.headers().allValues("Referrer-Policy"), what);
        assertEquals(1, response.headers().allValues("Content-Security-Policy").size(),
                () -> what + ": exactly one policy, not " + response.headers().allValues("Content-Security-Policy"));
        assertTrue(policy(response).contains("frame-ancestors 'self'"), what + ": " + policy(response));
        assertEquals(https, response.headers().firstValue("Strict-Transport-Security").isPresent(), what);
    }

    /** A page: the headers, the page policy, and nothing in the HTML that the policy would have to block. */
    private static void assertPage(String what, HttpResponse<String> response, boolean https) {
        assertHeaders(what, response, https);
        String policy = policy(response);
        Map<String, String> directives = directives(policy);
        assertEquals("'none'", directives.get("object-src"), what + ": " + policy);
        assertEquals("'self'", directives.get("base-uri"), what + ": " + policy);
        assertEquals("'self'", directives.get("form-action"), what + ": " + policy);
        String scriptSrc = directives.get("script-src");
        assertNotNull(scriptSrc, what + ": " + policy);
        assertFalse(scriptSrc.contains("unsafe-inline") || scriptSrc.contains("unsafe-eval") || scriptSrc.contains("*"),
                what + ": " + policy);
        Matcher nonce = NONCE.matcher(scriptSrc);
        assertTrue(nonce.find(), what + ": no nonce in " + policy);

        String html = response.body();
        Matcher script = SCRIPT.matcher(html);
        int scripts = 0;
        while (script.find()) {
            scripts++;
            String attributes = script.group(1);
            if (!attributes.contains(" src=")) {
                assertTrue(attributes.contains("nonce=\"" + nonce.group(1) + "\""),
                        () -> what + ": an inline script without the nonce: " + script.group());
            }
        }
        assertTrue(scripts > 0, what);
        String markup = SCRIPT.matcher(html).replaceAll("<script></script>");
        Matcher handler = INLINE_HANDLER.matcher(markup);
        if (handler.find()) {
            fail(what + ": an inline event handler: " + handler.group());
        }
        assertFalse(markup.toLowerCase().contains("javascript:"), what + ": a javascript: URL");
    }

    private static String policy(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Security-Policy").orElse("");
    }

    private static Map<String, String> directives(String policy) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.trim().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                directives.put(parts[0], parts.length > 1 ? parts[1].trim() : "");
            }
        }
        return directives;
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(html);
        Set<String> paths = new LinkedHashSet<>();
        while (link.find()) {
            // one link per page (a list links to many customers: one of them is enough)
            if (!link.group(1).contains("/jakarta.faces.resource/") && paths.add(link.group(1))) {
                links.add(link.group(1) + (link.group(2) == null ? "" : link.group(2).replace("&amp;", "&")));
            }
        }
        return links;
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .reduce((a, b) -> b);
    }

    private static void assertCookieFlags(String cookie, boolean secure) {
        Set<String> flags = List.of(cookie.split(";")).stream().skip(1).map(String::trim)
                .map(f -> f.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        assertTrue(flags.contains("httponly"), cookie);
        assertTrue(flags.contains("samesite=lax"), cookie);
        assertEquals(secure, flags.contains("secure"), cookie);
    }

    private static String value(String cookie) {
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    /** A client that keeps its cookies and does not follow redirects, as a browser tab would hold one session. */
    static final class Http {

        private static final Pattern VIEW_STATE = Pattern.compile(
                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        private static final Pattern CSP_INIT = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

        private final HttpClient client;
        private final String base;

        private Http(HttpClient client, String base) {
            this.client = client;
            this.base = base;
        }

        static Http plain() {
            return new Http(HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build(), BASE);
        }

        /** Over the test server's HTTPS listener (its self-signed certificate is trusted here, for the test only). */
        static Http https() throws Exception {
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            SSLParameters parameters = new SSLParameters();
            parameters.setEndpointIdentificationAlgorithm(null);
            return new Http(HttpClient.newBuilder().cookieHandler(new CookieManager()).sslContext(ssl)
                    .sslParameters(parameters).followRedirects(HttpClient.Redirect.NEVER).build(), HTTPS_BASE);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The login form filled in and sent as the browser sends it; answers the response to that post. */
        HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
            String page = get("login.xhtml").body();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:username", username);
            form.put("login:password", password);
            form.put("login:submit", "");
            Matcher viewState = VIEW_STATE.matcher(page);
            assertTrue(viewState.find(), page);
            form.put("jakarta.faces.ViewState", viewState.group(1));
            // PrimeFaces' script adds the page's nonce to every form; a post without it is refused
            Matcher nonce = CSP_INIT.matcher(page);
            if (nonce.find()) {
                form.put("primefaces.nonce", nonce.group(1));
            }
            HttpResponse<String> response = post("login.xhtml", form);
            assertEquals(302, response.statusCode(), () -> "login of " + username + ": " + response.body());
            return response;
        }
    }
}
