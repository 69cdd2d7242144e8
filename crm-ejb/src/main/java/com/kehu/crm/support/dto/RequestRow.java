package com.kehu.crm.support.dto;

import com.kehu.crm.support.entity.ServiceStatus;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One service request in a list; {@code version} goes back with an action on it (optimistic locking). */
public record RequestRow(long id, long version, String summary, String type, ServiceStatus status, long customerId,
                         String customerName, String creatorName, LocalDateTime requestedAt, String assigneeName,
                         LocalDateTime handledAt, Integer satisfaction, int round) implements Serializable {

    public boolean complaint() {
        return com.kehu.crm.support.entity.ServiceRequest.COMPLAINT.equals(type);
    }
}
