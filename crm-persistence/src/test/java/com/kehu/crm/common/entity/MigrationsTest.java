package com.kehu.crm.common.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The migrations are valid on H2 (applied for real, twice), produce Oracle and PostgreSQL DDL, and name nothing with
 * a reserved word or more than 30 characters.
 */
class MigrationsTest {

    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    static final String GRANTS = "db/changelog/db.changelog-grants.xml";
    static final String[] CHANGE_FILES = {"db/changelog/changes/000-oracle-char-semantics.xml",
            "db/changelog/changes/001-security.xml", "db/changelog/changes/002-basedata.xml",
            "db/changelog/changes/003-customer.xml", "db/changelog/changes/004-sales.xml",
            "db/changelog/changes/005-documents.xml", "db/changelog/changes/006-opportunity.xml",
            "db/changelog/changes/007-support.xml", "db/changelog/changes/008-churn.xml", "db/changelog/changes/009-customer-sort.xml",
            "db/changelog/changes/010-sales-import.xml", "db/changelog/changes/011-password-change.xml",
            "db/changelog/changes/012-postgresql-documents.xml", "db/changelog/changes/014-security-audit.xml",
            "db/changelog/changes/015-reports.xml",
            "db/changelog/changes/016-dashboard.xml",
            "db/changelog/db.changelog-grants.xml"};

    /** Words that Oracle, H2 or PostgreSQL reserve and that a CRM schema is tempted to use. */
    static final Set<String> RESERVED = Set.of("USER", "ORDER", "LEVEL", "COMMENT", "DATE", "VALUE", "KEY", "GROUP",
            "RIGHT", "ROLE", "SIZE", "NUMBER", "ROWS", "ROW", "TYPE", "RESOURCE", "MODE", "ACCESS", "FILE", "SESSION",
            "UID", "YEAR", "MONTH", "DAY", "TIME", "TIMESTAMP", "LIMIT", "OFFSET", "TABLE", "INDEX", "CHECK", "START",
            "DESC", "ASC", "SHARE", "SYSDATE", "OPTION", "PUBLIC", "AUDIT", "LOCK", "MINUS", "UNION", "INTERVAL",
            "SYSTEM_USER", "CURRENT_USER", "VERSION_", "DEFAULT", "END", "POSITION", "SEQUENCE", "STATUS_");

    private static final Pattern NAME = Pattern.compile(
            "(?:tableName|name|constraintName|indexName|primaryKeyName|uniqueConstraintName|foreignKeyName|sequenceName)=\"([^\"]+)\"");

    @Test
    void theMigrationsApplyOnH2AndASecondRunChangesNothing() throws Exception {
        String url = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";
        update(url);
        update(url);
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            try (Statement st = connection.createStatement()) {
                assertEquals(32, count(st, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
                assertEquals(20, count(st, "SELECT COUNT(*) FROM SEC_ROLE_RIGHT rr JOIN SEC_RIGHT r ON r.ID = rr.RIGHT_ID "
                        + "WHERE r.RIGHT_GROUP = 'report'"), "the five report rights for four roles");
                assertEquals(0, count(st, "SELECT LAST_ID FROM AUD_CHAIN_HEAD WHERE ID = 1"), "the audit chain starts empty");
                assertEquals(1, count(st, "SELECT COUNT(*) FROM SEC_ROLE_RIGHT rr JOIN SEC_RIGHT r ON r.ID = rr.RIGHT_ID "
                        + "JOIN SEC_ROLE ro ON ro.ID = rr.ROLE_ID WHERE r.CODE = 'admin.audit' AND ro.CODE = 'admin'"),
                        "administrators read the security audit");
                assertEquals(5, count(st, "SELECT COUNT(*) FROM SEC_ROLE WHERE BUILT_IN = TRUE"));
                assertEquals(5, count(st, "SELECT COUNT(*) FROM BAS_DICT_ENTRY WHERE DICT_TYPE = 'CUSTOMER_LEVEL' AND EDITABLE = FALSE"));
                assertEquals(0, count(st, "SELECT COUNT(*) FROM SEC_USER"), "no user comes from the migrations");
                st.executeUpdate("INSERT INTO SEC_USER (ID, VERSION, USERNAME, DISPLAY_NAME, PASSWORD_HASH, ACCOUNT_STATUS, "
                        + "FAILED_LOGINS, CREATED_AT) VALUES (1, 0, 'probe', 'Probe', 'x', 'ACTIVE', 0, CURRENT_TIMESTAMP)");
                assertEquals(1, count(st, "SELECT COUNT(*) FROM SEC_USER WHERE PASSWORD_CHANGE_REQUIRED = FALSE"),
                        "a user inserted without the flag needs no password change");
                st.executeUpdate("DELETE FROM SEC_USER");
                assertEquals(4, count(st, "SELECT COUNT(*) FROM SEC_RIGHT WHERE RIGHT_GROUP = 'opportunity'"));
                try (ResultSet rs = st.executeQuery("SELECT LABEL_ZH FROM BAS_DICT_ENTRY WHERE DICT_TYPE = 'CUSTOMER_LEVEL' AND ITEM_VALUE = '5'")) {
                    assertTrue(rs.next());
                    assertEquals("战略合作伙伴", rs.getString(1));
                }
                assertTrue(count(st, "SELECT NEXT VALUE FOR CRM_SEQ") >= 1000);
            }
        }
    }

    @Test
    void theMigrationsProduceOracleAndPostgresqlDdl() throws Exception {
        String oracle = offlineSql("oracle");
        assertTrue(oracle.contains("CREATE TABLE SEC_USER"), oracle);
        assertTrue(oracle.contains("VARCHAR2(50"), oracle);
        assertTrue(oracle.contains("CREATE SEQUENCE CRM_SEQ"), oracle);
        String postgres = offlineSql("postgresql");
        assertTrue(postgres.toUpperCase().contains("CREATE TABLE SEC_USER"), postgres);
        assertTrue(postgres.toUpperCase().contains("CREATE SEQUENCE"), postgres);
    }

    @Test
    void withASeparateSchemaOwnerTheApplicationUserMayOnlyReadAndInsertTheAuditTables() throws Exception {
        String before = System.setProperty("kehu.app.user", "kehu_app");
        try {
            String postgres = offlineSql("postgresql", "", GRANTS);
            assertTrue(postgres.contains("REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM kehu_app"), postgres);
            assertTrue(postgres.contains("GRANT SELECT, INSERT ON %I TO kehu_app"), postgres);
            assertTrue(postgres.contains("'aud_entry', 'aud_security_event'"), postgres);
            String oracle = offlineSql("oracle", "", GRANTS);
            assertTrue(oracle.contains("GRANT SELECT, INSERT ON ' || t.table_name || ' TO kehu_app"), oracle);
        } finally {
            if (before == null) {
                System.clearProperty("kehu.app.user");
            } else {
                System.setProperty("kehu.app.user", before);
            }
        }
        assertFalse(offlineSql("postgresql", "", GRANTS).contains("TO kehu_app"), "one database user: no grants");
    }

    @Test
    void namesAreShortAndNeverReservedWords() throws Exception {
        for (String file : CHANGE_FILES) {
            String xml = new String(getClass().getClassLoader().getResourceAsStream(file).readAllBytes());
            Matcher m = NAME.matcher(xml);
            while (m.find()) {
                String name = m.group(1).toUpperCase();
                if (name.length() > 30) {
                    fail(file + ": " + name + " is longer than 30 characters");
                }
                if (RESERVED.contains(name)) {
                    fail(file + ": " + name + " is a reserved word");
                }
            }
            NodeList columns = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(getClass().getClassLoader().getResourceAsStream(file)).getElementsByTagName("column");
            for (int i = 0; i < columns.getLength(); i++) {
                String type = ((Element) columns.item(i)).getAttribute("type").toUpperCase();
                assertTrue(type.isEmpty() || type.matches("(BIGINT|INT|VARCHAR\\(\\d+\\)|TIMESTAMP|BOOLEAN|CLOB|BLOB|DATE|NUMERIC|DATETIME|DECIMAL\\(\\d+, ?\\d+\\))"),
                        file + ": non-portable type " + type);
            }
        }
    }

    /** Liquibase closes the connection it was given: each run gets its own. */
    static void update(String url) throws Exception {
        Connection connection = DriverManager.getConnection(url, "sa", "");
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Scope.child(Map.of("liquibase.analytics.enabled", false), () -> {
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        });
    }

    static String offlineSql(String dbms) throws Exception {
        return offlineSql(dbms, "");
    }

    /** The SQL Liquibase would run on an empty database of that kind; {@code parameters} e.g. "version=19.0&". */
    static String offlineSql(String dbms, String parameters) throws Exception {
        return offlineSql(dbms, parameters, CHANGELOG);
    }

    static String offlineSql(String dbms, String parameters, String changelog) throws Exception {
        // The offline "database" remembers applied changesets in this file: start from none.
        String changeLog = "target/offline-" + dbms + parameters.hashCode() + ".csv";
        Files.deleteIfExists(Path.of(changeLog));
        StringWriter sql = new StringWriter();
        Scope.child(Map.of("liquibase.analytics.enabled", false), () -> {
            Database database = DatabaseFactory.getInstance().openDatabase(
                    "offline:" + dbms + "?" + parameters + "changeLogFile=" + changeLog, null, null, null,
                    new ClassLoaderResourceAccessor());
            try (Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(), database)) {
                liquibase.update(new Contexts(), new LabelExpression(), sql);
            }
        });
        return sql.toString();
    }

    static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
