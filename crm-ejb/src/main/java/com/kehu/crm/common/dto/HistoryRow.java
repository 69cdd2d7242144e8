package com.kehu.crm.common.dto;

import com.kehu.crm.common.entity.AuditAction;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One change in the history of a customer or an opportunity: who changed which field of which record when, from what
 * to what.
 */
public record HistoryRow(LocalDateTime changedAt, String changedBy, String entityType, long entityId,
                         AuditAction action, String field, String oldValue, String newValue) implements Serializable {
}
