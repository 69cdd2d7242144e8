package com.kehu.crm.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Kehu CRM benchmarks, against the running application and its embedded H2 database (see bench/README.md).
 * <ul>
 * <li>{@code generate N}: adds N customers (with one contact each) in batched inserts, for scale tests.</li>
 * <li>{@code customers}: times the customer list's page requests through the application (HTTP, the real Faces
 * page and its lazy table's ajax requests) and the same SQL over JDBC on the same database, in the same run, and
 * prints both in milliseconds with the ratio application / raw SQL.</li>
 * <li>{@code churn}: the churn check through the application against the same detection in one SQL statement
 * ({@link ChurnBench}).</li>
 * </ul>
 */
public final class Bench {

    private static final int WARM_UP = 3;
    private static final int RUNS = 11;

    private final String jdbcUrl;
    private final String baseUrl;

    private Bench(String dataDir, String baseUrl) {
        this.jdbcUrl = "jdbc:h2:file:" + dataDir + "/kehu;AUTO_SERVER=TRUE";
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) throws Exception {
        String dataDir = System.getProperty("kehu.data.dir", System.getProperty("user.home") + "/.kehu-crm/data");
        String url = System.getProperty("kehu.url", "http://localhost:8080/crm/");
        Bench bench = new Bench(dataDir, url);
        String command = args.length == 0 ? "help" : args[0];
        switch (command) {
            case "generate" -> bench.generate(args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
            case "customers" -> bench.customers();
            case "churn" -> {
                try (Connection c = bench.connect()) {
                    new ChurnBench(c, url).run(Integer.getInteger("kehu.churn.threshold-months", 6));
                }
            }
            default -> System.out.println("usage: generate [N] | customers | churn");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "kehu", System.getenv().getOrDefault("KEHU_DB_PASSWORD", "kehu"));
    }

    // ---------------------------------------------------------------------------------------------------- generate

    private static final String CITIES = "北京上海广州深圳杭州南京成都重庆武汉西安天津苏州长沙郑州青岛沈阳宁波厦门合肥昆明";
    private static final String WORDS = "恒华信达通盛泰安宏远创新联合金银光明天地海山东西南北中星辰龙";
    private static final String TRADES = "科技贸易实业电子物流医药机械食品建材软件";
    private static final String REGIONS = "ARRAY['NORTH', 'NORTHEAST', 'EAST', 'CENTRAL', 'SOUTH', 'SOUTHWEST', 'NORTHWEST']";
    /** Rows per INSERT ... SELECT statement and transaction: bounded, so the database never holds a giant one. */
    private static final int CHUNK = 100_000;
    private static final int PRODUCTS = 2_000;
    private static final int ORDERS_PER_CUSTOMER = 4;
    private static final int LINES_PER_CUSTOMER = 10;

    /**
     * Adds {@code count} customers, each with one contact, four orders and ten order lines (2.5 per order), and two
     * thousand products if there are fewer. Set-based: each chunk is one {@code INSERT ... SELECT} over H2's
     * {@code SYSTEM_RANGE}, so the rows are made inside the database instead of crossing the connection one by one.
     * Seven customers in ten ordered within the last 170 days; the other three last ordered more than 190 days ago
     * and are the churn check's candidates.
     */
    private void generate(int count) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            List<Long> managers = longs(c, "SELECT u.ID FROM SEC_USER u JOIN SEC_USER_ROLE ur ON ur.USER_ID = u.ID "
                    + "JOIN SEC_ROLE r ON r.ID = ur.ROLE_ID WHERE r.CODE = 'manager' ORDER BY u.ID");
            if (managers.isEmpty()) {
                throw new IllegalStateException("Start Kehu CRM once first: no customer manager in " + jdbcUrl);
            }
            try (Statement st = c.createStatement()) {
                // H2's page cache (default 16 MB) is far smaller than the indexes of a million customers: with it,
                // most index inserts read pages from disk. 768 MB for the run (the database's setting, until restart).
                st.execute("SET CACHE_SIZE 786432");
                // The generated rows refer only to rows made just before (customers, orders, products): checking each
                // reference would look up another table per row. Switched on again at the end (H2 does not re-check).
                st.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
            String managerArray = managers.stream().map(String::valueOf).collect(Collectors.joining(", ", "ARRAY[", "]"));
            long base = 1_000_000L + longs(c, "SELECT GREATEST((SELECT COALESCE(MAX(ID), 0) FROM CST_CUSTOMER), "
                    + "(SELECT COALESCE(MAX(ID), 0) FROM CST_CONTACT), (SELECT COALESCE(MAX(ID), 0) FROM SALES_ORDER), "
                    + "(SELECT COALESCE(MAX(ID), 0) FROM SALES_ORDER_LINE), (SELECT COALESCE(MAX(ID), 0) FROM "
                    + "SALES_PRODUCT))").get(0);
            long customers = base;
            long contacts = customers + count;
            long orders = contacts + count;
            long lines = orders + (long) count * ORDERS_PER_CUSTOMER;
            long products = lines + (long) count * LINES_PER_CUSTOMER;
            long end = products + PRODUCTS;
            String date = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
            long started = System.nanoTime();

            long existingProducts = longs(c, "SELECT COUNT(*) FROM SALES_PRODUCT").get(0);
            if (existingProducts < PRODUCTS) {
                insert(c, "products", PRODUCTS, "INSERT INTO SALES_PRODUCT (ID, VERSION, EXTERNAL_ID, NAME, MODEL, BATCH, "
                        + "UNIT, PRICE, CREATED_AT, CREATED_BY) SELECT " + products + " + X, 0, 'GEN-P' || (" + products
                        + " + X), SUBSTRING('" + TRADES + "', MOD(X, 10) * 2 + 1, 2) || '产品' || X, 'M-' || MOD(X, 97), "
                        + "'B' || MOD(X, 13), '件', 10 + MOD(X * 37, 990), CURRENT_TIMESTAMP, 'generator' "
                        + "FROM SYSTEM_RANGE(?, ?)", started);
            }
            long productBase = longs(c, "SELECT MIN(ID) FROM SALES_PRODUCT").get(0);
            long productCount = longs(c, "SELECT COUNT(*) FROM SALES_PRODUCT").get(0);
            if (longs(c, "SELECT MAX(ID) - MIN(ID) + 1 - COUNT(*) FROM SALES_PRODUCT").get(0) != 0) {
                // Products with gaps in their ids (fed by the sales system): use the generated block only.
                productBase = products;
                productCount = PRODUCTS;
            }

            insert(c, "customers", count, "INSERT INTO CST_CUSTOMER (ID, VERSION, CUSTOMER_NO, NAME, REGION, MANAGER_ID, "
                    + "CUSTOMER_LEVEL, SATISFACTION, CREDIT, ADDRESS, POSTCODE, PHONE, NATIONAL_TAX_NO, STATUS, "
                    + "CREATED_AT, CREATED_BY) SELECT " + customers + " + X, 0, 'KH" + date + "' || LPAD(" + customers
                    + " + X, 8, '0'), " + name() + ", " + REGIONS + "[MOD(X, 7) + 1], " + managerArray + "[MOD(X, "
                    + managers.size() + ") + 1], CAST(1 + MOD(X, 5) AS VARCHAR), 1 + MOD(X / 3, 5), 1 + MOD(X / 5, 5), "
                    + "SUBSTRING('" + CITIES + "', MOD(X, 20) * 2 + 1, 2) || '市经济开发区' || (1 + MOD(X, 999)) || '号', "
                    + "LPAD(100000 + MOD(X, 800000), 6, '0'), '0' || (10 + MOD(X, 89)) || '-' || LPAD(X, 8, '0'), "
                    + "'91' || LPAD(" + customers + " + X, 16, '0'), 'NORMAL', DATEADD(DAY, -1000, CURRENT_TIMESTAMP), "
                    + "'generator' FROM SYSTEM_RANGE(?, ?)", started);
            insert(c, "contacts", count, "INSERT INTO CST_CONTACT (ID, VERSION, CUSTOMER_ID, NAME, SEX, POSITION_TITLE, "
                    + "OFFICE_PHONE, CREATED_AT, CREATED_BY) SELECT " + contacts + " + X, 0, " + customers + " + X, "
                    + "'联系人' || X, CASE MOD(X, 2) WHEN 0 THEN 'MALE' ELSE 'FEMALE' END, '采购经理', "
                    + "'0' || (10 + MOD(X, 89)) || '-' || LPAD(X, 8, '0'), CURRENT_TIMESTAMP, 'generator' "
                    + "FROM SYSTEM_RANGE(?, ?)", started);
            // Order k belongs to customer k / 4. Active customers (X mod 10 < 7) have their first order within the
            // last 170 days and the others 200, 400 and 600 days before; the rest are all older than 190 days.
            insert(c, "orders", (long) count * ORDERS_PER_CUSTOMER, "INSERT INTO SALES_ORDER (ID, VERSION, EXTERNAL_ID, "
                    + "ORDER_NO, CUSTOMER_ID, ORDER_DATE, DELIVERY_ADDRESS, STATUS, CREATED_AT, CREATED_BY) SELECT "
                    + orders + " + X, 0, 'GEN-O' || (" + orders + " + X), 'SO' || (" + orders + " + X), " + customers
                    + " + X / 4, DATEADD(DAY, -(MOD(X * 37, 170) + MOD(X, 4) * 200 + CASE WHEN MOD(X / 4, 10) < 7 "
                    + "THEN 0 ELSE 190 END), CURRENT_DATE), SUBSTRING('" + CITIES + "', MOD(X / 4, 20) * 2 + 1, 2) || "
                    + "'市经济开发区' || (1 + MOD(X / 4, 999)) || '号', CASE MOD(X, 20) WHEN 0 THEN 'NEW' WHEN 1 THEN "
                    + "'CANCELLED' WHEN 2 THEN 'PAID' ELSE 'SHIPPED' END, CURRENT_TIMESTAMP, 'generator' "
                    + "FROM SYSTEM_RANGE(?, ?)", started);
            // Ten lines per customer: in each block of five, two for the first of two orders and three for the second.
            insert(c, "order lines", (long) count * LINES_PER_CUSTOMER, "INSERT INTO SALES_ORDER_LINE (ID, VERSION, "
                    + "ORDER_ID, LINE_NO, PRODUCT_ID, QUANTITY, UNIT, UNIT_PRICE, CREATED_AT, CREATED_BY) SELECT "
                    + lines + " + X, 0, " + orders + " + X / 5 * 2 + CASE WHEN MOD(X, 5) < 2 THEN 0 ELSE 1 END, "
                    + "CASE WHEN MOD(X, 5) < 2 THEN MOD(X, 5) + 1 ELSE MOD(X, 5) - 1 END, " + productBase + " + MOD(X * 31, "
                    + productCount + "), 1 + MOD(X, 50), '件', 10 + MOD(X * 37, 990), CURRENT_TIMESTAMP, 'generator' "
                    + "FROM SYSTEM_RANGE(?, ?)", started);

            // New records of the application get ids after the generated ones.
            try (Statement st = c.createStatement()) {
                st.execute("SET REFERENTIAL_INTEGRITY TRUE");
                st.execute("ALTER SEQUENCE CRM_SEQ RESTART WITH " + (end + 1000L));
            }
            c.commit();
            System.out.printf("Generated %,d customers, %,d contacts, %,d orders and %,d order lines in %d s.%n", count,
                    count, (long) count * ORDERS_PER_CUSTOMER, (long) count * LINES_PER_CUSTOMER,
                    (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    /** A company name made of a city, two words, a trade and a number, from the row number X. */
    private static String name() {
        return "SUBSTRING('" + CITIES + "', MOD(X, 20) * 2 + 1, 2) || SUBSTRING('" + WORDS + "', MOD(X / 20, 30) "
                + "+ 1, 1) || SUBSTRING('" + WORDS + "', MOD(X / 600, 30) + 1, 1) || SUBSTRING('" + TRADES
                + "', MOD(X / 7, 10) * 2 + 1, 2) || '有限公司' || (X / 18000)";
    }

    /** Runs an INSERT ... SELECT over SYSTEM_RANGE(from, to) in chunks, one transaction each. */
    private static void insert(Connection c, String what, long rows, String sql, long started) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (long from = 0; from < rows; from += CHUNK) {
                st.setLong(1, from);
                st.setLong(2, Math.min(rows, from + CHUNK) - 1);
                st.executeUpdate();
                c.commit();
                if ((from / CHUNK) % 10 == 9 || from + CHUNK >= rows) {
                    System.out.printf("%,d %s (%d s)%n", Math.min(rows, from + CHUNK), what,
                            (System.nanoTime() - started) / 1_000_000_000);
                }
            }
        }
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
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
            total = longs(c, "SELECT COUNT(*) FROM CST_CUSTOMER").get(0);
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
                total, RUNS, WARM_UP);
        System.out.printf(Locale.ROOT, "%-34s %12s %12s %8s%n", "scenario", "app ms", "raw SQL ms", "ratio");
        try (Connection c = connect()) {
            Session session = new Session(baseUrl);
            for (Scenario s : scenarios) {
                session.open();
                double app = median(() -> session.request(s));
                double raw = median(() -> raw(c, s));
                System.out.printf(Locale.ROOT, "%-34s %12.1f %12.1f %8.2f%n", s.name(), app, raw, app / raw);
            }
        }
    }

    /** The scenario's SQL over JDBC, reading every column of every row, as the application does. */
    private static void raw(Connection c, Scenario s) throws SQLException {
        if (s.count() != null) {
            read(c, s.count(), s.countParams());
        }
        List<Object> ids = read(c, s.ids(), s.idsParams());
        if (!ids.isEmpty()) {
            read(c, ROWS + ids.stream().map(id -> "?").collect(Collectors.joining(",")) + "))", ids.toArray());
        }
    }

    /** Runs a query and returns its first column; every column of every row is read. */
    private static List<Object> read(Connection c, String sql, Object[] params) throws SQLException {
        List<Object> first = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int p = 0; p < params.length; p++) {
                st.setObject(p + 1, params[p]);
            }
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    first.add(rs.getObject(1));
                    for (int col = 2; col <= columns; col++) {
                        rs.getObject(col);
                    }
                }
            }
        }
        return first;
    }

    @FunctionalInterface
    private interface Timed {
        void run() throws Exception;
    }

    private static double median(Timed work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    /** A logged-in browser session on the customer list page, speaking Faces' ajax protocol. */
    private static final class Session {

        private static final Pattern VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState[^>]*value=\"([^\"]+)\"");
        private static final Pattern AJAX_VIEW_STATE =
                Pattern.compile("<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        private final String base;
        private String viewState;

        Session(String base) throws Exception {
            this.base = base;
            String login = get("login.xhtml");
            post("login.xhtml", Map.of("login", "login", "login:username", "admin", "login:password", "admin",
                    "login:submit", "", "jakarta.faces.ViewState", viewState(login)), false);
        }

        /** Opens the list afresh: a new view, default order, no filter. */
        void open() throws Exception {
            viewState = viewState(get("customer/list.xhtml"));
        }

        void request(Scenario s) throws Exception {
            if (s.ajax() == null) {
                open();
                return;
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("jakarta.faces.partial.ajax", "true");
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
            form.put("jakarta.faces.ViewState", viewState);
            String response = post("customer/list.xhtml", form, true);
            if (!response.contains("f:customers")) {
                throw new IllegalStateException("unexpected response: " + response.substring(0, Math.min(500, response.length())));
            }
            Matcher m = AJAX_VIEW_STATE.matcher(response);
            if (m.find()) {
                viewState = m.group(1);
            }
        }

        private String get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + ": HTTP " + r.statusCode());
            }
            return r.body();
        }

        private String post(String path, Map<String, String> form, boolean ajax) throws Exception {
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

        private static String viewState(String html) {
            Matcher m = VIEW_STATE.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no view state in the page (not logged in?)");
            }
            return m.group(1).replace("&#58;", ":");
        }
    }
}
