package com.kehu.crm.opportunity.dto;

import com.kehu.crm.opportunity.entity.OpportunityStatus;
import java.io.Serializable;
import java.time.LocalDate;

/** The opportunity list's filters; empty ones do not filter. */
public class OpportunityCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private OpportunityStatus status;
    private Long creatorId;
    private Long assigneeId;
    private String customerName;
    private LocalDate createdFrom;
    private LocalDate createdTo;
    /** Only those assigned to the caller ("my opportunities to develop"). */
    private boolean assignedToMe;
    /** Only those with a plan step not yet executed that is overdue or due this week ... */
    private PlanDue planDue;
    /** ... as of this day (empty: today). */
    private LocalDate planAsOf;

    public OpportunityCriteria copy() {
        OpportunityCriteria copy = new OpportunityCriteria();
        copy.status = status;
        copy.creatorId = creatorId;
        copy.assigneeId = assigneeId;
        copy.customerName = customerName;
        copy.createdFrom = createdFrom;
        copy.createdTo = createdTo;
        copy.assignedToMe = assignedToMe;
        copy.planDue = planDue;
        copy.planAsOf = planAsOf;
        return copy;
    }

    public OpportunityStatus getStatus() {
        return status;
    }

    public void setStatus(OpportunityStatus status) {
        this.status = status;
    }

    public Long getCreatorId() {
        return creatorId;
    }

    public void setCreatorId(Long creatorId) {
        this.creatorId = creatorId;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
    }

    public boolean isAssignedToMe() {
        return assignedToMe;
    }

    public void setAssignedToMe(boolean assignedToMe) {
        this.assignedToMe = assignedToMe;
    }

    public PlanDue getPlanDue() {
        return planDue;
    }

    public void setPlanDue(PlanDue planDue) {
        this.planDue = planDue;
    }

    public LocalDate getPlanAsOf() {
        return planAsOf;
    }

    public void setPlanAsOf(LocalDate planAsOf) {
        this.planAsOf = planAsOf;
    }
}
