package com.kehu.crm.support.dto;

import com.kehu.crm.support.entity.ServiceStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A request's page: where it stands, with its whole timeline, and what the caller may do with it now. */
public record RequestDetail(long id, long version, String summary, String type, String requestText,
                            ServiceStatus status, long customerId, String customerName, String creatorName,
                            LocalDateTime requestedAt, String assigneeName, String handling, String result,
                            Integer satisfaction, int round, List<StepRow> steps, boolean mayAssign,
                            boolean mayHandle, boolean mayGiveFeedback) implements Serializable {

    public boolean complaint() {
        return com.kehu.crm.support.entity.ServiceRequest.COMPLAINT.equals(type);
    }
}
