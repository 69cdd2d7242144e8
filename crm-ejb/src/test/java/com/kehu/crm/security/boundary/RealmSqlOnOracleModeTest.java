package com.kehu.crm.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.common.boundary.OracleModeDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two queries of the server's jdbc-realm, read from config/20-security.cli as the server gets them, run in H2's
 * Oracle mode: the password hash of an active, unlocked user, and the codes of a user's roles and rights.
 */
class RealmSqlOnOracleModeTest {

    private static final Path SCRIPT = Path.of("..", "config", "20-security.cli");
    private static OracleModeDatabase db;
    private static String principalQuery;
    private static String rolesQuery;

    @BeforeAll
    static void usersAndQueries() throws Exception {
        List<String> queries = new ArrayList<>();
        Matcher sql = Pattern.compile("sql=\"([^\"]+)\"").matcher(Files.readString(SCRIPT));
        while (sql.find()) {
            queries.add(sql.group(1));
        }
        assertEquals(2, queries.size(), "the realm's principal query and roles query in " + SCRIPT);
        principalQuery = queries.get(0);
        rolesQuery = queries.get(1);

        db = OracleModeDatabase.migrated("realm");
        String user = "INSERT INTO SEC_USER (ID, VERSION, USERNAME, DISPLAY_NAME, PASSWORD_HASH, ACCOUNT_STATUS, "
                + "FAILED_LOGINS, LOCKED_UNTIL, CREATED_AT) VALUES (%d, 0, '%s', '用户', '%s', '%s', 0, %s, SYSTIMESTAMP)";
        db.execute(String.format(user, 501, "wang", "$2a$10$wang", "ACTIVE", "NULL"),
                String.format(user, 502, "li", "$2a$10$li", "ACTIVE", "SYSTIMESTAMP + INTERVAL '15' MINUTE"),
                String.format(user, 503, "zhao", "$2a$10$zhao", "DISABLED", "NULL"),
                String.format(user, 504, "chen", "$2a$10$chen", "ACTIVE", "TIMESTAMP '2020-01-01 00:00:00'"),
                // wang is a customer manager (role 4) and a supervisor (role 3)
                "INSERT INTO SEC_USER_ROLE (USER_ID, ROLE_ID) VALUES (501, 4)",
                "INSERT INTO SEC_USER_ROLE (USER_ID, ROLE_ID) VALUES (501, 3)");
    }

    @Test
    void onlyAnActiveUnlockedUserHasAPasswordHash() throws Exception {
        assertEquals(List.of("$2a$10$wang"), rows(principalQuery, "wang"));
        assertEquals(List.of(), rows(principalQuery, "li"), "locked for 15 more minutes");
        assertEquals(List.of(), rows(principalQuery, "zhao"), "disabled");
        assertEquals(List.of("$2a$10$chen"), rows(principalQuery, "chen"), "a lock that has expired");
        assertEquals(List.of(), rows(principalQuery, "nobody"));
    }

    @Test
    void theRolesAreTheUsersRoleCodesAndTheirRightsCodes() throws Exception {
        // a right held through two roles comes twice: the realm's attribute keeps it once
        Set<String> roles = new TreeSet<>(rows(rolesQuery, "wang"));
        Set<String> expected = new TreeSet<>(Set.of("manager", "supervisor"));
        try (Connection connection = db.connect(); ResultSet rs = connection.createStatement().executeQuery(
                "SELECT DISTINCT rt.CODE FROM SEC_ROLE_RIGHT rr JOIN SEC_RIGHT rt ON rt.ID = rr.RIGHT_ID "
                        + "WHERE rr.ROLE_ID IN (3, 4)")) {
            while (rs.next()) {
                expected.add(rs.getString(1));
            }
        }
        assertTrue(expected.size() > 10, "the rights of supervisors and managers: " + expected);
        assertEquals(expected, roles);
        assertEquals(List.of(), rows(rolesQuery, "chen"), "a user without roles has none");
    }

    private static List<String> rows(String sql, String username) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, username);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }
}
