package com.kehu.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Long jobs survive a killed server: a server of this test's own (the build's WildFly, configured as for the other
 * tests, on its own ports, files and node name; on the PostgreSQL run, the same database) runs a file import of
 * {@value #ROWS} products and a churn check of {@value #CUSTOMERS} customers at once, and is killed with
 * {@code kill -9} while both are half-way. Started again, it shows both as interrupted; restarted from their last
 * checkpoint they end with every product written exactly once (count and checksum of prices) and every customer
 * warned exactly once.
 * <p>
 * It runs in the PostgreSQL run, the production database, where the job repository uses the schema owner's
 * datasource (config/60-batch.cli) and so commits apart from the jobs' own work: the case that needs the jobs'
 * checkpoints in their own tables. Three server starts make it the slowest test, so the H2 run leaves it out; the
 * stop and restart from the last chunk are tested on both databases by {@code SalesFileImportIT}.
 */
@EnabledIfSystemProperty(named = "kehu.it.pg.url", matches = ".+",
        disabledReason = "runs in the PostgreSQL run (mvn verify -Ppostgresql), see the class comment")
class JobCrashIT {

    private static final int ROWS = 50_000;
    private static final int CUSTOMERS = 50_000;
    private static final long FIRST_CUSTOMER_ID = 1_900_000_000L;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(8);

    private final Path jbossHome = Path.of(System.getProperty("jboss.home"));
    private final Path work = Path.of(System.getProperty("kehu.it.crash.dir"));
    private final String pgUrl = System.getProperty("kehu.it.pg.url", "");
    private final int offset = Integer.getInteger("kehu.it.port.offset", 0) + 20;
    private final String base = "http://localhost:" + (8080 + offset) + "/crm/";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private Process server;

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            stop(server, false);
        }
        if (!pgUrl.isBlank()) {
            cleanUp();
        }
    }

    @Test
    void aKilledServersImportAndChurnCheckGoOnFromTheirCheckpointsWithoutLossOrDuplicate() throws Exception {
        prepare();
        // First start: the schema and the demo data; then the customers of the churn check, written directly.
        server = start();
        stop(server, true);
        insertCustomers();

        server = start();
        long importId = id(post("api/v1/imports/products?fileName=crash.csv", productsFile(), "text/csv"));
        String importBefore = waitFor("api/v1/imports/" + importId, body -> number(body, "processedRows") >= 3_000,
                "the import to be under way");
        long runId = id(post("api/v1/churn/runs", new byte[0], "application/json"));
        String runBefore = waitFor("api/v1/churn/runs/" + runId, body -> number(body, "customersDone") >= 500,
                "the churn check to be under way");
        importBefore = get("api/v1/imports/" + importId);
        kill(server);
        server = null;
        assertEquals("RUNNING", text(importBefore, "status"), "killed while the import ran: " + importBefore);
        assertEquals("RUNNING", text(runBefore, "status"), "killed while the check ran: " + runBefore);
        long importedAtKill = number(importBefore, "processedRows");
        assertTrue(importedAtKill < ROWS, "the import was half-way when killed: " + importBefore);

        server = start();
        String importAfterCrash = get("api/v1/imports/" + importId);
        String runAfterCrash = get("api/v1/churn/runs/" + runId);
        assertEquals("FAILED", text(importAfterCrash, "status"), importAfterCrash);
        assertEquals("FAILED", text(runAfterCrash, "status"), runAfterCrash);
        assertTrue(number(importAfterCrash, "processedRows") >= importedAtKill,
                "what was counted before the crash stays counted: " + importAfterCrash);

        post("api/v1/imports/" + importId + "/restart", new byte[0], "application/json");
        post("api/v1/churn/runs/" + runId + "/restart", new byte[0], "application/json");
        String imported = waitFor("api/v1/imports/" + importId, body -> !"RUNNING".equals(text(body, "status")),
                "the restarted import to end");
        String checked = waitFor("api/v1/churn/runs/" + runId, body -> !"RUNNING".equals(text(body, "status")),
                "the restarted check to end");
        assertEquals("DONE", text(imported, "status"), imported);
        assertEquals("DONE", text(checked, "status"), checked);
        // A row written twice would have been counted twice, the second time as unchanged.
        assertEquals(ROWS, number(imported, "processedRows"), imported);
        assertEquals(ROWS, number(imported, "created"), imported);
        assertEquals(0, number(imported, "unchanged"), imported);
        assertEquals(0, number(imported, "failedRows"), imported);

        stop(server, true);
        server = null;
        try (Connection db = connect()) {
            Object[] products = row(db, "SELECT COUNT(*), SUM(PRICE) FROM SALES_PRODUCT WHERE EXTERNAL_ID LIKE ?",
                    "K-" + run + "-%");
            assertEquals(ROWS, ((Number) products[0]).longValue(), "products written");
            BigDecimal expected = BigDecimal.valueOf((long) ROWS * (ROWS + 1) / 2).movePointLeft(2);
            assertEquals(0, expected.compareTo(new BigDecimal(products[1].toString())), "checksum of prices: "
                    + products[1]);
            Object[] warnings = row(db, "SELECT COUNT(*), COUNT(DISTINCT CUSTOMER_ID) FROM CHN_WARNING "
                    + "WHERE CUSTOMER_ID > ? AND CUSTOMER_ID <= ?", FIRST_CUSTOMER_ID, FIRST_CUSTOMER_ID + CUSTOMERS);
            assertEquals(CUSTOMERS, ((Number) warnings[0]).longValue(), "one warning per customer, none lost");
            assertEquals(CUSTOMERS, ((Number) warnings[1]).longValue(), "no customer warned twice");
        }
    }

    /** A base directory of its own: the configured configuration, Kehu CRM deployed. */
    private void prepare() throws IOException {
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path configuration = work.resolve("base/configuration");
        Files.createDirectories(configuration);
        Path source = jbossHome.resolve("standalone/configuration");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(source.resolve(System.getProperty("kehu.it.configured.config", "standalone.xml.configured")),
                configuration.resolve("standalone-crash.xml"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(work.resolve("base/deployments"));
        Files.copy(Path.of(System.getProperty("kehu.ear")), work.resolve("base/deployments/crm.ear"));
    }

    private Process start() throws Exception {
        List<String> command = new ArrayList<>(List.of(jbossHome.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-crash.xml",
                "-Djboss.server.base.dir=" + work.resolve("base"),
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.node.name=kehu-crash",
                "-Dkehu.data.dir=" + work.resolve("data"),
                "-Dkehu.mail.port=" + (2525 + offset),
                "-Dkehu.churn.chunk-size=100"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server.log").toFile()));
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true");
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        Process process = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the server stopped at start; see " + work.resolve("server.log"));
            }
            try {
                // The management interface's readiness, which includes Kehu's own database check.
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + (9990 + offset) + "/health/ready")).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("kehu-database")) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        stop(process, false);
        throw new AssertionError("the server did not start within " + START_TIMEOUT);
    }

    /** The server's java process and its script, killed at once (SIGKILL: nothing of the server runs on). */
    private static void kill(Process process) throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    /** A normal shutdown (SIGTERM), or a kill when {@code gracefully} is false or it takes too long. */
    private static void stop(Process process, boolean gracefully) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.toHandle().descendants().toList());
        if (gracefully) {
            all.forEach(ProcessHandle::destroy);
            for (ProcessHandle handle : all) {
                handle.onExit().completeOnTimeout(handle, 120, java.util.concurrent.TimeUnit.SECONDS).join();
            }
        }
        all.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    private byte[] productsFile() {
        StringBuilder file = new StringBuilder("externalId,name,model,batch,unit,price\n");
        for (int i = 1; i <= ROWS; i++) {
            file.append("K-").append(run).append('-').append(i).append(",断点产品").append(i).append(",M,B,个,")
                    .append(i / 100).append('.').append(String.format("%02d", i % 100)).append('\n');
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Customers created years ago who never ordered: each gets one warning from the check. */
    private void insertCustomers() throws SQLException {
        try (Connection db = connect()) {
            long manager = ((Number) row(db, "SELECT MIN(ID) FROM SEC_USER")[0]).longValue();
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO CST_CUSTOMER (ID, VERSION, CUSTOMER_NO, "
                    + "NAME, REGION, MANAGER_ID, CUSTOMER_LEVEL, ADDRESS, POSTCODE, PHONE, STATUS, CREATED_AT, "
                    + "CREATED_BY) VALUES (?, 0, ?, ?, 'EAST', ?, '1', '上海市', '200000', ?, 'NORMAL', ?, 'crash-test')")) {
                Timestamp longAgo = Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 9, 0));
                for (int i = 1; i <= CUSTOMERS; i++) {
                    insert.setLong(1, FIRST_CUSTOMER_ID + i);
                    insert.setString(2, "KX" + run + i);
                    insert.setString(3, "断点客户" + run + "-" + i);
                    insert.setLong(4, manager);
                    insert.setString(5, "021-" + i);
                    insert.setTimestamp(6, longAgo);
                    insert.addBatch();
                    if (i % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            db.commit();
        }
    }

    /** The PostgreSQL run shares its database with the other tests: what this test added goes. */
    private void cleanUp() throws SQLException {
        try (Connection db = connect()) {
            exec(db, "DELETE FROM CHN_WARNING WHERE CUSTOMER_ID > ? AND CUSTOMER_ID <= ?");
            exec(db, "DELETE FROM CST_CUSTOMER WHERE ID > ? AND ID <= ?");
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM SALES_PRODUCT WHERE EXTERNAL_ID LIKE ?")) {
                delete.setString(1, "K-" + run + "-%");
                delete.executeUpdate();
            }
        }
    }

    private static void exec(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, FIRST_CUSTOMER_ID);
            statement.setLong(2, FIRST_CUSTOMER_ID + CUSTOMERS);
            statement.executeUpdate();
        }
    }

    private Connection connect() throws SQLException {
        if (pgUrl.isBlank()) {
            return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data/kehu"), "kehu", "kehu");
        }
        return DriverManager.getConnection(pgUrl, System.getProperty("kehu.it.pg.app.user"),
                System.getProperty("kehu.it.pg.app.password"));
    }

    private static Object[] row(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                Object[] values = new Object[result.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = result.getObject(i + 1);
                }
                return values;
            }
        }
    }

    private String waitFor(String path, java.util.function.Predicate<String> done, String what) throws Exception {
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        String body = get(path);
        while (!done.test(body)) {
            if (System.nanoTime() > deadline) {
                fail("waited " + JOB_TIMEOUT + " for " + what + ": " + body);
            }
            if (!"RUNNING".equals(text(body, "status"))) {
                fail("ended before " + what + ": " + body);
            }
            Thread.sleep(20);
            body = get(path);
        }
        return body;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private String post(String path, byte[] body, String type) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(202, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json").header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
    }

    private static long id(String body) {
        return number(body, "id");
    }

    private static long number(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?\\d+)").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no " + field + " in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private static String text(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        return m.find() ? m.group(1) : null;
    }
}
