package com.kehu.crm.common.entity;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Writes the audit trail of {@link Audited} entities: a snapshot when a record is loaded (kept in the instance),
 * and after each insert,
 * update or delete one row per changed field into AUD_ENTRY. The rows are written with the transaction's own
 * connection (the JTA datasource shares it within a transaction), so a rolled-back change leaves no trail, and
 * nothing but these inserts ever touches the table: the trail is append-only.
 */
public class AuditTrailListener {

    static final String DATASOURCE = "java:jboss/datasources/KehuDS";
    private static final String INSERT = "INSERT INTO AUD_ENTRY (ID, CHANGED_AT, CHANGED_BY, SUBJECT_TYPE, SUBJECT_ID, "
            + "ENTITY_TYPE, ENTITY_ID, ACTION_TYPE, FIELD_NAME, OLD_VALUE, NEW_VALUE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int VALUE_LENGTH = 1000;

    @PostLoad
    void loaded(Object entity) {
        if (entity instanceof Audited audited) {
            ((BaseEntity) entity).setAuditSnapshot(text(audited.auditState()));
        }
    }

    @PostPersist
    void created(Object entity) {
        if (entity instanceof Audited audited) {
            Map<String, String> now = text(audited.auditState());
            write(audited, AuditAction.CREATE, diff(Map.of(), now));
            ((BaseEntity) entity).setAuditSnapshot(now);
        }
    }

    @PostUpdate
    void updated(Object entity) {
        if (entity instanceof Audited audited) {
            Map<String, String> now = text(audited.auditState());
            Map<String, String> before = ((BaseEntity) entity).getAuditSnapshot();
            write(audited, AuditAction.UPDATE, diff(before == null ? Map.of() : before, now));
            ((BaseEntity) entity).setAuditSnapshot(now);
        }
    }

    @PostRemove
    void removed(Object entity) {
        if (entity instanceof Audited audited) {
            write(audited, AuditAction.DELETE, Map.of("", new String[] {null, null}));
        }
    }

    /** field → {old, new} for every field whose text changed. */
    static Map<String, String[]> diff(Map<String, String> before, Map<String, String> after) {
        Map<String, String[]> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.put(field, new String[] {old, value});
            }
        });
        return changes;
    }

    static Map<String, String> text(Map<String, Object> state) {
        Map<String, String> text = new HashMap<>();
        state.forEach((field, value) -> text.put(field, value == null ? null : truncate(value.toString())));
        return text;
    }

    private static String truncate(String value) {
        return value.length() <= VALUE_LENGTH ? value : value.substring(0, VALUE_LENGTH - 1) + "…";
    }

    private static void write(Audited audited, AuditAction action, Map<String, String[]> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Timestamp when = Timestamp.valueOf(LocalDateTime.now());
        String who = AuditStampListener.caller();
        try (Connection connection = dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Map.Entry<String, String[]> change : changes.entrySet()) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setTimestamp(2, when);
                insert.setString(3, who);
                insert.setString(4, audited.auditSubjectType());
                insert.setLong(5, audited.auditSubjectId());
                insert.setString(6, audited.auditEntityType());
                insert.setLong(7, ((BaseEntity) audited).getId());
                insert.setString(8, action.name());
                insert.setString(9, change.getKey().isEmpty() ? null : change.getKey());
                insert.setString(10, change.getValue()[0]);
                insert.setString(11, change.getValue()[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be written", e);
        }
    }

    private static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("No datasource for the audit trail", e);
        }
    }
}
