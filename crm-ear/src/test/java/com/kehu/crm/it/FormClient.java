package com.kehu.crm.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser reduced to HTTP: its own cookies, no redirects followed, requests built by hand (the login form posted
 * with a real, a forged or no view state). Works from the test JVM and from inside the server (tests that also
 * change users through the business tier).
 */
final class FormClient {

    /** PrimeFaces' Content-Security-Policy nonce of a page, which its script adds to every form it posts. */
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** What a login attempt led to. */
    enum Outcome { LOGGED_IN, FAILED, LOCKED, THROTTLED, OTHER }

    private final String base;
    private final HttpClient http;
    /** The nonce of the login page this client opened last (null: none opened). */
    private String cspNonce;

    FormClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The application's URL inside the server (tests running in WildFly, with the build's port offset). */
    static String baseInsideServer() {
        return "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/crm/";
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
        return http.send(request(path).header(header, value).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The view state of a freshly opened login page (which also starts this client's session). */
    String openLoginPage() throws IOException, InterruptedException {
        HttpResponse<String> page = get("login.xhtml");
        Matcher m = VIEW_STATE.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no login form: " + page.statusCode() + " " + page.body());
        }
        Matcher nonce = CSP_NONCE.matcher(page.body());
        cspNonce = nonce.find() ? nonce.group(1) : null;
        return m.group(1);
    }

    /** Logs in through the form as a browser does: login page first, then the form posted with its view state. */
    HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        return postLogin(username, password, openLoginPage());
    }

    /** Posts the login form with {@code viewState} (null: without any). */
    HttpResponse<String> postLogin(String username, String password, String viewState)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        if (cspNonce != null) {
            // as the page's script does: PrimeFaces refuses a post without the nonce of the page it came from
            form.put("primefaces.nonce", cspNonce);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post("login.xhtml", "application/x-www-form-urlencoded", body);
    }

    static Outcome outcome(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() == 302 && !location.contains("login.xhtml")) {
            return Outcome.LOGGED_IN;
        }
        String body = response.body();
        if (body.contains("此地址登录失败次数过多")) {
            return Outcome.THROTTLED;
        }
        if (body.contains("账户已锁定")) {
            return Outcome.LOCKED;
        }
        if (body.contains("用户名或密码错误")) {
            return Outcome.FAILED;
        }
        return Outcome.OTHER;
    }

    /** Whether this client's session is logged in: a page opens (and not the login form instead). */
    boolean loggedIn(String page) throws IOException, InterruptedException {
        HttpResponse<String> response = get(page);
        return response.statusCode() == 200 && !response.body().contains("login:username");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "zh-CN");
    }
}
