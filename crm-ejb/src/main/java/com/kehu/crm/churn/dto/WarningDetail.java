package com.kehu.crm.churn.dto;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One warning's page: its explanation (the row), the version its forms carry (optimistic locking), the confirmation
 * once lost, the measures newest first, and what the caller may do: record a measure, confirm (after a deferral).
 */
public record WarningDetail(ChurnWarningRow row, long version, LocalDate lostDate, String lostReason,
                            LocalDateTime closedAt, List<MeasureRow> measures, boolean mayAct, boolean mayConfirm)
        implements Serializable {
}
