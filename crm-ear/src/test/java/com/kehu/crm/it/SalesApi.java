package com.kehu.crm.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A client of the sales-system REST interface, as the sales system would call it (HTTP BASIC, JSON). */
final class SalesApi {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private SalesApi() {
    }

    /** PUT of a JSON body to {@code api/<path>}; {@code user} null sends no credentials. */
    static HttpResponse<String> put(String path, String json, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE + "api/" + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return put(path, json, "sales", "sales");
    }

    /** POST of a CSV file to {@code api/<path>} as the demo user sales. */
    static HttpResponse<String> post(String path, String csv) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Browser.BASE + "api/" + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("sales:sales".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE + "api/" + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
