package com.kehu.crm.opportunity.dto;

import com.kehu.crm.opportunity.entity.OpportunityStatus;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One row of the opportunity lists. */
public record OpportunityRow(long id, String opportunityNo, String customerName, String summary, Integer probability,
                             String contactName, String creatorName, LocalDateTime createdAt, String assigneeName,
                             LocalDateTime assignedAt, OpportunityStatus status) implements Serializable {
}
