package com.kehu.crm.dashboard.dto;

import java.io.Serializable;

/**
 * What waits for the user (待办), each the row count of the list it links to; null where the user lacks the right to
 * that list (the home page then leaves the count out).
 *
 * @param requestsToAssign    service requests created and not yet assigned (supervisors)
 * @param requestsToHandle    service requests assigned to the user (supervisors: all assigned)
 * @param requestsToFeedback  handled requests the user recorded, waiting for the customer's feedback (supervisors: all)
 * @param planOverdue         the user's opportunities with a plan step before today not yet executed
 * @param planThisWeek        the user's opportunities with a plan step due from today to Sunday not yet executed
 * @param churnWarnings       open churn warnings of the user's customers (all for those who see all)
 * @param opportunitiesToAssign unassigned opportunities (supervisors)
 */
public record Waiting(Long requestsToAssign, Long requestsToHandle, Long requestsToFeedback, Long planOverdue,
                      Long planThisWeek, Long churnWarnings, Long opportunitiesToAssign) implements Serializable {

    /** Whether there is anything the user may see at all. */
    public boolean any() {
        return requestsToAssign != null || requestsToHandle != null || requestsToFeedback != null || planOverdue != null
                || planThisWeek != null || churnWarnings != null || opportunitiesToAssign != null;
    }
}
