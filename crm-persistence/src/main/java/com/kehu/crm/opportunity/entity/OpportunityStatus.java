package com.kehu.crm.opportunity.entity;

/**
 * Where an opportunity stands: unassigned (editable) → assigned (being developed by one manager) → succeeded or
 * failed (final). Names: bundle key {@code OpportunityStatus.<NAME>}.
 */
public enum OpportunityStatus {
    UNASSIGNED,
    ASSIGNED,
    SUCCEEDED,
    FAILED;

    public boolean isClosed() {
        return this == SUCCEEDED || this == FAILED;
    }
}
