package com.kehu.crm.security.dto;

import com.kehu.crm.security.entity.SecurityEventType;
import com.kehu.crm.security.entity.SecurityOutcome;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the security audit list. */
public record SecurityEventRow(long id, LocalDateTime occurredAt, String actor, String clientAddress,
                               SecurityEventType type, SecurityOutcome outcome, String subject, String details)
        implements Serializable {
}
