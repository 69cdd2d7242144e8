package com.kehu.crm.common.entity;

import java.util.Map;

/**
 * A record whose every change goes into the append-only audit trail (who, when, which field, old → new), shown on
 * the page of the record it belongs to. Implement it and add {@link AuditTrailListener} to the entity's listeners.
 */
public interface Audited {

    /** The fields as the history shows them, by field name; values are compared and stored as text. */
    Map<String, Object> auditState();

    /** The kind of record the history is shown on (e.g. {@code CUSTOMER}) ... */
    String auditSubjectType();

    /** ... and its id: a contact's changes appear in its customer's history. */
    Long auditSubjectId();

    /** What this record is, for the history's "record" column (e.g. {@code CONTACT}). */
    String auditEntityType();
}
