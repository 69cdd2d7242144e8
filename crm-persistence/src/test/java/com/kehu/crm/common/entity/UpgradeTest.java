package com.kehu.crm.common.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A database of the previous release, with data in every table, migrates to this release with nothing lost: on H2 and
 * on PostgreSQL. The previous release's schema is {@code db/changelog/previous-release.xml} (its changeset files, which
 * are never edited). Every table gets rows generated from the database's own metadata (foreign keys pointing at
 * generated parents, Chinese text, LOBs (on PostgreSQL, large objects), timestamps), so a table added by a later release is covered without writing
 * its data by hand. After the migration, every table still has every row with the same values in every column it had;
 * a new column must be declared in {@link #NEW_COLUMN_DEFAULTS} and holds its default in every old row; the previous
 * release's changesets are still recorded with unchanged checksums, and the id sequence has not gone back.
 * <p>
 * PostgreSQL: the JDBC URL comes from the system property {@value #PG_URL} (user and password from
 * {@code kehu.test.postgresql.user} / {@code .password}, default kehu/kehu); the test replaces the database's
 * {@code public} schema. The profile {@code postgresql} sets it (mvn verify -Ppostgresql); without it the test is
 * skipped. A PostgreSQL run whose database cannot be reached fails on CI (CI=true).
 */
class UpgradeTest {

    static final String PREVIOUS_RELEASE = "db/changelog/previous-release.xml";
    static final String PG_URL = "kehu.test.postgresql.url";

    /** Columns this release adds to the previous release's tables, and the value old rows must get. */
    static final Map<String, Object> NEW_COLUMN_DEFAULTS = newColumnDefaults();

    /** 011/013: the password and session columns; 017: an import's and a churn run's job (none for old ones). */
    private static Map<String, Object> newColumnDefaults() {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("SEC_USER.PASSWORD_CHANGE_REQUIRED", Boolean.FALSE);
        defaults.put("SEC_USER.SECURITY_STAMP", 0L);
        for (String column : List.of("JOB_EXECUTION_ID", "RUN_NODE", "ENCODING", "LOCALE")) {
            defaults.put("SALES_IMPORT_JOB." + column, null);
        }
        defaults.put("SALES_IMPORT_JOB.FILE_SIZE", 0L);
        defaults.put("SALES_IMPORT_JOB.BYTES_READ", 0L);
        for (String column : List.of("JOB_EXECUTION_ID", "RUN_NODE", "LAST_CUSTOMER_ID")) {
            defaults.put("CHN_RUN." + column, null);
        }
        return defaults;
    }
    /**
     * Reference rows this release adds to existing tables (table → column and value that mark them); every other row
     * must be as before; the value is a pattern. 014: the right admin.audit (40) for the administrator role. 015: the
     * report rights (50-54) for four roles.
     */
    static final Map<String, Map.Entry<String, String>> NEW_REFERENCE_ROWS = Map.of(
            "SEC_RIGHT", Map.entry("ID", "40|5[0-4]"),
            "SEC_ROLE_RIGHT", Map.entry("RIGHT_ID", "40|5[0-4]"));

    private static final Set<String> LIQUIBASE_TABLES = Set.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");
    private static final int ROWS_PER_TABLE = 2;

    @Test
    void anH2DatabaseOfThePreviousReleaseMigratesWithNothingLost() throws Exception {
        String url = "jdbc:h2:mem:upgrade;DB_CLOSE_DELAY=-1";
        upgradeLosesNothing(() -> DriverManager.getConnection(url, "sa", ""), "SELECT NEXT VALUE FOR CRM_SEQ");
    }

    @Test
    void aPostgresqlDatabaseOfThePreviousReleaseMigratesWithNothingLost() throws Exception {
        String url = System.getProperty(PG_URL, "");
        String user = System.getProperty("kehu.test.postgresql.user", "kehu");
        String password = System.getProperty("kehu.test.postgresql.password", "kehu");
        // Not a PostgreSQL run (mvn verify -Ppostgresql sets the URL): this test has no database to target.
        Assumptions.assumeFalse(url.isBlank(), "PostgreSQL upgrade test: runs with -Ppostgresql (system property "
                + PG_URL + ", e.g. jdbc:postgresql://127.0.0.1:5432/kehu_upgrade)");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement st = connection.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            unavailable("PostgreSQL upgrade test: cannot use " + url + " as " + user + ": " + e.getMessage());
        }
        upgradeLosesNothing(() -> DriverManager.getConnection(url, user, password), "SELECT nextval('crm_seq')");
    }

    /** A PostgreSQL run whose database is missing fails on CI (CI=true) and is skipped elsewhere. */
    private static void unavailable(String why) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(why);
        }
        Assumptions.abort(why);
    }

    private void upgradeLosesNothing(Connect connect, String nextId) throws Exception {
        migrate(connect.open(), PREVIOUS_RELEASE);
        Map<String, List<Map<String, String>>> before;
        List<Map<String, String>> changeLogBefore;
        long idBefore;
        try (Connection connection = connect.open()) {
            connection.setAutoCommit(false); // PostgreSQL's large objects live in a transaction
            int filled = fillEveryTable(connection);
            connection.commit();
            assertTrue(filled > 20, "the previous release has its tables, found " + filled);
            before = snapshot(connection);
            before.forEach((table, rows) -> assertFalse(rows.isEmpty(), table + " has no data before the upgrade"));
            changeLogBefore = changeLog(connection);
            idBefore = single(connection, nextId);
            connection.commit();
        }

        migrate(connect.open(), MigrationsTest.CHANGELOG);

        try (Connection connection = connect.open()) {
            connection.setAutoCommit(false);
            Map<String, List<Map<String, String>>> after = snapshot(connection);
            Set<String> newColumns = new java.util.TreeSet<>();
            for (Map.Entry<String, List<Map<String, String>>> table : before.entrySet()) {
                List<Map<String, String>> rowsAfter = after.get(table.getKey());
                assertTrue(rowsAfter != null, table.getKey() + " is gone after the upgrade");
                Map.Entry<String, String> added = NEW_REFERENCE_ROWS.get(table.getKey());
                if (added != null) {
                    assertTrue(rowsAfter.stream().anyMatch(r -> matches(r.get(added.getKey()), added.getValue())),
                            table.getKey() + ": the new reference rows are there");
                    rowsAfter = rowsAfter.stream().filter(r -> !matches(r.get(added.getKey()), added.getValue())).toList();
                }
                assertEquals(table.getValue().size(), rowsAfter.size(), table.getKey() + ": rows before and after");
                for (int i = 0; i < rowsAfter.size(); i++) {
                    Map<String, String> old = table.getValue().get(i);
                    Map<String, String> now = rowsAfter.get(i);
                    for (Map.Entry<String, String> column : old.entrySet()) {
                        assertEquals(column.getValue(), now.get(column.getKey()),
                                table.getKey() + "." + column.getKey() + " of row " + i + " changed");
                    }
                    for (String column : now.keySet()) {
                        if (!old.containsKey(column)) {
                            String qualified = table.getKey() + "." + column;
                            newColumns.add(qualified);
                            assertTrue(NEW_COLUMN_DEFAULTS.containsKey(qualified),
                                    qualified + " is new: declare the value old rows get in NEW_COLUMN_DEFAULTS");
                            assertEquals(normalize(NEW_COLUMN_DEFAULTS.get(qualified)), now.get(column),
                                    qualified + " of an old row");
                        }
                    }
                }
            }
            assertEquals(NEW_COLUMN_DEFAULTS.keySet(), newColumns, "the new columns this release adds");

            List<Map<String, String>> changeLogAfter = changeLog(connection);
            assertEquals(changeLogBefore, changeLogAfter.subList(0, changeLogBefore.size()),
                    "the previous release's changesets stay recorded, with the same checksums");
            assertTrue(changeLogAfter.size() > changeLogBefore.size(), "this release adds changesets");
            assertTrue(single(connection, nextId) > idBefore, "the id sequence goes on, never back");
        }
    }

    /** Liquibase closes the connection it was given. */
    private static void migrate(Connection connection, String changeLog) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Scope.child(Map.of("liquibase.analytics.enabled", false), () -> {
            try (Liquibase liquibase = new Liquibase(changeLog, new ClassLoaderResourceAccessor(), database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        });
    }

    // --- generated data -------------------------------------------------------------------------------------------

    /** Inserts {@link #ROWS_PER_TABLE} rows into every application table, parents first; answers the table count. */
    private static int fillEveryTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = tables(connection);
        Map<String, Map<String, String[]>> foreignKeys = new HashMap<>();
        for (String table : tables) {
            Map<String, String[]> keys = new HashMap<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema(connection), table)) {
                while (rs.next()) {
                    keys.put(upper(rs.getString("FKCOLUMN_NAME")),
                            new String[] {upper(rs.getString("PKTABLE_NAME")), upper(rs.getString("PKCOLUMN_NAME"))});
                }
            }
            foreignKeys.put(upper(table), keys);
        }
        Map<String, List<Map<String, Object>>> generated = new HashMap<>();
        Set<String> done = new LinkedHashSet<>();
        int tableNo = 0;
        while (done.size() < tables.size()) {
            boolean progress = false;
            for (String table : tables) {
                String key = upper(table);
                if (done.contains(key) || !foreignKeys.get(key).values().stream()
                        .allMatch(ref -> ref[0].equals(key) || done.contains(ref[0]))) {
                    continue;
                }
                tableNo++;
                generated.put(key, insertRows(connection, table, tableNo, foreignKeys.get(key), generated));
                done.add(key);
                progress = true;
            }
            assertTrue(progress, "foreign keys in a cycle among " + tables + " (done: " + done + ")");
        }
        return tables.size();
    }

    private static List<Map<String, Object>> insertRows(Connection connection, String table, int tableNo,
            Map<String, String[]> foreignKeys, Map<String, List<Map<String, Object>>> generated) throws SQLException {
        List<Column> columns = columns(connection, table);
        List<Map<String, Object>> rows = new ArrayList<>();
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns.stream().map(Column::name).toList())
                + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int row = 0; row < ROWS_PER_TABLE; row++) {
                Map<String, Object> values = new HashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    String[] reference = foreignKeys.get(upper(column.name()));
                    Object value;
                    if (reference == null) {
                        value = column.sample(tableNo, row, c);
                    } else if (reference[0].equals(upper(table))) {
                        value = null; // a tree's root: no parent
                    } else {
                        value = generated.get(reference[0]).get(row).get(reference[1]);
                    }
                    values.put(upper(column.name()), value);
                    if (value == null) {
                        insert.setNull(c + 1, column.type());
                    } else if (column.largeObject()) {
                        byte[] bytes = (byte[]) value;
                        insert.setBlob(c + 1, new java.io.ByteArrayInputStream(bytes), bytes.length);
                    } else {
                        insert.setObject(c + 1, value);
                    }
                }
                insert.executeUpdate();
                rows.add(values);
            }
        }
        return rows;
    }

    /** A column, and a value of its type for generated row {@code row} (unique per table, row and column). */
    private record Column(String name, int type, String typeName, int size, int scale) {

        /** PostgreSQL keeps Liquibase's BLOB as a large object: an {@code oid} column, whose JDBC type is BIGINT. */
        boolean largeObject() {
            return "oid".equalsIgnoreCase(typeName);
        }

        Object sample(int table, int row, int column) {
            long unique = 900_000L + table * 100L + row * 10L + column;
            if (largeObject()) {
                return bytes(unique);
            }
            return switch (type) {
                case Types.BIGINT, Types.INTEGER -> unique;
                case Types.SMALLINT, Types.TINYINT -> (short) (row + 1);
                case Types.NUMERIC, Types.DECIMAL -> BigDecimal.valueOf(
                        (unique % (long) Math.pow(10, Math.max(1, Math.min(size - scale, 9)))) + row * 0.25)
                        .setScale(Math.max(scale, 0), java.math.RoundingMode.HALF_UP);
                case Types.BOOLEAN, Types.BIT -> row == 0;
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                        Timestamp.valueOf(LocalDateTime.of(2025, 1 + row, 1 + table % 28, 9 + column % 12, column % 60, 30));
                case Types.DATE -> java.sql.Date.valueOf(LocalDate.of(2025, 1 + row, 1 + table % 28));
                case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR -> ("第 " + row + " 行的长文本 " + unique + "\n").repeat(200);
                case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> bytes(unique);
                case Types.VARCHAR, Types.CHAR, Types.NVARCHAR -> text(unique);
                default -> throw new AssertionError(name + ": no sample for JDBC type " + type);
            };
        }

        private String text(long unique) {
            String plain = "t" + unique;
            String value = size > 1_000_000 ? ("客户资料 " + plain + " ").repeat(300) : size >= plain.length() + 2 ? "客户" + plain : plain;
            return value.length() > size ? value.substring(value.length() - size) : value;
        }

        private static byte[] bytes(long unique) {
            byte[] bytes = new byte[4096];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (unique + i * 31);
            }
            return bytes;
        }
    }

    // --- reading back ---------------------------------------------------------------------------------------------

    /** Every application table's rows in key order, each column's value as text (LOBs included). */
    private static Map<String, List<Map<String, String>>> snapshot(Connection connection) throws SQLException {
        Map<String, List<Map<String, String>>> tables = new TreeMap<>();
        for (String table : tables(connection)) {
            List<Column> columns = columns(connection, table);
            List<String> order = primaryKey(connection, table);
            if (order.isEmpty()) {
                order = columns.stream().filter(c -> !isLob(c)).map(Column::name).toList();
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY " + String.join(", ", order))) {
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (Column column : columns) {
                        row.put(upper(column.name()), read(rs, column));
                    }
                    rows.add(row);
                }
            }
            tables.put(upper(table), rows);
        }
        return tables;
    }

    private static List<Map<String, String>> changeLog(Connection connection) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT ID, AUTHOR, FILENAME, MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rs.next()) {
                rows.add(Map.of("id", rs.getString(1), "author", rs.getString(2), "file", rs.getString(3),
                        "md5", String.valueOf(rs.getString(4))));
            }
        }
        return rows;
    }

    private static String read(ResultSet rs, Column column) throws SQLException {
        if (column.largeObject()) {
            java.sql.Blob blob = rs.getBlob(column.name());
            return blob == null ? null : Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
        }
        return switch (column.type()) {
            case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR -> rs.getString(column.name());
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] bytes = rs.getBytes(column.name());
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            default -> normalize(rs.getObject(column.name()));
        };
    }

    private static String normalize(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static boolean isLob(Column column) {
        return Set.of(Types.CLOB, Types.NCLOB, Types.BLOB, Types.LONGVARBINARY, Types.BINARY, Types.VARBINARY)
                .contains(column.type()) || column.largeObject() || column.size() > 1_000_000;
    }

    // --- metadata -------------------------------------------------------------------------------------------------

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, schema(connection), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!LIQUIBASE_TABLES.contains(upper(name))) {
                    tables.add(name);
                }
            }
        }
        tables.sort(String.CASE_INSENSITIVE_ORDER);
        return tables;
    }

    private static List<Column> columns(Connection connection, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, schema(connection), table, "%")) {
            while (rs.next()) {
                columns.add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        rs.getInt("COLUMN_SIZE"),
                        rs.getInt("DECIMAL_DIGITS")));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        Map<Short, String> key = new TreeMap<>();
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(null, schema(connection), table)) {
            while (rs.next()) {
                key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(key.values());
    }

    private static String schema(Connection connection) throws SQLException {
        return connection.getSchema();
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    @FunctionalInterface
    private interface Connect {
        Connection open() throws SQLException;
    }

    private static boolean matches(String value, String pattern) {
        return value != null && value.matches(pattern);
    }
}
