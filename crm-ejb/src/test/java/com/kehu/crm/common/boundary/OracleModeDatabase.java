package com.kehu.crm.common.boundary;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An in-memory H2 database in Oracle compatibility mode with Kehu CRM's schema, migrated by the application's own
 * migration runner ({@link SchemaMigration}), for tests that run the application's native SQL as Oracle would parse
 * it. H2's Oracle mode accepts Oracle's syntax (sequence.NEXTVAL, DUAL, '' as NULL, ...) but is not Oracle: it
 * catches non-portable SQL, not every Oracle error (see the README, "Oracle: what is verified").
 */
public final class OracleModeDatabase {

    private final String url;

    private OracleModeDatabase(String url) {
        this.url = url;
    }

    /** A new, migrated database; {@code name} keeps test classes apart. */
    public static OracleModeDatabase migrated(String name) throws Exception {
        OracleModeDatabase db = new OracleModeDatabase("jdbc:h2:mem:" + name
                + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        try (Connection connection = db.connect()) {
            SchemaMigration.update(connection, SchemaMigration.CHANGELOG);
        }
        return db;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    /** Runs test data statements. */
    public void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /** The single number a query returns. */
    public long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row: " + sql);
                }
                return rs.getLong(1);
            }
        }
    }
}
