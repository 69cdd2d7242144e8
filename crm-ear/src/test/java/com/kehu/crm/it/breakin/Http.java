package com.kehu.crm.it.breakin;

import com.kehu.crm.it.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A hand-driven HTTP client as an attacker would use it: it sends exactly the cookies, headers and form fields it is
 * told to (a cookie jar of its own, no redirects followed), so that forged requests can be made.
 */
final class Http {

    /** The application's base URL, e.g. {@code http://localhost:8080/crm/}. */
    static final String BASE = Browser.BASE;
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(20)).build();

    final Map<String, String> cookies = new LinkedHashMap<>();

    record Answer(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        List<String> all(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        /** The JSESSIONID Set-Cookie header of this answer, or null. */
        String sessionCookie() {
            return all("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(null);
        }

        String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            return m.find() ? m.group(1).replace("&#58;", ":").replace("&amp;", "&") : null;
        }

        /** PrimeFaces' Content-Security-Policy nonce of this page, which its script adds to every form it posts. */
        String cspNonce() {
            Matcher m = CSP_NONCE.matcher(body);
            return m.find() ? m.group(1) : null;
        }

        /** A page of the application for a logged-in user (its top bar with the logout button). */
        boolean isApplicationPage() {
            return status == 200 && body.contains("topbarForm:logout");
        }

        boolean isLoginForm() {
            return body.contains("login:username");
        }
    }

    Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    Answer post(String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    Answer put(String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    Answer postForm(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return post(path, "application/x-www-form-urlencoded", body, headers);
    }

    /**
     * The login form as a browser submits it: the login page's view state (unless {@code viewState} replaces it:
     * null leaves it out), user name and password. Returns the answer to the POST.
     */
    Answer submitLogin(String username, String password, java.util.function.UnaryOperator<String> viewState) {
        Answer page = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        String state = viewState.apply(page.viewState());
        if (state != null) {
            form.put("jakarta.faces.ViewState", state);
        }
        if (page.cspNonce() != null) {
            form.put("primefaces.nonce", page.cspNonce());
        }
        return postForm("login.xhtml", form);
    }

    Answer login(String username, String password) {
        return submitLogin(username, password, s -> s);
    }

    /** Whether this client's session is logged in: the home page is shown, not the login form. */
    boolean loggedIn() {
        return get("index.xhtml").isApplicationPage();
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : BASE + path);
    }

    private Answer send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        boolean cookieGiven = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            cookieGiven |= headers[i].equalsIgnoreCase("Cookie");
        }
        if (!cookies.isEmpty() && !cookieGiven) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        request.timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
