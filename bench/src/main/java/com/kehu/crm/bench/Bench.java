package com.kehu.crm.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Kehu CRM benchmarks, against the running application and its database: the embedded H2 (the server started with
 * AUTO_SERVER=TRUE) or PostgreSQL ({@code -Dkehu.jdbc.url}); see bench/README.md.
 * <ul>
 * <li>{@code generate N}: adds the data set of N customers ({@link Generator}).</li>
 * <li>{@code customers}: times the customer list's page requests through the application (HTTP, the real Faces
 * page and its lazy table's ajax requests) and the same SQL over JDBC on the same database, in the same run, and
 * prints both in milliseconds with the ratio application / raw SQL.</li>
 * <li>{@code churn}: the churn check through the application against the same detection in one SQL statement
 * ({@link ChurnBench}).</li>
 * <li>{@code reports}: the reports and the home page through the application against their SQL
 * ({@link ReportBench}).</li>
 * <li>{@code imports}: the sales file import (a Jakarta Batch job) against the same rows inserted over JDBC in
 * batches ({@link ImportBench}).</li>
 * </ul>
 */
public final class Bench {

    private final String jdbcUrl;
    private final String baseUrl;

    private Bench(String jdbcUrl, String baseUrl) {
        this.jdbcUrl = jdbcUrl;
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        String dataDir = System.getProperty("kehu.data.dir", System.getProperty("user.home") + "/.kehu-crm/data");
        // The embedded H2 of a server started with AUTO_SERVER=TRUE, or any database by its JDBC URL (PostgreSQL).
        String jdbcUrl = System.getProperty("kehu.jdbc.url", "jdbc:h2:file:" + dataDir + "/kehu;AUTO_SERVER=TRUE");
        String url = System.getProperty("kehu.url", "http://localhost:8080/crm/");
        Bench bench = new Bench(jdbcUrl, url);
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "generate" -> {
                try (Connection c = bench.connect()) {
                    new Generator(c).generate(args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
                }
            }
            case "reports" -> {
                try (Connection c = bench.connect()) {
                    new ReportBench(c, url).run();
                }
            }
            case "imports" -> {
                try (Connection c = bench.connect()) {
                    new ImportBench(c, url).run(Integer.getInteger("kehu.bench.lines", 1_000_000));
                }
            }
            case "customers" -> bench.customers();
            case "churn" -> {
                try (Connection c = bench.connect()) {
                    new ChurnBench(c, url).run(Integer.getInteger("kehu.churn.threshold-months", 6));
                }
            }
            default -> System.out.println("usage: generate [N] | customers | churn | reports | imports");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, System.getProperty("kehu.jdbc.user", "kehu"),
                System.getenv().getOrDefault("KEHU_DB_PASSWORD", "kehu"));
    }

    // --------------------------------------------------------------------------------------------------- customers

    // The SQL EclipseLink sends for the customer list (copied from its log with eclipselink.logging.level.sql=FINE):
    // one count when the filters change, the page's ids read along an index, then the page's rows by id.
    private static final String COUNT = "SELECT COUNT(ID) FROM CST_CUSTOMER";
    private static final String IDS = "SELECT ID AS a1 FROM CST_CUSTOMER";
    private static final String ROWS = "SELECT t0.ID, t0.CUSTOMER_NO, t0.NAME, t0.REGION, t0.CUSTOMER_LEVEL, "
            + "t1.DISPLAY_NAME, t0.PHONE, t0.SATISFACTION, t0.CREDIT, t0.STATUS FROM     CST_CUSTOMER t0 LEFT OUTER JOIN "
            + "SEC_USER t1 ON (t1.ID = t0.MANAGER_ID)  WHERE (t0.ID IN (";
    private static final String NAME_PREFIX = " WHERE NAME LIKE ? ESCAPE '\\'";
    private static final String PAGE = " LIMIT ? OFFSET ?";
    private static final int ROWS_PER_PAGE = 20;

    /** One scenario: how the page asks, and the SQL the application sends for it (count only when it counts). */
    private record Scenario(String name, Map<String, String> ajax, String count, Object[] countParams, String ids,
                            Object[] idsParams) {
    }

    private void customers() throws Exception {
        long total;
        try (Connection c = connect()) {
            total = Generator.longs(c, "SELECT COUNT(*) FROM CST_CUSTOMER").get(0);
        }
        String prefix = "上海恒";
        long deep = Math.max(0, total / 2 / ROWS_PER_PAGE * ROWS_PER_PAGE);
        // Each scenario starts from a freshly opened list (default order: customer number, no filter).
        List<Scenario> scenarios = List.of(
                new Scenario("first page (open the list)", null, COUNT, new Object[0],
                        IDS + " ORDER BY CUSTOMER_NO ASC" + PAGE, new Object[] {ROWS_PER_PAGE, 0}),
                new Scenario("deep page (row " + deep + ")", Map.of("kind", "page", "first", String.valueOf(deep)),
                        null, null, IDS + " ORDER BY CUSTOMER_NO ASC" + PAGE, new Object[] {ROWS_PER_PAGE, deep}),
                new Scenario("name prefix " + prefix, Map.of("kind", "search", "name", prefix),
                        COUNT + NAME_PREFIX, new Object[] {prefix + "%"},
                        IDS + NAME_PREFIX + " ORDER BY CUSTOMER_NO ASC" + PAGE,
                        new Object[] {prefix + "%", ROWS_PER_PAGE, 0}),
                new Scenario("sort by region", Map.of("kind", "sort", "column", "colRegion"), null, null,
                        IDS + " ORDER BY REGION ASC, ID ASC" + PAGE, new Object[] {ROWS_PER_PAGE, 0}));

        System.out.printf(Locale.ROOT, "Kehu CRM customer list, %,d customers; median of %d runs after %d warm-ups%n",
                total, Measure.RUNS, Measure.WARM_UP);
        System.out.printf(Locale.ROOT, "%-34s %12s %12s %8s%n", "scenario", "app ms", "raw SQL ms", "ratio");
        try (Connection c = connect()) {
            ListPage session = new ListPage(new WebSession(baseUrl, "admin", "admin"));
            for (Scenario s : scenarios) {
                session.open();
                double app = Measure.median(() -> session.request(s));
                double raw = Measure.median(() -> raw(c, s));
                System.out.printf(Locale.ROOT, "%-34s %12.1f %12.1f %8.2f%n", s.name(), app, raw, app / raw);
            }
        }
    }

    /** The scenario's SQL over JDBC, reading every column of every row, as the application does. */
    private static void raw(Connection c, Scenario s) throws SQLException {
        if (s.count() != null) {
            Measure.read(c, s.count(), s.countParams());
        }
        List<Object> ids = Measure.read(c, s.ids(), s.idsParams());
        if (!ids.isEmpty()) {
            Measure.read(c, ROWS + ids.stream().map(id -> "?").collect(Collectors.joining(",")) + "))", ids.toArray());
        }
    }

    /** The customer list page of a logged-in session. */
    private static final class ListPage {

        private final WebSession session;
        private String viewState;

        ListPage(WebSession session) {
            this.session = session;
        }

        /** Opens the list afresh: a new view, default order, no filter. */
        void open() throws Exception {
            viewState = WebSession.viewState(session.get("customer/list.xhtml"));
        }

        void request(Scenario s) throws Exception {
            if (s.ajax() == null) {
                open();
                return;
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("f", "f");
            switch (s.ajax().get("kind")) {
                case "sort" -> {
                    form.put("jakarta.faces.source", "f:customers");
                    form.put("jakarta.faces.partial.execute", "f:customers");
                    form.put("jakarta.faces.partial.render", "f:customers");
                    form.put("jakarta.faces.behavior.event", "sort");
                    form.put("jakarta.faces.partial.event", "sort");
                    form.put("f:customers_sorting", "true");
                    form.put("f:customers_skipChildren", "true");
                    form.put("f:customers_encodeFeature", "true");
                    form.put("f:customers_sortKey", "f:customers:" + s.ajax().get("column"));
                    form.put("f:customers_sortDir", "1");
                }
                case "page" -> {
                    form.put("jakarta.faces.source", "f:customers");
                    form.put("jakarta.faces.partial.execute", "f:customers");
                    form.put("jakarta.faces.partial.render", "f:customers");
                    form.put("jakarta.faces.behavior.event", "page");
                    form.put("jakarta.faces.partial.event", "page");
                    form.put("f:customers_pagination", "true");
                    form.put("f:customers_first", s.ajax().get("first"));
                    form.put("f:customers_rows", String.valueOf(ROWS_PER_PAGE));
                    form.put("f:customers_skipChildren", "true");
                    form.put("f:customers_encodeFeature", "true");
                }
                default -> {
                    form.put("jakarta.faces.source", "f:search");
                    form.put("jakarta.faces.partial.execute", "f:search f:searchPanel");
                    form.put("jakarta.faces.partial.render", "f:customers");
                    form.put("f:search", "f:search");
                    form.put("f:sName", s.ajax().get("name"));
                }
            }
            String response = session.ajax("customer/list.xhtml", form, viewState);
            if (!response.contains("f:customers")) {
                throw new IllegalStateException("unexpected response: " + response.substring(0, Math.min(500, response.length())));
            }
            viewState = WebSession.viewState(response, viewState);
        }
    }
}
