package com.kehu.crm.it;

import static com.kehu.crm.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.security.boundary.LoginService;
import com.kehu.crm.security.boundary.SecurityAudit;
import com.kehu.crm.security.boundary.UserService;
import com.kehu.crm.security.control.AuditChain;
import com.kehu.crm.security.dto.ChainVerification;
import com.kehu.crm.security.dto.SecurityEventCriteria;
import com.kehu.crm.security.dto.SecurityEventRow;
import com.kehu.crm.security.entity.Role;
import com.kehu.crm.security.entity.SecurityEventType;
import com.kehu.crm.security.entity.SecurityOutcome;
import com.kehu.crm.security.entity.User;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security audit trail: what the business methods record, and its hash chain, which names the entry that was
 * edited, deleted or inserted behind the application's back (plain JDBC here, as someone with database access would),
 * and which concurrent writers do not fork.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityAuditIT {

    private static final String PASSWORD = "Audit-trail#2026-pass";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(SecurityAuditIT.class);
    }

    @EJB
    private SecurityAudit audit;
    @EJB
    private UserService users;
    @EJB
    private LoginService logins;
    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Test
    void userAdministrationAndRefusedLoginsAreRecordedWithActorSubjectAndOutcome() throws Exception {
        String name = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        User form = new User();
        form.setUsername(name);
        form.setDisplayName("审计 " + name);
        long managerRole = em.createNamedQuery(Role.BY_CODE, Role.class).setParameter("code", Role.MANAGER)
                .getSingleResult().getId();
        as("admin", () -> users.create(form, new HashSet<>(Set.of(managerRole)), PASSWORD));

        List<SecurityEventRow> created = events(SecurityEventType.USER_CREATE, "admin");
        assertEquals(name, created.get(0).subject(), "newest first: the user just created");
        assertEquals(SecurityOutcome.SUCCESS, created.get(0).outcome());
        assertTrue(created.get(0).details().contains("manager"), created.get(0).details());

        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        logins.recordFailure(unknown);
        SecurityEventRow failure = events(SecurityEventType.LOGIN, unknown).get(0);
        assertEquals(SecurityOutcome.FAILURE, failure.outcome());
        assertEquals("unknown user", failure.details());

        for (int i = 0; i < User.MAX_FAILED_LOGINS; i++) {
            logins.recordFailure(name);
        }
        assertEquals(User.MAX_FAILED_LOGINS, events(SecurityEventType.LOGIN, name).size());
        assertEquals(1, events(SecurityEventType.LOGIN_LOCKED, name).size(), "the failure that locked the account");

        long id = em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", name).getSingleResult().getId();
        long version = em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", name)
                .getSingleResult().getVersion();
        as("admin", () -> {
            users.enable(id, version);
            return null;
        });
        assertEquals("unlocked", events(SecurityEventType.USER_ENABLE, "admin").get(0).details());
        assertTrue(as("admin", () -> audit.verify()).intact());
    }

    @Test
    void verificationNamesTheEntryThatWasEditedDeletedReplacedOrInserted() throws Exception {
        String marker = "tamper-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 3; i++) {
            as("admin", () -> {
                audit.record(SecurityEventType.EXPORT, SecurityOutcome.SUCCESS, marker, "rows=42");
                return null;
            });
        }
        ChainVerification before = as("admin", () -> audit.verify());
        assertTrue(before.intact(), before.toString());
        long last = before.lastId();
        long middle = last - 1;
        Map<String, Object> original = row(middle);
        assertEquals(marker, original.get("SUBJECT"));

        // Edited: the content no longer matches its hash.
        sql("UPDATE AUD_SECURITY_EVENT SET DETAILS = 'rows=1' WHERE ID = ?", middle);
        assertBroken(middle, ChainVerification.Problem.EDITED);
        sql("UPDATE AUD_SECURITY_EVENT SET DETAILS = ? WHERE ID = ?", original.get("DETAILS"), middle);
        assertTrue(as("admin", () -> audit.verify()).intact(), "restored");

        // Deleted: a gap in the positions.
        sql("DELETE FROM AUD_SECURITY_EVENT WHERE ID = ?", middle);
        assertBroken(middle, ChainVerification.Problem.MISSING);
        insert(original);
        assertTrue(as("admin", () -> audit.verify()).intact(), "restored");

        // Replaced with a consistent hash (the algorithm is public): the next entry no longer links to it.
        String forged = AuditChain.hash((String) original.get("PREV_HASH"), middle,
                ((Timestamp) original.get("OCCURRED_AT")).toLocalDateTime(), (String) original.get("ACTOR"),
                (String) original.get("CLIENT_ADDRESS"), SecurityEventType.EXPORT, SecurityOutcome.SUCCESS, marker,
                "rows=1");
        sql("UPDATE AUD_SECURITY_EVENT SET DETAILS = 'rows=1', ENTRY_HASH = ? WHERE ID = ?", forged, middle);
        assertBroken(last, ChainVerification.Problem.LINK_BROKEN);
        sql("UPDATE AUD_SECURITY_EVENT SET DETAILS = ?, ENTRY_HASH = ? WHERE ID = ?", original.get("DETAILS"),
                original.get("ENTRY_HASH"), middle);
        assertTrue(as("admin", () -> audit.verify()).intact(), "restored");

        // Inserted beyond the head.
        Map<String, Object> extra = new LinkedHashMap<>(row(last));
        extra.put("ID", last + 1);
        extra.put("PREV_HASH", extra.get("ENTRY_HASH"));
        insert(extra);
        assertBroken(last + 1, ChainVerification.Problem.INSERTED);
        sql("DELETE FROM AUD_SECURITY_EVENT WHERE ID = ?", last + 1);
        assertTrue(as("admin", () -> audit.verify()).intact(), "restored");
    }

    @Test
    void concurrentWritersAppendOneAfterTheOtherAndTheChainStaysIntact() throws Exception {
        String marker = "concurrent-" + UUID.randomUUID().toString().substring(0, 8);
        long headBefore = as("admin", () -> audit.verify()).lastId();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        audit.record(SecurityEventType.EXPORT, SecurityOutcome.SUCCESS, marker, "i=" + i);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        ChainVerification after = as("admin", () -> audit.verify());
        assertTrue(after.intact(), after.toString());
        assertEquals(40, after.lastId() - headBefore);
        SecurityEventCriteria criteria = new SecurityEventCriteria();
        criteria.setActor(SecurityAudit.SYSTEM);
        criteria.setType(SecurityEventType.EXPORT);
        List<SecurityEventRow> rows = as("admin", () -> audit.search(criteria, 0, 100, null));
        assertEquals(40, rows.stream().filter(r -> marker.equals(r.subject())).count());
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        org.junit.jupiter.api.Assertions.assertThrows(jakarta.ejb.EJBAccessException.class,
                () -> as("exec", () -> audit.verify()));
    }

    @Test
    @RunAsClient
    void itRunsTheVerificationOverRestAsAnAdministrator() throws Exception {
        HttpResponse<String> admin = get("admin", "admin");
        assertEquals(200, admin.statusCode(), admin.body());
        assertTrue(admin.body().contains("\"intact\":true"), admin.body());
        assertEquals(403, get("exec", "exec").statusCode());
    }

    private static HttpResponse<String> get(String user, String password) throws Exception {
        String base = System.getProperty("kehu.url", "http://localhost:8080/crm/");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/audit/verification"))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void assertBroken(long id, ChainVerification.Problem problem) throws Exception {
        ChainVerification result = as("admin", () -> audit.verify());
        assertFalse(result.intact(), result.toString());
        assertEquals(id, result.firstBrokenId(), result.toString());
        assertEquals(problem, result.problem(), result.toString());
    }

    private List<SecurityEventRow> events(SecurityEventType type, String actor) throws Exception {
        SecurityEventCriteria criteria = new SecurityEventCriteria();
        criteria.setType(type);
        criteria.setActor(actor);
        return as("admin", () -> audit.search(criteria, 0, 50, null));
    }

    /**
     * The datasource that may change the audit table: the schema owner's where the application's user may not
     * (PostgreSQL, Oracle), else the application's own (H2).
     */
    static DataSource owner() throws Exception {
        try {
            return (DataSource) new InitialContext().lookup("java:jboss/datasources/KehuMigrationDS");
        } catch (NameNotFoundException e) {
            return (DataSource) new InitialContext().lookup("java:jboss/datasources/KehuDS");
        }
    }

    private static Map<String, Object> row(long id) throws Exception {
        try (Connection c = owner().getConnection();
             PreparedStatement st = c.prepareStatement("SELECT ID, OCCURRED_AT, ACTOR, CLIENT_ADDRESS, EVENT_TYPE, "
                     + "OUTCOME, SUBJECT, DETAILS, PREV_HASH, ENTRY_HASH FROM AUD_SECURITY_EVENT WHERE ID = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "entry " + id);
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toUpperCase(), rs.getObject(i));
                }
                row.put("ID", id);
                row.put("OCCURRED_AT", rs.getTimestamp(2));
                return row;
            }
        }
    }

    private static void insert(Map<String, Object> row) throws Exception {
        sql("INSERT INTO AUD_SECURITY_EVENT (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", row.keySet().stream().map(k -> "?").toList()) + ")", row.values().toArray());
    }

    private static void sql(String statement, Object... params) throws Exception {
        try (Connection c = owner().getConnection(); PreparedStatement st = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }
}
