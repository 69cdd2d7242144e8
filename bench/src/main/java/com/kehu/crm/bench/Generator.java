package com.kehu.crm.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The benchmark data set, made inside the database: for N customers, N contacts, 4N orders, 10N order lines, N/5
 * opportunities, N/2 service requests and the churn history of the dormant customers (N/10 warnings: a third confirmed
 * lost, a sixth won back, the rest open), plus 2,000 products if there are fewer. Every table is filled by
 * {@code INSERT ... SELECT} over a number series ({@link Dialect#series}), in chunks of {@value #CHUNK} rows, each
 * committed on its own, so no row crosses the connection and no transaction grows without bound.
 * <p>
 * Kehu's secondary indexes (named {@code IX_...}) of the filled tables are dropped before the load and built again
 * after it: building an index from a full table sorts once, where keeping it up to date inserts into it row by row in
 * random order. Primary keys, unique keys and foreign keys stay; on H2 the foreign-key checks are switched off during
 * the load (the rows refer only to rows just made), on PostgreSQL they stay on (switching them off needs a superuser).
 * The last step moves the id sequence past the new rows and, on H2, compacts the file.
 */
final class Generator {

    /** Rows per INSERT ... SELECT statement and transaction. */
    static final int CHUNK = 200_000;
    private static final int PRODUCTS = 2_000;
    private static final int ORDERS_PER_CUSTOMER = 4;
    private static final int LINES_PER_CUSTOMER = 10;
    private static final List<String> TABLES = List.of("CST_CUSTOMER", "CST_CONTACT", "SALES_ORDER",
            "SALES_ORDER_LINE", "SALES_PRODUCT", "MKT_OPPORTUNITY", "SUP_REQUEST", "CHN_WARNING");

    private static final String[] CITIES = {"北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "重庆", "武汉", "西安",
        "天津", "苏州", "长沙", "郑州", "青岛", "沈阳", "宁波", "厦门", "合肥", "昆明"};
    private static final String[] WORDS = "恒华信达通盛泰安宏远创新联合金银光明天地海山东西南北中星辰龙".split("");
    private static final String[] TRADES = {"科技", "贸易", "实业", "电子", "物流", "医药", "机械", "食品", "建材", "软件"};
    private static final String[] REGIONS = {"NORTH", "NORTHEAST", "EAST", "CENTRAL", "SOUTH", "SOUTHWEST", "NORTHWEST"};
    private static final String[] SERVICE_TYPES = {"CONSULT", "CONSULT", "SUGGEST", "COMPLAINT"};
    private static final String[] LOST_REASONS = {"经营不善，已停业", "转向竞争对手采购", "价格原因", "需求变化，不再采购"};

    private final Connection c;
    private final Dialect dialect;
    private final long started = System.nanoTime();

    Generator(Connection connection) throws SQLException {
        this.c = connection;
        this.dialect = Dialect.of(connection);
    }

    /** Adds the data set for {@code count} customers. */
    void generate(int count) throws SQLException {
        c.setAutoCommit(false);
        List<Long> managers = longs("SELECT u.ID FROM SEC_USER u JOIN SEC_USER_ROLE ur ON ur.USER_ID = u.ID "
                + "JOIN SEC_ROLE r ON r.ID = ur.ROLE_ID WHERE r.CODE = 'manager' ORDER BY u.ID");
        List<Long> supervisors = longs("SELECT u.ID FROM SEC_USER u JOIN SEC_USER_ROLE ur ON ur.USER_ID = u.ID "
                + "JOIN SEC_ROLE r ON r.ID = ur.ROLE_ID WHERE r.CODE = 'supervisor' ORDER BY u.ID");
        if (managers.isEmpty() || supervisors.isEmpty()) {
            throw new IllegalStateException("Start Kehu CRM once first: no customer manager or supervisor yet");
        }
        String date = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
        long base = 1_000_000L + longs("SELECT " + TABLES.stream().map(t -> "(SELECT COALESCE(MAX(ID), 0) FROM " + t + ")")
                .collect(Collectors.joining(", ", "GREATEST(", ")"))).get(0);
        long customers = base;
        long contacts = customers + count;
        long orders = contacts + count;
        long lines = orders + (long) count * ORDERS_PER_CUSTOMER;
        long opportunities = lines + (long) count * LINES_PER_CUSTOMER;
        long requests = opportunities + count / 5;
        long warnings = requests + count / 2;
        long products = warnings + count / 10;
        long end = products + PRODUCTS;

        dialect.beforeLoad(c);
        Map<String, String> indexes = dropIndexes();
        try {
            if (longs("SELECT COUNT(*) FROM SALES_PRODUCT").get(0) < PRODUCTS) {
                insert("products", PRODUCTS, "INSERT INTO SALES_PRODUCT (ID, VERSION, EXTERNAL_ID, NAME, MODEL, BATCH, "
                        + "UNIT, PRICE, CREATED_AT, CREATED_BY) SELECT " + products + " + X, 0, 'GEN-P' || " + text(products
                        + " + X") + ", " + pick(TRADES, "X") + " || '产品' || " + text("X") + ", 'M-' || " + text("MOD(X, 97)")
                        + ", 'B' || " + text("MOD(X, 13)") + ", '件', 10 + MOD(X * 37, 990), CURRENT_TIMESTAMP, 'generator'");
            }
            long productBase = longs("SELECT MIN(ID) FROM SALES_PRODUCT").get(0);
            long productCount = longs("SELECT COUNT(*) FROM SALES_PRODUCT").get(0);
            if (longs("SELECT MAX(ID) - MIN(ID) + 1 - COUNT(*) FROM SALES_PRODUCT").get(0) != 0) {
                // Products with gaps in their ids (fed by the sales system): use the generated block only.
                productBase = products;
                productCount = PRODUCTS;
            }

            // Customer X: dormant when X mod 10 >= 7 (its last order more than 190 days ago); of the dormant ones,
            // X mod 30 = 29 are confirmed lost (status LOST), X mod 30 = 28 were won back, 27 have an open warning.
            insert("customers", count, "INSERT INTO CST_CUSTOMER (ID, VERSION, CUSTOMER_NO, NAME, REGION, MANAGER_ID, "
                    + "CUSTOMER_LEVEL, SATISFACTION, CREDIT, ADDRESS, POSTCODE, PHONE, NATIONAL_TAX_NO, STATUS, "
                    + "CREATED_AT, CREATED_BY) SELECT " + customers + " + X, 0, 'KH" + date + "' || " + pad(customers
                    + " + X", 8) + ", " + name("X") + ", " + pick(REGIONS, "X") + ", " + pick(managers, "X") + ", "
                    + text("1 + MOD(X, 5)") + ", 1 + MOD(X / 3, 5), 1 + MOD(X / 5, 5), " + pick(CITIES, "X")
                    + " || '市经济开发区' || " + text("1 + MOD(X, 999)") + " || '号', " + pad("100000 + MOD(X, 800000)", 6)
                    + ", '0' || " + text("10 + MOD(X, 89)") + " || '-' || " + pad("X", 8) + ", '91' || "
                    + pad(customers + " + X", 16) + ", CASE MOD(X, 30) WHEN 29 THEN 'LOST' ELSE 'NORMAL' END, "
                    + dialect.daysAgo("MOD(X, 1000)", true) + ", 'generator'");
            insert("contacts", count, "INSERT INTO CST_CONTACT (ID, VERSION, CUSTOMER_ID, NAME, SEX, POSITION_TITLE, "
                    + "OFFICE_PHONE, CREATED_AT, CREATED_BY) SELECT " + contacts + " + X, 0, " + customers + " + X, "
                    + "'联系人' || " + text("X") + ", CASE MOD(X, 2) WHEN 0 THEN 'MALE' ELSE 'FEMALE' END, '采购经理', "
                    + "'0' || " + text("10 + MOD(X, 89)") + " || '-' || " + pad("X", 8) + ", CURRENT_TIMESTAMP, 'generator'");
            // Order k belongs to customer k / 4. Active customers have their first order within the last 170 days and
            // the others 200, 400 and 600 days before; a dormant customer's orders are all older than 190 days.
            insert("orders", (long) count * ORDERS_PER_CUSTOMER, "INSERT INTO SALES_ORDER (ID, VERSION, EXTERNAL_ID, "
                    + "ORDER_NO, CUSTOMER_ID, ORDER_DATE, DELIVERY_ADDRESS, STATUS, CREATED_AT, CREATED_BY) SELECT "
                    + orders + " + X, 0, 'GEN-O' || " + text(orders + " + X") + ", 'SO' || " + text(orders + " + X") + ", "
                    + customers + " + X / 4, " + dialect.daysAgo("MOD(X * 37, 170) + MOD(X, 4) * 200 + CASE WHEN "
                    + "MOD(X / 4, 10) < 7 THEN 0 ELSE 190 END", false) + ", " + pick(CITIES, "X / 4") + " || '市经济开发区' || "
                    + text("1 + MOD(X / 4, 999)") + " || '号', CASE MOD(X, 20) WHEN 0 THEN 'NEW' WHEN 1 THEN 'CANCELLED' "
                    + "WHEN 2 THEN 'PAID' ELSE 'SHIPPED' END, CURRENT_TIMESTAMP, 'generator'");
            // Ten lines per customer: in each block of five, two for the first of two orders and three for the second.
            insert("order lines", (long) count * LINES_PER_CUSTOMER, "INSERT INTO SALES_ORDER_LINE (ID, VERSION, "
                    + "ORDER_ID, LINE_NO, PRODUCT_ID, QUANTITY, UNIT, UNIT_PRICE, CREATED_AT, CREATED_BY) SELECT "
                    + lines + " + X, 0, " + orders + " + X / 5 * 2 + CASE WHEN MOD(X, 5) < 2 THEN 0 ELSE 1 END, "
                    + "CASE WHEN MOD(X, 5) < 2 THEN MOD(X, 5) + 1 ELSE MOD(X, 5) - 1 END, " + productBase + " + MOD(X * 31, "
                    + productCount + "), 1 + MOD(X, 50), '件', 10 + MOD(X * 37, 990), CURRENT_TIMESTAMP, 'generator'");
            // One opportunity per five customers: half open, a fifth won, a tenth lost.
            insert("opportunities", count / 5, "INSERT INTO MKT_OPPORTUNITY (ID, VERSION, OPPORTUNITY_NO, LEAD_SOURCE, "
                    + "CUSTOMER_NAME, PROBABILITY, SUMMARY, DESCRIPTION, CREATOR_ID, ASSIGNEE_ID, ASSIGNED_AT, STATUS, "
                    + "CUSTOMER_ID, CLOSED_AT, CREATED_AT, CREATED_BY) SELECT " + opportunities + " + X, 0, 'JH' || "
                    + pad(opportunities + " + X", 12) + ", '展会', " + name("(X * 5)") + ", 10 * (1 + MOD(X, 9)), '采购" + "' || "
                    + pick(TRADES, "X") + " || '设备', '客户计划扩大产能', " + pick(supervisors, "X") + ", CASE WHEN "
                    + "MOD(X, 10) < 2 THEN NULL ELSE " + pick(managers, "X") + " END, CASE WHEN MOD(X, 10) < 2 THEN NULL "
                    + "ELSE " + dialect.daysAgo("MOD(X, 300)", true) + " END, CASE WHEN MOD(X, 10) < 2 THEN 'UNASSIGNED' "
                    + "WHEN MOD(X, 10) < 7 THEN 'ASSIGNED' WHEN MOD(X, 10) < 9 THEN 'SUCCEEDED' ELSE 'FAILED' END, "
                    + customers + " + X * 5, CASE WHEN MOD(X, 10) >= 7 THEN " + dialect.daysAgo("MOD(X, 200)", true)
                    + " END, " + dialect.daysAgo("MOD(X, 300) + 10", true) + ", 'generator'");
            // One service request per two customers over the last two years: mostly archived with a satisfaction.
            insert("service requests", count / 2, "INSERT INTO SUP_REQUEST (ID, VERSION, CUSTOMER_ID, SERVICE_TYPE, "
                    + "SUMMARY, REQUEST_TEXT, STATUS, CREATOR_ID, REQUESTED_AT, ASSIGNEE_ID, ASSIGNED_AT, HANDLING, "
                    + "HANDLED_AT, RESULT_TEXT, SATISFACTION, FEEDBACK_AT, ARCHIVED_AT, ROUND_NO, CREATED_AT, CREATED_BY) "
                    + "SELECT " + requests + " + X, 0, " + customers + " + X * 2, " + pick(SERVICE_TYPES, "X") + ", "
                    + "'产品使用问题', '客户来电咨询产品使用', CASE WHEN MOD(X, 10) = 0 THEN 'CREATED' WHEN MOD(X, 10) = 1 "
                    + "THEN 'ASSIGNED' WHEN MOD(X, 10) = 2 THEN 'HANDLED' ELSE 'ARCHIVED' END, " + pick(managers, "X")
                    + ", " + dialect.daysAgo("MOD(X, 730) + 5", true) + ", CASE WHEN MOD(X, 10) > 0 THEN "
                    + pick(managers, "X + 1") + " END, CASE WHEN MOD(X, 10) > 0 THEN " + dialect.daysAgo("MOD(X, 730) + 4",
                    true) + " END, CASE WHEN MOD(X, 10) > 1 THEN '电话指导' END, CASE WHEN MOD(X, 10) > 1 THEN "
                    + dialect.daysAgo("MOD(X, 730) + 3", true) + " END, CASE WHEN MOD(X, 10) > 2 THEN '已解决' END, "
                    + "CASE WHEN MOD(X, 10) > 2 THEN 1 + MOD(X, 5) END, CASE WHEN MOD(X, 10) > 2 THEN "
                    + dialect.daysAgo("MOD(X, 730) + 2 - MOD(X, 3)", true) + " END, CASE WHEN MOD(X, 10) > 2 THEN "
                    + dialect.daysAgo("MOD(X, 730) + 2 - MOD(X, 3)", true) + " END, 1, "
                    + dialect.daysAgo("MOD(X, 730) + 5", true) + ", 'generator'");
            // The churn history: customer 30 * X + 27 has an open warning, + 28 was won back, + 29 is confirmed lost.
            String kind = "MOD(X, 3)";
            insert("churn warnings", count / 10, "INSERT INTO CHN_WARNING (ID, VERSION, CUSTOMER_ID, OPEN_CUSTOMER_ID, "
                    + "WARNING_STATUS, LAST_ORDER_DATE, LOST_DATE, LOST_REASON, CLOSED_AT, CREATED_AT, CREATED_BY) SELECT "
                    + warnings + " + X, 0, " + customers + " + X / 3 * 30 + 27 + " + kind + ", CASE " + kind + " WHEN 0 "
                    + "THEN " + customers + " + X / 3 * 30 + 27 END, CASE " + kind + " WHEN 0 THEN 'WARNING' WHEN 1 THEN "
                    + "'WON_BACK' ELSE 'LOST' END, " + dialect.daysAgo("200 + MOD(X, 400)", false) + ", CASE " + kind
                    + " WHEN 2 THEN " + dialect.daysAgo("MOD(X * 7, 700)", false) + " END, CASE " + kind + " WHEN 2 THEN "
                    + pick(LOST_REASONS, "X / 3") + " END, CASE WHEN " + kind + " > 0 THEN " + dialect.daysAgo("MOD(X * 7, "
                    + "700)", true) + " END, " + dialect.daysAgo("MOD(X * 7, 700) + 30", true) + ", 'generator'",
                    (count / 10) / 3 * 3);
            c.commit();
        } finally {
            buildIndexes(indexes);
        }
        // Commits itself: on H2 it ends by compacting, which closes the database.
        dialect.afterLoad(c, end + 1000L);
        System.out.printf(Locale.ROOT, "Generated %,d customers, %,d contacts, %,d orders, %,d order lines, "
                + "%,d opportunities, %,d service requests and %,d churn warnings in %d s.%n", count, count,
                (long) count * ORDERS_PER_CUSTOMER, (long) count * LINES_PER_CUSTOMER, count / 5, count / 2,
                (count / 10) / 3 * 3, seconds());
    }

    private void insert(String what, long rows, String sql) throws SQLException {
        insert(what, rows, sql, rows);
    }

    /** Runs {@code sql} (a SELECT list over column X) for X in [0, rows), a chunk per statement and transaction. */
    private void insert(String what, long rows, String sql, long limit) throws SQLException {
        long n = Math.min(rows, limit);
        try (PreparedStatement st = c.prepareStatement(sql + " FROM " + dialect.series())) {
            for (long from = 0; from < n; from += CHUNK) {
                st.setLong(1, from);
                st.setLong(2, Math.min(n, from + CHUNK) - 1);
                st.executeUpdate();
                c.commit();
                if ((from / CHUNK) % 10 == 9 || from + CHUNK >= n) {
                    System.out.printf(Locale.ROOT, "%,d %s (%d s)%n", Math.min(n, from + CHUNK), what, seconds());
                }
            }
        }
    }

    /** Drops Kehu's secondary indexes (IX_...) of the generated tables; returns their definitions, in order. */
    private Map<String, String> dropIndexes() throws SQLException {
        Map<String, String> indexes = dialect.indexes(c, TABLES);
        try (Statement st = c.createStatement()) {
            for (String name : indexes.keySet()) {
                st.execute("DROP INDEX " + name);
            }
        }
        c.commit();
        System.out.printf(Locale.ROOT, "dropped %d indexes for the load: %s%n", indexes.size(), indexes.keySet());
        return indexes;
    }

    private void buildIndexes(Map<String, String> indexes) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (Map.Entry<String, String> index : indexes.entrySet()) {
                st.execute(index.getValue());
                c.commit();
                System.out.printf(Locale.ROOT, "index %s built (%d s)%n", index.getKey(), seconds());
            }
        }
    }

    private long seconds() {
        return (System.nanoTime() - started) / 1_000_000_000;
    }

    private List<Long> longs(String sql) throws SQLException {
        return longs(c, sql);
    }

    static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    /** A company name made of a city, two words, a trade and a number, from the customer's row number {@code x}. */
    private static String name(String x) {
        return pick(CITIES, x) + " || " + pick(WORDS, x + " / 20") + " || " + pick(WORDS, x + " / 600") + " || "
                + pick(TRADES, x + " / 7") + " || '有限公司' || " + text(x + " / 18000");
    }

    /** The value at {@code index} modulo the number of values, as a CASE (the same SQL on every database). */
    private static String pick(String[] values, String index) {
        return IntStream.range(0, values.length).mapToObj(i -> " WHEN " + i + " THEN '" + values[i] + "'")
                .collect(Collectors.joining("", "CASE MOD(" + index + ", " + values.length + ")", " END"));
    }

    private static String pick(List<Long> values, String index) {
        return IntStream.range(0, values.size()).mapToObj(i -> " WHEN " + i + " THEN " + values.get(i))
                .collect(Collectors.joining("", "CASE MOD(" + index + ", " + values.size() + ")", " END"));
    }

    private static String text(String number) {
        return "CAST(" + number + " AS VARCHAR(20))";
    }

    private static String pad(String number, int width) {
        return "LPAD(" + text(number) + ", " + width + ", '0')";
    }

    /** What differs between the databases: the number series, date arithmetic, indexes and bulk-load settings. */
    enum Dialect {
        H2 {
            @Override
            String series() {
                return "SYSTEM_RANGE(?, ?)";
            }

            @Override
            String daysAgo(String days, boolean timestamp) {
                return "DATEADD(DAY, -(" + days + "), " + (timestamp ? "CURRENT_TIMESTAMP" : "CURRENT_DATE") + ")";
            }

            @Override
            void beforeLoad(Connection c) throws SQLException {
                try (Statement st = c.createStatement()) {
                    // H2's page cache (default 16 MB) is far smaller than a million customers' tables: 768 MB for
                    // the run (the database's setting, until restart).
                    st.execute("SET CACHE_SIZE 786432");
                    // The rows refer only to rows made just before: checking each reference would look up another
                    // table per row. Switched on again at the end (H2 does not re-check).
                    st.execute("SET REFERENTIAL_INTEGRITY FALSE");
                }
            }

            @Override
            Map<String, String> indexes(Connection c, List<String> tables) throws SQLException {
                Map<String, String> indexes = new LinkedHashMap<>();
                String sql = "SELECT i.TABLE_NAME, i.INDEX_NAME, c.COLUMN_NAME, c.ORDERING_SPECIFICATION "
                        + "FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c "
                        + "ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME "
                        + "WHERE i.INDEX_SCHEMA = SCHEMA() AND i.INDEX_NAME LIKE 'IX\\_%' AND i.TABLE_NAME IN ("
                        + tables.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "))
                        + ") ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION";
                Map<String, List<String>> columns = new LinkedHashMap<>();
                Map<String, String> tableOf = new LinkedHashMap<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        tableOf.put(rs.getString(2), rs.getString(1));
                        columns.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                                .add(rs.getString(3) + ("DESC".equals(rs.getString(4)) ? " DESC" : ""));
                    }
                }
                columns.forEach((index, cols) -> indexes.put(index, "CREATE INDEX " + index + " ON "
                        + tableOf.get(index) + " (" + String.join(", ", cols) + ")"));
                return indexes;
            }

            @Override
            void afterLoad(Connection c, long nextId) throws SQLException {
                try (Statement st = c.createStatement()) {
                    st.execute("SET REFERENTIAL_INTEGRITY TRUE");
                    st.execute("ALTER SEQUENCE CRM_SEQ RESTART WITH " + nextId);
                }
                c.commit();
                // After a bulk load H2 keeps rewriting the chunks of a big file for many minutes (both cores busy).
                // Compacting now leaves a small file and a quiet database; it closes the database, so the server
                // must not be running (the generator says so at the start).
                System.out.println("compacting the database file (SHUTDOWN COMPACT) ...");
                try (Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN COMPACT");
                }
            }
        },
        POSTGRESQL {
            @Override
            String series() {
                return "generate_series(CAST(? AS BIGINT), CAST(? AS BIGINT)) AS g(X)";
            }

            @Override
            String daysAgo(String days, boolean timestamp) {
                return timestamp ? "(CURRENT_TIMESTAMP - (" + days + ") * INTERVAL '1 day')"
                        : "(CURRENT_DATE - CAST(" + days + " AS INT))";
            }

            @Override
            void beforeLoad(Connection c) throws SQLException {
                try (Statement st = c.createStatement()) {
                    // Each chunk is its own transaction: waiting for the disk at every commit is not needed for
                    // generated data (a crash loses at most the last chunks, never consistency).
                    st.execute("SET synchronous_commit = off");
                    st.execute("SET maintenance_work_mem = '512MB'");
                }
            }

            @Override
            Map<String, String> indexes(Connection c, List<String> tables) throws SQLException {
                Map<String, String> indexes = new LinkedHashMap<>();
                String sql = "SELECT UPPER(indexname), indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                        + "AND indexname LIKE 'ix\\_%' AND UPPER(tablename) IN ("
                        + tables.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "))
                        + ") ORDER BY tablename, indexname";
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        indexes.put(rs.getString(1), rs.getString(2));
                    }
                }
                return indexes;
            }

            @Override
            void afterLoad(Connection c, long nextId) throws SQLException {
                try (Statement st = c.createStatement()) {
                    st.execute("ALTER SEQUENCE CRM_SEQ RESTART WITH " + nextId);
                    c.commit();
                    c.setAutoCommit(true);
                    // Fresh statistics, so that the planner knows the tables' new sizes at once, and the visibility
                    // map set, so that counts over an index read only the index (autovacuum would do both, later).
                    for (String table : TABLES) {
                        st.execute("VACUUM ANALYZE " + table);
                    }
                    c.setAutoCommit(false);
                }
            }
        };

        /** The SELECT's source: X from the first to the second parameter, both included. */
        abstract String series();

        /** {@code days} (an SQL expression) days before today, as a DATE or a TIMESTAMP. */
        abstract String daysAgo(String days, boolean timestamp);

        abstract void beforeLoad(Connection c) throws SQLException;

        /** The definitions ({@code CREATE INDEX ...}) of the IX_ indexes of {@code tables}, by index name. */
        abstract Map<String, String> indexes(Connection c, List<String> tables) throws SQLException;

        abstract void afterLoad(Connection c, long nextId) throws SQLException;

        static Dialect of(Connection c) throws SQLException {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return H2;
            }
            if (product.contains("postgresql")) {
                return POSTGRESQL;
            }
            throw new IllegalStateException("The generator knows H2 and PostgreSQL, not " + product);
        }
    }
}
