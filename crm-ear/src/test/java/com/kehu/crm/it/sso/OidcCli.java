package com.kehu.crm.it.sso;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of Kehu CRM's configuration scripts (config/...) against the running test server with the server's own
 * jboss-cli, as IT would, and reloads the server. The scripts and their properties are the documented ones.
 */
final class OidcCli {

    private static final Path JBOSS_HOME = Path.of(System.getProperty("jboss.home", "target/wildfly"));
    private static final Path CONFIG = Path.of(System.getProperty("kehu.config.dir", "../config"));
    private static final String CONTROLLER = "localhost:" + System.getProperty("kehu.management.port", "9990");

    private OidcCli() {
    }

    /** Runs config/{@code script} with {@code properties} (--properties, --resolve-parameter-values). */
    static String run(String script, Map<String, String> properties) {
        Path file = CONFIG.resolve(script);
        if (!Files.isRegularFile(file)) {
            fail("No such configuration script: " + file.toAbsolutePath());
        }
        List<String> command = new ArrayList<>(List.of("--file=" + file.toAbsolutePath()));
        Path props = null;
        try {
            if (!properties.isEmpty()) {
                props = Files.createTempFile("kehu-cli", ".properties");
                Properties p = new Properties();
                p.putAll(properties);
                try (var out = Files.newBufferedWriter(props, StandardCharsets.UTF_8)) {
                    p.store(out, null);
                }
                command.add(0, "--properties=" + props);
                command.add(0, "--resolve-parameter-values");
            }
            return cli(command);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            if (props != null) {
                props.toFile().delete();
            }
        }
    }

    /** Reloads the server and waits until Kehu CRM answers again at {@code kehuUrl}. */
    static void reload(String kehuUrl) {
        cli(List.of("--command=reload"));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        int status = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                status = http.send(HttpRequest.newBuilder(URI.create(kehuUrl + "login.xhtml"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 400) {
                    return;
                }
            } catch (IOException e) {
                // still reloading
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(2);
        }
        fail("Kehu CRM did not come back after the reload (last status " + status + ")");
    }

    private static String cli(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(JBOSS_HOME.resolve("bin/jboss-cli.sh").toString(),
                "--connect", "--controller=" + CONTROLLER, "--timeout=120000"));
        command.addAll(arguments);
        try {
            Path log = Files.createTempFile("kehu-cli", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("jboss-cli did not finish: " + command);
            }
            String output = Files.readString(log);
            Files.delete(log);
            if (process.exitValue() != 0 || output.contains("\"outcome\" => \"failed\"")) {
                fail("jboss-cli failed (" + process.exitValue() + "): " + command + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
