package com.kehu.crm.it.sso;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Keycloak (the distribution org.keycloak:keycloak-quarkus-dist, unpacked by the build) in development mode
 * on loopback, with the realm "kehu" imported from sso/kehu-realm.json. Keycloak needs Java 21 or later, for itself
 * only: the JDK named by the system property kehu.keycloak.java, else the newest one found in /usr/lib/jvm. Where
 * Keycloak or such a JDK is missing the tests are skipped, except on CI (CI=true), where that is a failure.
 */
final class Keycloak implements AutoCloseable {

    static final String REALM = "kehu";

    private final Process process;
    private final Path log;
    private final String url;

    private Keycloak(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Starts Keycloak with a fresh database and the test realm, and waits until the realm answers. */
    static Keycloak start() {
        Path home = Path.of(System.getProperty("kehu.keycloak.home", "target/keycloak"));
        Path realm = Path.of(System.getProperty("kehu.keycloak.realm", "target/test-classes/sso/kehu-realm.json"));
        int port = Integer.getInteger("kehu.keycloak.port", 18480);
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            missing("Keycloak not found at " + home.toAbsolutePath() + " (the build unpacks it before the sso tests)");
        }
        Path jdk = javaHome().orElse(null);
        if (jdk == null) {
            missing("No JDK 21 or later for Keycloak: set -Dkehu.keycloak.java=/path/to/jdk or install one in /usr/lib/jvm");
        }
        try {
            // a fresh database: the realm is imported at every start, as the file says
            deleteTree(home.resolve("data/h2"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve("kehu-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Path log = Files.createTempFile("keycloak", ".log");
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-host=127.0.0.1", "--import-realm")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", jdk.toString());
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            Keycloak keycloak = new Keycloak(builder.start(), log, "http://localhost:" + port);
            keycloak.awaitRealm();
            return keycloak;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The realm's issuer URL, what IT enters as oidc.provider-url. */
    String realmUrl() {
        return url + "/realms/" + REALM;
    }

    String baseUrl() {
        return url;
    }

    private void awaitRealm() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // start-dev first builds its configuration: minutes on a busy machine
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        URI wellKnown = URI.create(realmUrl() + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("Keycloak stopped while starting:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(wellKnown)
                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"issuer\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            OidcCli.sleep(3);
        }
        close();
        fail("Keycloak did not serve " + wellKnown + " in time:\n" + Files.readString(log));
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The JDK for Keycloak: kehu.keycloak.java, else the newest JDK 21+ in /usr/lib/jvm. */
    static Optional<Path> javaHome() {
        String configured = System.getProperty("kehu.keycloak.java", "");
        if (!configured.isBlank()) {
            Path home = Path.of(configured);
            return majorVersion(home) >= 21 ? Optional.of(home) : Optional.empty();
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(home -> majorVersion(home) >= 21)
                    .max(Comparator.comparingInt(Keycloak::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
            return 0;
        }
        try {
            Matcher m = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void missing(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why);
        }
        Assumptions.abort(why);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
