package com.kehu.crm.it.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What every company-login suite does to its running test server: applies a real script of {@code config/} with
 * jboss-cli, as IT would ({@code jboss-cli.sh --connect --file=... --properties=...}), reloads the server and waits
 * until Kehu CRM answers again. Also a free loopback port for the suite's own directory, KDC or provider.
 */
public final class ServerScripts {

    /** The repository's config/ folder: the scripts under test. */
    public static final Path CONFIG = Path.of(System.getProperty("kehu.config.dir", "../config"));
    /** Where the suites write their properties files, keytabs, krb5.conf. */
    public static final Path WORK = Path.of(System.getProperty("kehu.sso.work", "target/sso-it"));
    public static final String BASE = System.getProperty("kehu.url", "http://localhost:8080/crm/");

    private static final Path JBOSS_HOME = Path.of(System.getProperty("jboss.home", "target/wildfly"));
    private static final String CONTROLLER = "localhost:" + System.getProperty("kehu.management.port", "9990");
    private static final Duration TIMEOUT = Duration.ofMinutes(6);

    private ServerScripts() {
    }

    /** Runs {@code config/<script>} against the running test server, with {@code properties} as its parameters. */
    public static String apply(String script, Map<String, String> properties) {
        try {
            Files.createDirectories(WORK);
            Path file = WORK.resolve(Path.of(script).getFileName().toString().replace(".cli", ".properties"));
            StringBuilder text = new StringBuilder();
            properties.forEach((k, v) -> text.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
            Files.writeString(file, text, StandardCharsets.ISO_8859_1);
            return cli("--resolve-parameter-values", "--properties=" + file.toAbsolutePath(),
                    "--file=" + CONFIG.resolve(script).toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code config/<script>} (no parameters) against the running test server. */
    public static String apply(String script) {
        return cli("--file=" + CONFIG.resolve(script).toAbsolutePath());
    }

    /** One management command, e.g. {@code /subsystem=elytron/security-domain=kehu-domain:read-resource}. */
    public static String command(String command) {
        return cli("--command=" + command);
    }

    /** Reloads the server and waits until Kehu CRM's login page answers again. */
    public static void reloadAndWait() {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try {
            cli("--command=reload");
        } catch (IllegalStateException slow) {
            // The reload was accepted, but jboss-cli stopped waiting for the server to come back (a busy machine).
        }
        // Running again: the management interface answers "running" (not the server before the reload).
        boolean running = false;
        while (!running && System.nanoTime() < deadline) {
            try {
                running = cli("--command=:read-attribute(name=server-state)").contains("\"running\"");
            } catch (IllegalStateException booting) {
                // not answering yet
            }
            if (!running) {
                sleep(2000);
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (login.statusCode() == 200 && login.body().contains("login:username")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Kehu CRM did not answer within " + TIMEOUT + " after the reload");
    }

    /** A port nobody listens on, for a server the suite starts on the loopback interface. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cli(String... arguments) {
        List<String> command = new ArrayList<>(List.of(JBOSS_HOME.resolve("bin/jboss-cli.sh").toString(),
                "--connect", "--controller=" + CONTROLLER, "--timeout=30000"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", JBOSS_HOME.toString());
        // The scripts are UTF-8, whatever the machine's locale.
        builder.environment().put("JAVA_OPTS", "-Dfile.encoding=UTF-8 -Xmx128m");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jboss-cli " + String.join(" ", arguments) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
