package com.kehu.crm.support.dto;

import com.kehu.crm.support.entity.StepAction;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One step of a request's timeline: who did what when, in which round. */
public record StepRow(long id, LocalDateTime actedAt, int round, StepAction action, String actorName,
                      String assigneeName, String details, Integer satisfaction) implements Serializable {
}
