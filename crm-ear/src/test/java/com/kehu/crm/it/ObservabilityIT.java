package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.kehu.crm.churn.boundary.ChurnCheckService;
import com.kehu.crm.churn.control.ChurnCheck;
import com.kehu.crm.churn.dto.ChurnRunView;
import com.kehu.crm.sales.boundary.SalesFileImportService;
import com.kehu.crm.sales.dto.CsvKind;
import com.kehu.crm.sales.dto.ImportJobRow;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What IT's load balancer and monitoring see on the management interface (config/50-observability.cli): readiness
 * with Kehu CRM's database check, going DOWN while the database refuses connections and UP again after; liveness;
 * and the Prometheus endpoint with the request counts, the KehuDS pool, the active sessions and the counters of the
 * churn check's and the sales import's runs.
 * <p>
 * Runs inside the server (it needs Kehu CRM's own datasource to make the database refuse connections) and calls the
 * endpoints over HTTP like a load balancer would, on the ports of the server it runs in.
 */
@ExtendWith(ArquillianExtension.class)
class ObservabilityIT {

    /** The database check's name, as IT's monitoring sees it (README; DatabaseReadinessCheck). */
    private static final String DATABASE_CHECK = "kehu-database";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** One sample line of the Prometheus text format: name, optional labels, value. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*})?\\s+(\\S+)$");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ObservabilityIT.class);
    }

    @EJB
    private ChurnCheckService checks;
    @EJB
    private SalesFileImportService imports;
    private static final String MIGRATION_DATASOURCE = "java:jboss/datasources/KehuMigrationDS";

    @Resource(lookup = "java:jboss/datasources/KehuDS")
    private DataSource dataSource;

    @Test
    void readyAndLiveAnswerUpAndReadinessListsKehusDatabaseCheck() throws Exception {
        HttpResponse<String> ready = get(management("/health/ready"));
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = json(ready.body());
        assertEquals("UP", health.getString("status"), ready.body());
        JsonObject database = check(health, DATABASE_CHECK);
        assertEquals("UP", database.getString("status"), ready.body());
        assertEquals("KehuDS", database.getJsonObject("data").getString("datasource"), ready.body());

        HttpResponse<String> live = get(management("/health/live"));
        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", json(live.body()).getString("status"), live.body());
        assertTrue(json(live.body()).getJsonArray("checks").stream()
                .noneMatch(c -> DATABASE_CHECK.equals(c.asJsonObject().getString("name"))),
                "liveness must not depend on the database: " + live.body());
    }

    /**
     * The database refuses every new connection and drops the pool's (H2: exclusive mode for this test's own
     * connection; PostgreSQL: Kehu's user loses the right to connect and the others are ended), which is what the server
     * sees when the database goes away; this test's connection then lets it in again.
     */
    @Test
    void aDatabaseThatRefusesConnectionsMakesReadinessDownNamingTheCheckAndUpAgainAfter() throws Exception {
        try (Connection own = owner().getConnection()) {
            String product = own.getMetaData().getDatabaseProductName();
            Outage outage = switch (product) {
                case "H2" -> new H2Outage(own);
                case "PostgreSQL" -> new PostgreSqlOutage(own, applicationUser());
                default -> throw new AssertionError("No way to make " + product + " refuse connections in this test");
            };
            HttpResponse<String> down;
            outage.begin();
            try {
                down = get(management("/health/ready"));
            } finally {
                outage.end();
            }
            assertEquals(503, down.statusCode(), down.body());
            JsonObject health = json(down.body());
            assertEquals("DOWN", health.getString("status"), down.body());
            assertEquals("DOWN", check(health, DATABASE_CHECK).getString("status"), down.body());
            assertEquals("UP", check(health, "deployments-status").getString("status"),
                    "only the database is down: " + down.body());
        }

        HttpResponse<String> again = get(management("/health/ready"));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("UP", check(json(again.body()), DATABASE_CHECK).getString("status"), again.body());
    }

    @Test
    void metricsShowRequestsPoolSessionsAndCountTheChurnAndImportRuns() throws Exception {
        // A visitor: the login page (a session for its form), then a page that needs the login.
        HttpResponse<String> page = get(application("login.xhtml"));
        assertEquals(200, page.statusCode());
        get(application("customer/list.xhtml"));

        Map<String, Double> before = metrics();
        String churnDone = series(ChurnCheck.RUNS_METRIC, "_seconds_count", "trigger=\"manual\"", "outcome=\"done\"");
        String importDone = series(SalesFileImportService.RUNS_METRIC, "_seconds_count", "kind=\"products\"",
                "outcome=\"done\"");

        ChurnRunView run = as("admin", () -> checks.runNow());
        assertEquals("DONE", run.status().name());
        ImportJobRow job = finished(as("admin", () -> imports.start(CsvKind.PRODUCTS, "metrics.csv",
                new ByteArrayInputStream((String.join(",", CsvKind.PRODUCTS.columns()) + "\nMET-" + UUID.randomUUID()
                        + ",指标产品,M,B,个,1.00\n").getBytes(StandardCharsets.UTF_8)), Locale.ENGLISH)));
        assertEquals("DONE", job.status().name());

        Map<String, Double> after = metrics();
        assertEquals(sum(before, churnDone) + 1, sum(after, churnDone), "churn runs " + churnDone);
        assertEquals(sum(before, importDone) + 1, sum(after, importDone), "import runs " + importDone);
        assertTrue(sum(after, series(ChurnCheck.RUNS_METRIC, "_seconds_sum", "outcome=\"done\"")) > 0,
                "churn run time");
        assertTrue(has(after, series(ChurnCheck.RUNS_METRIC, ".last.seconds")), "last churn run's duration");

        // Requests of Kehu CRM's web module, counted by the server (Undertow statistics).
        String webRequests = "request_count_total\\{.*subdeployment=\"crm-web.war\"";
        assertTrue(sum(after, webRequests) >= 2, () -> "requests of crm-web.war: " + matching(after, "request_count"));
        assertTrue(has(after, "request_count_total\\{.*type=\"http-listener\""),
                () -> "requests of the HTTP listener: " + matching(after, "request_count"));
        // Kehu CRM's connection pool (datasource statistics).
        assertTrue(has(after, "datasources_pool_(available|active)_count\\{.*KehuDS"),
                () -> "KehuDS pool: " + matching(after, "datasources_pool"));
        assertTrue(sum(after, "datasources_pool_created_count\\{.*KehuDS") >= 1,
                () -> "KehuDS pool: " + matching(after, "datasources_pool"));
        // Sessions of the web module: at least the visitor's.
        assertTrue(sum(after, "active_sessions\\{.*subdeployment=\"crm-web.war\"") >= 1,
                () -> "sessions: " + matching(after, "sessions"));
    }

    // --- the database outage ---------------------------------------------------------------------------------------

    private interface Outage {
        void begin() throws SQLException;

        void end() throws SQLException;
    }

    /** H2's exclusive mode 2: every other connection closed, new ones refused, until this one ends it. */
    private record H2Outage(Connection own) implements Outage {
        public void begin() throws SQLException {
            execute(own, "SET EXCLUSIVE 2");
        }

        public void end() throws SQLException {
            execute(own, "SET EXCLUSIVE 0");
        }
    }

    /**
     * The database's owner as this test's connection: the migration datasource where the server has one (the
     * application's own user may then not end other connections), else the application's.
     */
    private DataSource owner() {
        try {
            return (DataSource) new InitialContext().lookup(MIGRATION_DATASOURCE);
        } catch (NamingException absent) {
            return dataSource;
        }
    }

    private String applicationUser() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * The application's user may no longer connect to the database (the owner revokes that from it and from PUBLIC;
     * PostgreSQL refuses to disallow connections to the current database outright), and the pool's connections are
     * ended (the owner is a member of the application's role, see .ci/postgresql.sh); the privilege is granted back.
     */
    private record PostgreSqlOutage(Connection own, String applicationUser) implements Outage {
        public void begin() throws SQLException {
            execute(own, "REVOKE CONNECT ON DATABASE " + name() + " FROM PUBLIC, " + role());
            try (PreparedStatement end = own.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND pid <> pg_backend_pid() AND usename = ?")) {
                end.setString(1, applicationUser);
                end.executeQuery().close();
            }
        }

        public void end() throws SQLException {
            execute(own, "GRANT CONNECT ON DATABASE " + name() + " TO PUBLIC, " + role());
        }

        private String role() throws SQLException {
            try (PreparedStatement s = own.prepareStatement("SELECT quote_ident(?)")) {
                s.setString(1, applicationUser);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        }

        private String name() throws SQLException {
            try (Statement s = own.createStatement();
                 ResultSet rs = s.executeQuery("SELECT quote_ident(current_database())")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    // --- HTTP and the answers' formats --------------------------------------------------------------------------------

    /** The server's port offset (the tests run beside other servers), as the server itself was started with. */
    private static int portOffset() {
        return Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }

    private static URI management(String path) {
        return URI.create("http://localhost:" + (9990 + portOffset()) + path);
    }

    private static URI application(String path) {
        return URI.create("http://localhost:" + (8080 + portOffset()) + "/crm/" + path);
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> name.equals(c.getString("name"))).findFirst()
                .orElseGet(() -> fail("no check " + name + " in " + health));
    }

    /** Every sample of the Prometheus endpoint, by its name and labels. */
    private static Map<String, Double> metrics() throws Exception {
        HttpResponse<String> response = get(management("/prometheus"));
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Double> samples = new LinkedHashMap<>();
        response.body().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(line -> {
            Matcher m = SAMPLE.matcher(line);
            assertTrue(m.matches(), line);
            samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.valueOf(m.group(3)));
        });
        return samples;
    }

    /** A pattern for the samples of a meter (Micrometer's name, Prometheus' suffix) having all these labels. */
    private static String series(String meter, String suffix, String... labels) {
        StringBuilder pattern = new StringBuilder("^").append(Pattern.quote((meter + suffix).replace('.', '_')));
        for (String label : labels) {
            pattern.append("(?=\\{(?:.*,)?").append(Pattern.quote(label)).append("[,}])");
        }
        return pattern.append("(\\{|$)").toString();
    }

    private static Predicate<String> matcher(String pattern) {
        Pattern p = Pattern.compile(pattern);
        return key -> p.matcher(key).find();
    }

    private static double sum(Map<String, Double> samples, String pattern) {
        return samples.entrySet().stream().filter(e -> matcher(pattern).test(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    private static boolean has(Map<String, Double> samples, String pattern) {
        return samples.keySet().stream().anyMatch(matcher(pattern));
    }

    private static String matching(Map<String, Double> samples, String part) {
        return samples.entrySet().stream().filter(e -> e.getKey().contains(part)).map(Object::toString).toList()
                .toString();
    }

    private ImportJobRow finished(long id) throws Exception {
        ImportJobRow job = as("admin", () -> imports.get(id));
        while (job.running()) {
            Thread.sleep(100);
            job = as("admin", () -> imports.get(id));
        }
        return job;
    }
}
