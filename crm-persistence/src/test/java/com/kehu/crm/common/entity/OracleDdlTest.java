package com.kehu.crm.common.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The DDL that Liquibase writes for Oracle (offline, as {@code updateSQL} would give a DBA) is accepted by Oracle:
 * every identifier has at most 30 characters (the limit before Oracle 12.2, and of databases still set to
 * {@code COMPATIBLE} below it) and is not one of Oracle's reserved words, every column type is one Oracle has, and
 * text columns count characters, not bytes. No Oracle server is needed; what only a live Oracle can show is listed in
 * the README ("Oracle: what is verified").
 */
class OracleDdlTest {

    /**
     * Oracle's reserved words, as listed in the Oracle Database SQL Language Reference (19c and 23ai), appendix D
     * "Oracle SQL Reserved Words and Keywords", section "Oracle SQL Reserved Words". A table or column of one of
     * these names must be quoted everywhere, which no query of Kehu CRM does.
     */
    static final Set<String> ORACLE_RESERVED = Set.of("ACCESS", "ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC",
            "AUDIT", "BETWEEN", "BY", "CHAR", "CHECK", "CLUSTER", "COLUMN", "COLUMN_VALUE", "COMMENT", "COMPRESS",
            "CONNECT", "CREATE", "CURRENT", "DATE", "DECIMAL", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP", "ELSE",
            "EXCLUSIVE", "EXISTS", "FILE", "FLOAT", "FOR", "FROM", "GRANT", "GROUP", "HAVING", "IDENTIFIED",
            "IMMEDIATE", "IN", "INCREMENT", "INDEX", "INITIAL", "INSERT", "INTEGER", "INTERSECT", "INTO", "IS",
            "LEVEL", "LIKE", "LOCK", "LONG", "MAXEXTENTS", "MINUS", "MLSLABEL", "MODE", "MODIFY", "NESTED_TABLE_ID",
            "NOAUDIT", "NOCOMPRESS", "NOT", "NOWAIT", "NULL", "NUMBER", "OF", "OFFLINE", "ON", "ONLINE", "OPTION",
            "OR", "ORDER", "PCTFREE", "PRIOR", "PUBLIC", "RAW", "RENAME", "RESOURCE", "REVOKE", "ROW", "ROWID",
            "ROWNUM", "ROWS", "SELECT", "SESSION", "SET", "SHARE", "SIZE", "SMALLINT", "START", "SUCCESSFUL",
            "SYNONYM", "SYSDATE", "TABLE", "THEN", "TO", "TRIGGER", "UID", "UNION", "UNIQUE", "UPDATE", "USER",
            "VALIDATE", "VALUES", "VARCHAR", "VARCHAR2", "VIEW", "WHENEVER", "WHERE", "WITH");

    /** Column types Oracle has (DECIMAL and INTEGER are its ANSI names of NUMBER). */
    private static final Pattern ORACLE_TYPE = Pattern.compile(
            "VARCHAR2\\(\\d+\\)|NUMBER\\(\\d+(?:, ?\\d+)?\\)|NUMBER|INTEGER|DECIMAL\\(\\d+, ?\\d+\\)|TIMESTAMP|DATE|CLOB|BLOB");

    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (\\w+) \\((.*)\\)", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("(\\w+) (\\w+(?:\\(\\d+(?:, ?\\d+)?\\))?).*", Pattern.DOTALL);
    private static final Pattern CONSTRAINT = Pattern.compile("CONSTRAINT (\\w+) ");
    private static final Pattern CREATE_INDEX = Pattern.compile("CREATE (?:UNIQUE )?INDEX (\\w+) ON (\\w+)\\(([\\w, ]+)\\)");
    private static final Pattern ADD_CONSTRAINT = Pattern.compile("ALTER TABLE (\\w+) ADD CONSTRAINT (\\w+) .*", Pattern.DOTALL);
    private static final Pattern ADD_COLUMN = Pattern.compile("ALTER TABLE (\\w+) ADD (\\w+ .*)", Pattern.DOTALL);
    private static final Pattern CREATE_SEQUENCE = Pattern.compile("CREATE SEQUENCE (\\w+) .*");
    private static final Pattern DROP_INDEX = Pattern.compile("DROP INDEX (\\w+)");
    /** A default added to an existing column (no new identifier, no new type). */
    private static final Pattern MODIFY_DEFAULT = Pattern.compile("ALTER TABLE (\\w+) MODIFY (\\w+) DEFAULT [\\w.']+");
    private static final String CHAR_SEMANTICS = "ALTER SESSION SET NLS_LENGTH_SEMANTICS = CHAR";

    @Test
    void everyIdentifierIsShortAndNotReservedAndEveryTypeIsOracles() throws Exception {
        // 19c, the oldest Oracle release still in premier support: Liquibase writes BOOLEAN as NUMBER(1) there.
        List<String> ddl = ddl(MigrationsTest.offlineSql("oracle", "version=19.0&"));
        Set<String> identifiers = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        int tables = 0;
        int columns = 0;
        for (String statement : ddl) {
            Matcher m;
            if ((m = CREATE_TABLE.matcher(statement)).matches()) {
                tables++;
                identifiers.add(m.group(1));
                for (String part : splitTopLevel(m.group(2))) {
                    Matcher c = CONSTRAINT.matcher(part);
                    if (part.startsWith("CONSTRAINT ") && c.lookingAt()) {
                        identifiers.add(c.group(1));
                        continue;
                    }
                    columns++;
                    checkColumn(m.group(1), part, identifiers, problems);
                }
            } else if ((m = CREATE_INDEX.matcher(statement)).matches()) {
                identifiers.add(m.group(1));
            } else if ((m = ADD_CONSTRAINT.matcher(statement)).matches()) {
                identifiers.add(m.group(2));
            } else if ((m = ADD_COLUMN.matcher(statement)).matches()) {
                columns++;
                checkColumn(m.group(1), m.group(2), identifiers, problems);
            } else if ((m = CREATE_SEQUENCE.matcher(statement)).matches()) {
                identifiers.add(m.group(1));
            } else if (!DROP_INDEX.matcher(statement).matches() && !MODIFY_DEFAULT.matcher(statement).matches()
                    && !statement.equals(CHAR_SEMANTICS)) {
                problems.add("a statement this test does not check yet (teach it): " + statement);
            }
        }
        for (String identifier : identifiers) {
            if (identifier.length() > 30) {
                problems.add(identifier + " is longer than 30 characters");
            }
            if (ORACLE_RESERVED.contains(identifier.toUpperCase())) {
                problems.add(identifier + " is an Oracle reserved word");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(tables >= 20 && columns >= 200, tables + " tables and " + columns + " columns: the DDL was not parsed");
        assertTrue(identifiers.containsAll(Set.of("SEC_USER", "PASSWORD_HASH", "CRM_SEQ", "PK_SEC_USER",
                "IX_CHN_WARNING_CUSTOMER", "PREVIOUS_LOGIN_AT")), identifiers.toString());
    }

    @Test
    void textColumnsCountCharactersSoThatChineseFits() throws Exception {
        String sql = MigrationsTest.offlineSql("oracle");
        int semantics = sql.indexOf(CHAR_SEMANTICS);
        int firstTable = sql.indexOf("CREATE TABLE");
        assertTrue(semantics >= 0 && semantics < firstTable,
                "the session must count VARCHAR2 lengths in characters before the first table is created");
        assertFalse(sql.contains(" BYTE)"), "no column may ask for byte lengths");
        assertTrue(sql.contains("NAME VARCHAR2(100)"), "VARCHAR(100) stays 100 (characters)");
    }

    @Test
    void theCharacterSemanticsAreOracleOnly() throws Exception {
        assertFalse(MigrationsTest.offlineSql("postgresql").contains("NLS_LENGTH_SEMANTICS"));
        assertFalse(MigrationsTest.offlineSql("h2").contains("NLS_LENGTH_SEMANTICS"));
    }

    private static void checkColumn(String table, String definition, Set<String> identifiers, List<String> problems) {
        Matcher c = COLUMN.matcher(definition);
        if (!c.matches()) {
            problems.add(table + ": column definition not understood: " + definition);
            return;
        }
        identifiers.add(c.group(1));
        String type = c.group(2).toUpperCase();
        if (!ORACLE_TYPE.matcher(type).matches()) {
            problems.add(table + "." + c.group(1) + ": type " + type + " is not an Oracle 19c type");
        }
    }

    /** The DDL statements of the script (data inserts and comments left out), with the SQL kept for a DBA to read. */
    private static List<String> ddl(String script) throws Exception {
        Files.writeString(Path.of("target/oracle-ddl.sql"), script);
        List<String> statements = new ArrayList<>();
        for (String statement : script.split(";\\s*\\n")) {
            String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + " " + b).strip();
            if (!sql.isEmpty() && !sql.startsWith("INSERT INTO ")) {
                assertFalse(sql.contains("\""), "a quoted identifier (a reserved word?): " + sql);
                statements.add(sql);
            }
        }
        return statements;
    }

    /** Splits a table body at the commas that are not inside parentheses. */
    private static List<String> splitTopLevel(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                parts.add(body.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(body.substring(start).strip());
        return parts;
    }
}
