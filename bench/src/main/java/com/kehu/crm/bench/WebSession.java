package com.kehu.crm.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A logged-in browser session of Kehu CRM over HTTP, speaking the Faces form and ajax protocol. */
final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState[^>]*value=\"([^\"]+)\"");
    private static final Pattern AJAX_VIEW_STATE =
            Pattern.compile("<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final String base;
    /** The Content-Security-Policy nonce of the last page: PrimeFaces refuses a post of that page without it. */
    private String nonce;

    /** Logs in as {@code user} through the login page (the form, as a browser does). */
    WebSession(String base, String user, String password) throws Exception {
        this.base = base;
        String login = get("login.xhtml");
        String home = post("login.xhtml", Map.of("login", "login", "login:username", user, "login:password", password,
                "login:submit", "", "jakarta.faces.ViewState", viewState(login)), false);
        if (home.contains("login:password")) {
            throw new IllegalStateException("login as " + user + " refused");
        }
    }

    String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": HTTP " + r.statusCode());
        }
        Matcher m = NONCE.matcher(r.body());
        if (m.find()) {
            nonce = m.group(1);
        }
        return r.body();
    }

    /** A Faces ajax request of the view whose state is {@code viewState}; returns the partial response. */
    String ajax(String path, Map<String, String> params, String viewState) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.putAll(params);
        form.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        String response = post(path, form, true);
        if (response.contains("<error>")) {
            throw new IllegalStateException(path + ": " + response.substring(0, Math.min(500, response.length())));
        }
        return response;
    }

    String post(String path, Map<String, String> form, boolean ajax) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": HTTP " + r.statusCode());
        }
        return r.body();
    }

    /** The view state of a full page. */
    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no view state in the page (not logged in?)");
        }
        return m.group(1).replace("&#58;", ":");
    }

    /** The view state an ajax response hands back, or {@code current} when it has none. */
    static String viewState(String partialResponse, String current) {
        Matcher m = AJAX_VIEW_STATE.matcher(partialResponse);
        return m.find() ? m.group(1) : current;
    }
}
