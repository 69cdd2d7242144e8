package com.kehu.crm.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code imports}: the sales file import (the Jakarta Batch job {@code sales-import}, started over REST with
 * {@code POST api/v1/imports/orders}) against the physical limit of the same rows, inserted over JDBC with batched
 * statements, on the same database in the same run.
 * <p>
 * It writes an order file of {@code -Dkehu.bench.lines} order lines (default 1,000,000; five lines an order) for
 * customers and products that exist, uploads it as a stream, and asks where the import stands every 500 ms until it
 * ends, reading the server's used heap (its metrics page) every 500 ms as well. Then it inserts the same rows (their own external ids) into
 * SALES_ORDER and SALES_ORDER_LINE over JDBC, committing every 100 orders as the job does, with ids taken from the
 * shared sequence in blocks, as EclipseLink takes them. Afterwards it deletes both sets of rows again, so that the data
 * set stays as it was ({@code -Dkehu.bench.keep=true} keeps the imported ones). Goal: the application at least half
 * as fast as the raw inserts.
 */
final class ImportBench {

    private static final int LINES_PER_ORDER = 5;
    /** Orders per chunk of the job (sales-import.xml, item-count) and per commit of the raw side. */
    private static final int ORDERS_PER_CHUNK = 100;
    private static final double GOAL = 0.5;
    /**
     * How often the import is asked where it stands ({@code -Dkehu.bench.poll-ms}, default 500). The REST interface
     * checks HTTP BASIC on every call, a bcrypt verification: about 170 ms of server CPU a call, a third of a core at
     * two calls a second. On a machine with two cores that slows the job it measures; a longer period (5000) costs
     * a tenth of it and makes the time late by at most one period.
     */
    private static final long POLL_MS = Long.getLong("kehu.bench.poll-ms", 500);
    /** How often the server's used heap is read while the import runs (unauthenticated, about 30 ms of CPU). */
    private static final long HEAP_MS = 500;
    /** The server's largest request body (config/30-server.cli, max-post-size). */
    private static final long MAX_BODY = 110_100_480L;
    private static final int CUSTOMERS = 500;
    private static final int PRODUCTS = 300;
    private static final int MIN_PRODUCTS = 100;

    private static final String ORDERS_HEADER = "externalId,orderNo,customerNo,orderDate,deliveryAddress,status,"
            + "productId,quantity,unit,unitPrice";
    private static final String INSERT_ORDER = "INSERT INTO SALES_ORDER (ID, VERSION, EXTERNAL_ID, ORDER_NO, "
            + "CUSTOMER_ID, ORDER_DATE, DELIVERY_ADDRESS, STATUS, CREATED_AT, CREATED_BY) "
            + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LINE = "INSERT INTO SALES_ORDER_LINE (ID, VERSION, ORDER_ID, LINE_NO, "
            + "PRODUCT_ID, QUANTITY, UNIT, UNIT_PRICE, CREATED_AT, CREATED_BY) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String[] CITIES = {"北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "重庆", "武汉", "西安",
        "天津", "苏州", "长沙", "郑州", "青岛", "沈阳", "宁波", "厦门", "合肥", "昆明"};
    private static final String[] ROADS = {"人民路", "中山路", "解放路", "建设路", "和平路", "新华路", "长江路"};
    private static final String[] STATUSES = {"NEW", "CANCELLED", "PAID"};

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern STARTED = Pattern.compile("\"startedAt\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern FINISHED = Pattern.compile("\"finishedAt\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern HEAP_MP = Pattern.compile("(?m)^base_memory_usedHeap_bytes(?:\\{[^}]*})?\\s+(\\S+)");
    private static final Pattern HEAP_POOL =
            Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*}\\s+(\\S+)");

    private final Connection connection;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization;
    private final LocalDate today = LocalDate.now();
    /** The metrics page that answered with the used heap, once found; null when none does. */
    private String metricsUrl;

    private List<Customer> customers;
    private List<Product> products;

    private record Customer(long id, String number) {
    }

    private record Product(long id, String externalId, String unit) {
    }

    /** One order line of the file, with the ids the raw side writes directly. */
    private record Line(String externalId, String orderNo, Customer customer, LocalDate date, String address,
                        String status, int lineNo, Product product, int quantity, int unitPrice) {
    }

    ImportBench(Connection connection, String baseUrl) {
        this.connection = connection;
        this.baseUrl = baseUrl;
        String user = System.getProperty("kehu.admin", "admin");
        String password = System.getProperty("kehu.admin.password", user);
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    void run(int lines) throws Exception {
        int orders = (lines + LINES_PER_ORDER - 1) / LINES_PER_ORDER;
        connection.setAutoCommit(false);
        String database = connection.getMetaData().getDatabaseProductName() + " "
                + connection.getMetaData().getDatabaseProductVersion();
        System.out.printf(Locale.ROOT, "Kehu CRM sales file import on %s: %,d customers, %,d orders, %,d order lines "
                + "before the run%n", database, count("CST_CUSTOMER"), count("SALES_ORDER"), count("SALES_ORDER_LINE"));
        ensureProducts();
        customers = sampleCustomers();
        products = sampleProducts();
        metricsUrl = findMetrics();

        // Each run's external ids are its own (the time in base 36), so that the job creates every order and the
        // raw rows never collide with the imported ones or with an earlier run's.
        String tag = Long.toString(System.currentTimeMillis() / 1000, 36);
        String appPrefix = "A" + tag + "-";
        String rawPrefix = "R" + tag + "-";

        Path file = Files.createTempFile("kehu-bench-orders-", ".csv");
        try {
            long size = writeFile(file, appPrefix, lines);
            System.out.printf(Locale.ROOT, "order file: %,d lines, %,d orders of %d lines, %,d customers, %,d products, "
                    + "%.1f MB%n", lines, orders, LINES_PER_ORDER, customers.size(), products.size(), size / 1e6);
            if (size > MAX_BODY) {
                System.out.printf(Locale.ROOT, "NOTE: the file is larger than the server's largest request body "
                        + "(%,d bytes): the upload will be refused%n", MAX_BODY);
            }

            AppRun app = application(file);
            System.out.printf(Locale.ROOT, "application: %s in %.1f s (upload and storing of the file %.1f s; the "
                    + "job's own start to end %.1f s; %d polls), %,d rows read, %,d orders created, %,d updated, "
                    + "%,d unchanged, %,d rows refused%n", app.status, app.seconds, app.uploadSeconds,
                    app.serverSeconds, app.polls, app.processedRows, app.created, app.updated, app.unchanged,
                    app.failedRows);
            if (!"DONE".equals(app.status) || app.created != orders || app.failedRows != 0) {
                System.out.printf(Locale.ROOT, "NOTE: the import did not create every order (%s, %,d of %,d created, "
                        + "%,d rows refused): its time is not comparable%n", app.status, app.created, orders,
                        app.failedRows);
            }

            double rawSeconds = raw(rawPrefix, lines);
            long rawOrders = countOrders(rawPrefix);
            long deleted = delete(rawPrefix);
            System.out.printf(Locale.ROOT, "raw JDBC: %,d orders in %.1f s; deleted again (%,d orders with their "
                    + "lines)%n", rawOrders, rawSeconds, deleted);
            if (Boolean.getBoolean("kehu.bench.keep")) {
                System.out.printf(Locale.ROOT, "the imported orders stay (external ids %s...)%n", appPrefix);
            } else {
                System.out.printf(Locale.ROOT, "the imported orders deleted again: %,d%n", delete(appPrefix));
            }

            report(database, lines, orders, size, app, rawSeconds);
        } catch (Exception e) {
            // Whatever was written before the failure goes too, so that a failed run leaves the data set as it was.
            connection.rollback();
            delete(rawPrefix);
            if (!Boolean.getBoolean("kehu.bench.keep")) {
                delete(appPrefix);
            }
            throw e;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    // ------------------------------------------------------------------------------------------------ the data

    /** Products for the order lines: 200 made through the application's own product import if there are too few. */
    private void ensureProducts() throws Exception {
        long existing = count("SALES_PRODUCT");
        if (existing >= MIN_PRODUCTS) {
            return;
        }
        Path file = Files.createTempFile("kehu-bench-products-", ".csv");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("externalId,name,model,batch,unit,price\n");
                for (int i = 0; i < 200; i++) {
                    out.write(String.format(Locale.ROOT, "BENCH-P%04d,基准产品%04d,M-%d,B%d,件,%d%n", i, i, i % 97,
                            i % 13, 10 + i * 37 % 990));
                }
            }
            String started = post("api/v1/imports/products?fileName=bench-products.csv", file);
            String answer = follow(number(started, "id"), null);
            System.out.printf(Locale.ROOT, "%,d products only: imported 200 (%s, %d created)%n", existing,
                    text(answer, STATUS), number(answer, "created"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A few hundred customers spread over the table (every k-th id), or the first ones when ids are sparse. */
    private List<Customer> sampleCustomers() throws SQLException {
        long total = count("CST_CUSTOMER");
        if (total == 0) {
            throw new IllegalStateException("No customers: start Kehu CRM once (demo data) or run generate first");
        }
        List<Customer> found = customers("SELECT ID, CUSTOMER_NO FROM CST_CUSTOMER WHERE MOD(ID, "
                + Math.max(1, total / CUSTOMERS) + ") = 0 ORDER BY ID FETCH FIRST " + CUSTOMERS + " ROWS ONLY");
        if (found.size() < Math.min(100, total)) {
            found = customers("SELECT ID, CUSTOMER_NO FROM CST_CUSTOMER ORDER BY ID FETCH FIRST " + CUSTOMERS
                    + " ROWS ONLY");
        }
        return found;
    }

    private List<Customer> customers(String sql) throws SQLException {
        List<Customer> found = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                found.add(new Customer(rs.getLong(1), rs.getString(2)));
            }
        }
        connection.commit();
        return found;
    }

    private List<Product> sampleProducts() throws SQLException {
        List<Product> found = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT ID, EXTERNAL_ID, UNIT FROM SALES_PRODUCT ORDER BY ID FETCH FIRST " + PRODUCTS + " ROWS ONLY")) {
            while (rs.next()) {
                found.add(new Product(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        connection.commit();
        return found;
    }

    /**
     * Line {@code k} of the run whose external ids start with {@code prefix}: the same values for the file and for the
     * raw side. Orders of three to four years ago, mostly shipped: a first load of the sales system's history. Their
     * dates lie before the last order of any churn warning of the generated data set, so the import closes no
     * warning as won back (it still looks, which is part of its cost) and the data set's churn stays as it was.
     * The values are short, as a sales system's would be: a million lines of this shape come close to the server's
     * largest request body (105 MB).
     */
    private Line line(String prefix, int k) {
        int order = k / LINES_PER_ORDER;
        Customer customer = customers.get(order % customers.size());
        Product product = products.get((int) ((k * 31L) % products.size()));
        int kind = order % 20;
        String status = kind < STATUSES.length ? STATUSES[kind] : "SHIPPED";
        String address = CITIES[order % CITIES.length] + "市" + ROADS[order / CITIES.length % ROADS.length]
                + (1 + order % 199) + "号";
        return new Line(prefix + order, "SO" + order, customer,
                today.minusDays(1100 + (order * 37L) % 365), address, status, k % LINES_PER_ORDER + 1, product,
                1 + k % 50, 10 + (int) ((k * 37L) % 990));
    }

    /** Writes the order file line by line (never the whole file in memory); returns its size in bytes. */
    private long writeFile(Path file, String prefix, int lines) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ORDERS_HEADER);
            out.write('\n');
            StringBuilder row = new StringBuilder(128);
            for (int k = 0; k < lines; k++) {
                Line l = line(prefix, k);
                row.setLength(0);
                row.append(l.externalId()).append(',').append(l.orderNo()).append(',')
                        .append(csv(l.customer().number())).append(',').append(l.date()).append(',')
                        .append(l.address()).append(',').append(l.status()).append(',')
                        .append(csv(l.product().externalId())).append(',').append(l.quantity()).append(',')
                        .append(csv(l.product().unit())).append(',').append(l.unitPrice()).append('\n');
                out.append(row);
            }
        }
        return Files.size(file);
    }

    /** A value of the database as a CSV field: quoted only when it holds a comma, a quote or a line break. */
    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    // ------------------------------------------------------------------------------------------ the application

    /** What the application's run gave: its end state and figures, its times and the heap it used. */
    private static final class AppRun {
        String status;
        double seconds;
        double uploadSeconds;
        long processedRows;
        long created;
        long updated;
        long unchanged;
        long failedRows;
        long heapBefore = -1;
        long heapPeak = -1;
        long heapAfter = -1;
        long heapSettled = -1;
        int polls;
        int heapReadings;
        /** The job's own time, from the import's start to its end as the server recorded them. */
        double serverSeconds = Double.NaN;
    }

    /**
     * Uploads the file and follows the import until it is no longer running: the time from the start of the upload
     * to the first answer that shows the end (so at most one poll period late). The heap is read before the upload,
     * every 500 ms while the import runs, right after the end, and once more a few seconds later
     * ({@code -Dkehu.bench.settle}, default 5) with nothing asked in between.
     */
    private AppRun application(Path file) throws Exception {
        AppRun run = new AppRun();
        run.heapBefore = heap();
        run.heapPeak = run.heapBefore;
        long start = System.nanoTime();
        String answer = post("api/v1/imports/orders?fileName=bench-orders.csv", file);
        run.uploadSeconds = (System.nanoTime() - start) / 1e9;
        long id = number(answer, "id");
        answer = follow(id, run);
        run.seconds = (System.nanoTime() - start) / 1e9;
        run.heapAfter = heap();
        run.heapPeak = Math.max(run.heapPeak, run.heapAfter);
        int settle = Integer.getInteger("kehu.bench.settle", 5);
        if (settle > 0) {
            Thread.sleep(settle * 1000L);
            run.heapSettled = heap();
        }
        run.status = text(answer, STATUS);
        run.processedRows = number(answer, "processedRows");
        run.created = number(answer, "created");
        run.updated = number(answer, "updated");
        run.unchanged = number(answer, "unchanged");
        run.failedRows = number(answer, "failedRows");
        Matcher started = STARTED.matcher(answer);
        Matcher finished = FINISHED.matcher(answer);
        if (started.find() && finished.find()) {
            run.serverSeconds = Duration.between(LocalDateTime.parse(started.group(1)),
                    LocalDateTime.parse(finished.group(1))).toMillis() / 1e3;
        }
        return run;
    }

    /**
     * Asks {@code GET imports/{id}} every {@code -Dkehu.bench.poll-ms} (default 500 ms) until the import is no longer
     * RUNNING, and reads the heap every 500 ms in between; returns the last answer. A call that takes longer than the
     * period is followed at once by the next one (no burst of calls to catch up).
     */
    private String follow(long id, AppRun run) throws Exception {
        long pollPeriod = POLL_MS * 1_000_000;
        long tickPeriod = Math.min(HEAP_MS, POLL_MS) * 1_000_000;
        long tick = System.nanoTime();
        long pollTick = tick;
        while (true) {
            tick += tickPeriod;
            long wait = (tick - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                Thread.sleep(wait);
            } else {
                // Late (a slow answer): go on from now rather than catch up with a burst of calls.
                tick = System.nanoTime();
            }
            if (run != null) {
                long used = heap();
                if (used >= 0) {
                    run.heapReadings++;
                    run.heapPeak = Math.max(run.heapPeak, used);
                }
            }
            if (tick - pollTick >= pollPeriod) {
                pollTick = tick;
                String answer = get("api/v1/imports/" + id);
                if (run != null) {
                    run.polls++;
                }
                if (!"RUNNING".equals(text(answer, STATUS))) {
                    return answer;
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- raw JDBC

    /**
     * The same rows over JDBC: per chunk of 100 orders, one batch of order inserts and one of line inserts, then a
     * commit, as the job commits its chunks. Customers and products are known by id already; reading the file,
     * looking them up and the create-or-update check are the application's cost. Returns the seconds taken.
     */
    private double raw(String prefix, int lines) throws SQLException {
        Ids ids = new Ids();
        long start = System.nanoTime();
        try (PreparedStatement orders = connection.prepareStatement(INSERT_ORDER);
             PreparedStatement orderLines = connection.prepareStatement(INSERT_LINE)) {
            int k = 0;
            while (k < lines) {
                Timestamp now = Timestamp.valueOf(LocalDateTime.now());
                int end = Math.min(lines, k + ORDERS_PER_CHUNK * LINES_PER_ORDER);
                long orderId = 0;
                for (; k < end; k++) {
                    Line l = line(prefix, k);
                    if (l.lineNo() == 1) {
                        orderId = ids.next();
                        orders.setLong(1, orderId);
                        orders.setString(2, l.externalId());
                        orders.setString(3, l.orderNo());
                        orders.setLong(4, l.customer().id());
                        orders.setObject(5, l.date());
                        orders.setString(6, l.address());
                        orders.setString(7, l.status());
                        orders.setTimestamp(8, now);
                        orders.setString(9, "bench");
                        orders.addBatch();
                    }
                    orderLines.setLong(1, ids.next());
                    orderLines.setLong(2, orderId);
                    orderLines.setInt(3, l.lineNo());
                    orderLines.setLong(4, l.product().id());
                    orderLines.setBigDecimal(5, BigDecimal.valueOf(l.quantity()));
                    orderLines.setString(6, l.product().unit());
                    orderLines.setBigDecimal(7, BigDecimal.valueOf(l.unitPrice()));
                    orderLines.setTimestamp(8, now);
                    orderLines.setString(9, "bench");
                    orderLines.addBatch();
                }
                orders.executeBatch();
                orderLines.executeBatch();
                connection.commit();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Ids from the shared sequence CRM_SEQ as EclipseLink takes them: one call reserves a block of the sequence's
     * increment (50), the ids from value - increment + 1 to value. So the raw rows' ids never meet the ids the
     * server hands out meanwhile, and the raw side pays the same round trips for its ids as the application.
     */
    private final class Ids {
        private final String nextValue;
        private final long increment;
        private long next = 1;
        private long last = 0;

        Ids() throws SQLException {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            nextValue = postgres ? "SELECT nextval('crm_seq')" : "SELECT NEXT VALUE FOR CRM_SEQ";
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT INCREMENT FROM "
                    + "INFORMATION_SCHEMA.SEQUENCES WHERE UPPER(SEQUENCE_NAME) = 'CRM_SEQ'")) {
                increment = rs.next() ? Long.parseLong(rs.getString(1).trim()) : 50;
            }
        }

        long next() throws SQLException {
            if (next > last) {
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(nextValue)) {
                    rs.next();
                    last = rs.getLong(1);
                }
                next = last - increment + 1;
            }
            return next++;
        }
    }

    /** Deletes the orders whose external id starts with {@code prefix}, with their lines, 1,000 orders a commit. */
    private long delete(String prefix) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT ID FROM SALES_ORDER WHERE EXTERNAL_ID LIKE ?")) {
            st.setString(1, prefix + "%");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement lines = connection.prepareStatement("DELETE FROM SALES_ORDER_LINE WHERE ORDER_ID = ?");
             PreparedStatement orders = connection.prepareStatement("DELETE FROM SALES_ORDER WHERE ID = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                lines.setLong(1, ids.get(i));
                lines.addBatch();
                orders.setLong(1, ids.get(i));
                orders.addBatch();
                if (i % 1000 == 999 || i == ids.size() - 1) {
                    lines.executeBatch();
                    orders.executeBatch();
                    connection.commit();
                }
            }
        }
        connection.commit();
        return ids.size();
    }

    private long countOrders(String prefix) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT COUNT(*) FROM SALES_ORDER WHERE EXTERNAL_ID LIKE ?")) {
            st.setString(1, prefix + "%");
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } finally {
            connection.commit();
        }
    }

    private long count(String table) throws SQLException {
        long n = Generator.longs(connection, "SELECT COUNT(*) FROM " + table).get(0);
        connection.commit();
        return n;
    }

    // -------------------------------------------------------------------------------------------- the report

    private void report(String database, int lines, int orders, long size, AppRun app, double rawSeconds)
            throws IOException {
        double appRate = lines / app.seconds;
        double rawRate = lines / rawSeconds;
        double ratio = appRate / rawRate;
        boolean met = ratio >= GOAL && "DONE".equals(app.status) && app.created == orders && app.failedRows == 0;
        String scenario = String.format(Locale.ROOT, "order file, %,d lines (%,d orders)", lines, orders);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-38s %10s %8s %10s %8s %10s %6s %6s %4s%n", "scenario", "rows", "app s",
                "app rows/s", "raw s", "raw rows/s", "ratio", "goal", "met");
        System.out.printf(Locale.ROOT, "%-38s %,10d %8.1f %,10.0f %8.1f %,10.0f %6.2f %6s %4s%n", scenario, lines,
                app.seconds, appRate, rawSeconds, rawRate, ratio, ">= 0.5", met ? "yes" : "NO");
        System.out.printf(Locale.ROOT, "server heap used (MB): before %s, peak %s (of %d readings), after %s, %s s "
                + "later %s%n", mb(app.heapBefore), mb(app.heapPeak), app.heapReadings, mb(app.heapAfter),
                Integer.getInteger("kehu.bench.settle", 5), mb(app.heapSettled));
        if (metricsUrl == null) {
            System.out.println("(no metrics page answered with the heap: -Dkehu.metrics.url=http://host:9990/metrics)");
        }

        List<String> csv = new ArrayList<>();
        csv.add("time,database,scenario,rows,orders,file_mb,app_s,upload_s,job_s,app_rows_per_s,raw_s,raw_rows_per_s,"
                + "ratio,goal,met,heap_before_mb,heap_peak_mb,heap_after_mb,heap_settled_mb");
        csv.add(String.format(Locale.ROOT, "%s,\"%s\",\"%s\",%d,%d,%.1f,%.2f,%.2f,%.2f,%.0f,%.2f,%.0f,%.3f,>= 0.5,%s,%s,"
                + "%s,%s,%s", LocalDateTime.now().withNano(0), database, scenario, lines, orders, size / 1e6,
                app.seconds, app.uploadSeconds, app.serverSeconds, appRate, rawSeconds, rawRate, ratio,
                met ? "yes" : "no", mb(app.heapBefore),
                mb(app.heapPeak), mb(app.heapAfter), mb(app.heapSettled)));
        Path dir = Path.of("target");
        Files.createDirectories(dir);
        Path out = dir.resolve("imports.csv");
        Files.write(out, csv);
        System.out.println("written: " + out.toAbsolutePath());
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.valueOf(Math.round(bytes / 1048576.0));
    }

    // ---------------------------------------------------------------------------------------------- HTTP

    /**
     * The page to read the server's used heap from: {@code -Dkehu.metrics.url}, or on the management interface
     * (port 9990 plus the port offset of {@code kehu.url}) WildFly's {@code /metrics} ({@code
     * base_memory_usedHeap_bytes}), else Kehu's Prometheus page ({@code /prometheus}, the heap pools of
     * {@code jvm_memory_used_bytes} added up).
     */
    private String findMetrics() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getProperty("kehu.metrics.url");
        if (configured != null) {
            candidates.add(configured);
        } else {
            URI app = URI.create(baseUrl);
            int port = app.getPort() < 0 ? 80 : app.getPort();
            int management = port >= 8080 && port < 9990 ? 9990 + port - 8080 : 9990;
            String base = app.getScheme() + "://" + app.getHost() + ":" + management + "/";
            candidates.add(base + "metrics");
            candidates.add(base + "prometheus");
        }
        for (String url : candidates) {
            metricsUrl = url;
            if (heap() >= 0) {
                System.out.println("server heap from " + url);
                return url;
            }
        }
        metricsUrl = null;
        return null;
    }

    /** The server's used heap in bytes, or -1 when it cannot be read. */
    private long heap() {
        if (metricsUrl == null) {
            return -1;
        }
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(metricsUrl))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return -1;
            }
            Matcher m = HEAP_MP.matcher(r.body());
            if (m.find()) {
                return (long) Double.parseDouble(m.group(1));
            }
            m = HEAP_POOL.matcher(r.body());
            double sum = 0;
            boolean found = false;
            while (m.find()) {
                sum += Double.parseDouble(m.group(1));
                found = true;
            }
            return found ? (long) sum : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Uploads {@code file} as the body, streamed from disk; expects 202. */
    private String post(String path, Path file) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofHours(1))
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 202) {
            throw new IllegalStateException(path + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(1))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String text(String json, Pattern field) {
        Matcher m = field.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + json);
        }
        return m.group(1);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
