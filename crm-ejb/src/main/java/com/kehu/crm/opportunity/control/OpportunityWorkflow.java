package com.kehu.crm.opportunity.control;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.opportunity.entity.Opportunity;
import com.kehu.crm.opportunity.entity.OpportunityStatus;

/**
 * The rules of an opportunity's life (unassigned → assigned → succeeded | failed) and of who may act on it, in one
 * place that the service asks before every change and the pages ask which buttons to show. Each rule returns the
 * refusal (a {@link BusinessException} with its bundle key) or null, so that asking and enforcing cannot disagree.
 * Plain Java: unit-tested without a server.
 */
public final class OpportunityWorkflow {

    /** Who acts: a supervisor (or administrator) acts on every opportunity, a manager only on their own. */
    public record Actor(String username, boolean supervisor) {
    }

    private OpportunityWorkflow() {
    }

    /** Editing or deleting: only while unassigned, by its creator or a supervisor. */
    public static BusinessException whyNotEdit(Opportunity o, Actor actor) {
        if (o.getStatus() != OpportunityStatus.UNASSIGNED) {
            return new BusinessException("opportunity.error.notEditable", o.getOpportunityNo());
        }
        if (!actor.supervisor() && !o.getCreator().getUsername().equals(actor.username())) {
            return new BusinessException("opportunity.error.notYourOpportunity", o.getOpportunityNo());
        }
        return null;
    }

    /**
     * Assigning (a supervisor's action, checked by the right): an unassigned opportunity, or an assigned one whose
     * development has not started (no plan item yet) — reassignment.
     */
    public static BusinessException whyNotAssign(Opportunity o, long planItems) {
        if (o.getStatus().isClosed()) {
            return new BusinessException("opportunity.error.closed", o.getOpportunityNo());
        }
        if (o.getStatus() == OpportunityStatus.ASSIGNED && planItems > 0) {
            return new BusinessException("opportunity.error.planStarted", o.getOpportunityNo());
        }
        return null;
    }

    /** Planning and recording results: an assigned opportunity, by its assignee or a supervisor. */
    public static BusinessException whyNotDevelop(Opportunity o, Actor actor) {
        if (o.getStatus() == OpportunityStatus.UNASSIGNED) {
            return new BusinessException("opportunity.error.notAssigned", o.getOpportunityNo());
        }
        if (o.getStatus().isClosed()) {
            return new BusinessException("opportunity.error.closed", o.getOpportunityNo());
        }
        if (!actor.supervisor() && !o.getAssignee().getUsername().equals(actor.username())) {
            return new BusinessException("opportunity.error.notAssignedToYou", o.getOpportunityNo());
        }
        return null;
    }

    /** Closing (succeeded or failed): as for developing, and only once at least one plan item has its result. */
    public static BusinessException whyNotClose(Opportunity o, Actor actor, long executedItems) {
        BusinessException refused = whyNotDevelop(o, actor);
        if (refused == null && executedItems == 0) {
            refused = new BusinessException("opportunity.error.nothingExecuted", o.getOpportunityNo());
        }
        return refused;
    }

    /** Throws the refusal, if any. */
    public static void check(BusinessException refusal) {
        if (refusal != null) {
            throw refusal;
        }
    }
}
