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
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

    private static final String[] CITIES = {"北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "重庆", "武汉", "西安",
            "天津", "苏州", "长沙", "郑州", "青岛", "沈阳", "宁波", "厦门", "合肥", "昆明"};
    private static final String[] WORDS = {"恒", "华", "信", "达", "通", "盛", "泰", "安", "宏", "远", "创", "新", "联",
            "合", "金", "银", "光", "明", "天", "地", "海", "山", "东", "西", "南", "北", "中", "星", "辰", "龙"};
    private static final String[] TRADES = {"科技", "贸易", "实业", "电子", "物流", "医药", "机械", "食品", "建材", "软件"};
    private static final String[] REGIONS = {"NORTH", "NORTHEAST", "EAST", "CENTRAL", "SOUTH", "SOUTHWEST", "NORTHWEST"};

    private void generate(int count) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            List<Long> managers = longs(c, "SELECT u.ID FROM SEC_USER u JOIN SEC_USER_ROLE ur ON ur.USER_ID = u.ID "
                    + "JOIN SEC_ROLE r ON r.ID = ur.ROLE_ID WHERE r.CODE = 'manager' ORDER BY u.ID");
            if (managers.isEmpty()) {
                throw new IllegalStateException("Start Kehu CRM once first: no customer manager in " + jdbcUrl);
            }
            long first = longs(c, "SELECT COALESCE(MAX(ID), 0) FROM CST_CUSTOMER").get(0) + 1_000_000L;
            long firstContact = first + count + 1000L;
            String date = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            long started = System.nanoTime();
            try (PreparedStatement customer = c.prepareStatement("INSERT INTO CST_CUSTOMER (ID, VERSION, CUSTOMER_NO, "
                    + "NAME, REGION, MANAGER_ID, CUSTOMER_LEVEL, SATISFACTION, CREDIT, ADDRESS, POSTCODE, PHONE, "
                    + "NATIONAL_TAX_NO, STATUS, CREATED_AT, CREATED_BY) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "'NORMAL', ?, 'generator')");
                 PreparedStatement contact = c.prepareStatement("INSERT INTO CST_CONTACT (ID, VERSION, CUSTOMER_ID, "
                         + "NAME, SEX, POSITION_TITLE, OFFICE_PHONE, CREATED_AT, CREATED_BY) VALUES (?, 0, ?, ?, ?, ?, ?, "
                         + "?, 'generator')")) {
                for (int i = 0; i < count; i++) {
                    long id = first + i;
                    String city = CITIES[i % CITIES.length];
                    String name = city + WORDS[(i / 20) % WORDS.length] + WORDS[(i / 600) % WORDS.length]
                            + TRADES[(i / 7) % TRADES.length] + "有限公司" + (i / 18_000);
                    String phone = String.format("0%02d-%08d", 10 + i % 89, i);
                    customer.setLong(1, id);
                    customer.setString(2, "KH" + date + String.format("%08d", id));
                    customer.setString(3, name);
                    customer.setString(4, REGIONS[i % REGIONS.length]);
                    customer.setLong(5, managers.get(i % managers.size()));
                    customer.setString(6, String.valueOf(1 + i % 5));
                    customer.setInt(7, 1 + (i / 3) % 5);
                    customer.setInt(8, 1 + (i / 5) % 5);
                    customer.setString(9, city + "市经济开发区" + (1 + i % 999) + "号");
                    customer.setString(10, String.format("%06d", 100000 + i % 800000));
                    customer.setString(11, phone);
                    customer.setString(12, String.format("91%016d", id));
                    customer.setTimestamp(13, now);
                    customer.addBatch();
                    contact.setLong(1, firstContact + i);
                    contact.setLong(2, id);
                    contact.setString(3, "联系人" + i);
                    contact.setString(4, i % 2 == 0 ? "MALE" : "FEMALE");
                    contact.setString(5, "采购经理");
                    contact.setString(6, phone);
                    contact.setTimestamp(7, now);
                    contact.addBatch();
                    if ((i + 1) % 5_000 == 0 || i == count - 1) {
                        customer.executeBatch();
                        contact.executeBatch();
                        c.commit();
                    }
                    if ((i + 1) % 100_000 == 0) {
                        System.out.printf("%,d customers (%d s)%n", i + 1, (System.nanoTime() - started) / 1_000_000_000);
                    }
                }
            }
            // New records of the application get ids after the generated ones.
            try (Statement st = c.createStatement()) {
                st.execute("ALTER SEQUENCE CRM_SEQ RESTART WITH " + (firstContact + count + 1000L));
            }
            c.commit();
            System.out.printf("Generated %,d customers and %,d contacts in %d s.%n", count, count,
                    (System.nanoTime() - started) / 1_000_000_000);
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

    private static final String LIST = "SELECT c.ID, c.CUSTOMER_NO, c.NAME, c.REGION, c.CUSTOMER_LEVEL, m.DISPLAY_NAME, "
            + "c.PHONE, c.SATISFACTION, c.CREDIT, c.STATUS FROM CST_CUSTOMER c LEFT OUTER JOIN SEC_USER m "
            + "ON m.ID = c.MANAGER_ID ";

    /** One scenario: how the page asks, and the SQL the application sends for it. */
    private record Scenario(String name, Map<String, String> ajax, List<String> sql, List<Object[]> params) {
    }

    private void customers() throws Exception {
        long total;
        try (Connection c = connect()) {
            total = longs(c, "SELECT COUNT(*) FROM CST_CUSTOMER").get(0);
        }
        String prefix = "上海恒";
        long deep = Math.max(0, total / 2 / 20 * 20);
        List<Scenario> scenarios = List.of(
                new Scenario("first page (open the list)", null,
                        List.of("SELECT COUNT(c.ID) FROM CST_CUSTOMER c", LIST + "ORDER BY c.ID ASC LIMIT ? OFFSET ?"),
                        List.of(new Object[0], new Object[] {20, 0})),
                new Scenario("sort by region", Map.of("kind", "sort", "column", "colRegion"),
                        List.of(LIST + "ORDER BY c.REGION ASC, c.ID ASC LIMIT ? OFFSET ?"),
                        List.<Object[]>of(new Object[] {20, 0})),
                new Scenario("deep page (row " + deep + ", by id)", Map.of("kind", "page", "first", String.valueOf(deep)),
                        List.of(LIST + "ORDER BY c.ID ASC LIMIT ? OFFSET ?"),
                        List.<Object[]>of(new Object[] {20, deep})),
                new Scenario("name prefix " + prefix, Map.of("kind", "search", "name", prefix),
                        List.of("SELECT COUNT(c.ID) FROM CST_CUSTOMER c WHERE c.NAME LIKE ? ESCAPE '\\'",
                                LIST + "WHERE c.NAME LIKE ? ESCAPE '\\' ORDER BY c.ID ASC LIMIT ? OFFSET ?"),
                        List.of(new Object[] {prefix + "%"}, new Object[] {prefix + "%", 20, 0})));

        System.out.printf(Locale.ROOT, "Kehu CRM customer list, %,d customers; median of %d runs after %d warm-ups%n",
                total, RUNS, WARM_UP);
        System.out.printf(Locale.ROOT, "%-34s %12s %12s %8s%n", "scenario", "app ms", "raw SQL ms", "ratio");
        try (Connection c = connect()) {
            Session session = new Session(baseUrl);
            for (Scenario s : scenarios) {
                double app = median(() -> session.request(s));
                double raw = median(() -> raw(c, s));
                System.out.printf(Locale.ROOT, "%-34s %12.1f %12.1f %8.2f%n", s.name(), app, raw, app / raw);
            }
        }
    }

    private static void raw(Connection c, Scenario s) throws SQLException {
        for (int q = 0; q < s.sql().size(); q++) {
            try (PreparedStatement st = c.prepareStatement(s.sql().get(q))) {
                Object[] params = s.params().get(q);
                for (int p = 0; p < params.length; p++) {
                    st.setObject(p + 1, params[p]);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            }
        }
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

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        private final String base;
        private String viewState;

        Session(String base) throws Exception {
            this.base = base;
            String login = get("login.xhtml");
            post("login.xhtml", Map.of("login", "login", "login:username", "admin", "login:password", "admin",
                    "login:submit", "", "jakarta.faces.ViewState", viewState(login)), false);
        }

        void request(Scenario s) throws Exception {
            if (s.ajax() == null) {
                viewState = viewState(get("customer/list.xhtml"));
                return;
            }
            if (viewState == null) {
                viewState = viewState(get("customer/list.xhtml"));
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
                    form.put("f:customers_rows", "20");
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
