package com.kehu.crm.opportunity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.opportunity.control.OpportunityWorkflow.Actor;
import com.kehu.crm.opportunity.entity.Opportunity;
import com.kehu.crm.opportunity.entity.OpportunityStatus;
import com.kehu.crm.security.entity.User;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Every transition of an opportunity, allowed and refused, for creators, assignees, other managers and supervisors. */
class OpportunityWorkflowTest {

    private static final User CREATOR = new User("manager2", "李经理", "x");
    private static final User ASSIGNEE = new User("manager", "张经理", "x");
    private static final Actor THE_CREATOR = new Actor("manager2", false);
    private static final Actor THE_ASSIGNEE = new Actor("manager", false);
    private static final Actor ANOTHER_MANAGER = new Actor("manager3", false);
    private static final Actor SUPERVISOR = new Actor("super", true);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    @Test
    void anUnassignedOpportunityIsEditedByItsCreatorOrASupervisorOnly() {
        Opportunity o = unassigned();
        assertNull(OpportunityWorkflow.whyNotEdit(o, THE_CREATOR));
        assertNull(OpportunityWorkflow.whyNotEdit(o, SUPERVISOR));
        assertEquals("opportunity.error.notYourOpportunity", OpportunityWorkflow.whyNotEdit(o, ANOTHER_MANAGER).getKey());
    }

    @Test
    void anAssignedOrClosedOpportunityCannotBeEditedByAnyone() {
        for (Opportunity o : new Opportunity[] {assigned(), succeeded(), failed()}) {
            assertEquals("opportunity.error.notEditable", OpportunityWorkflow.whyNotEdit(o, SUPERVISOR).getKey());
            assertEquals("opportunity.error.notEditable", OpportunityWorkflow.whyNotEdit(o, THE_CREATOR).getKey());
        }
    }

    @Test
    void anUnassignedOpportunityIsAssignedAndReassignedUntilThePlanStarts() {
        assertNull(OpportunityWorkflow.whyNotAssign(unassigned(), 0));
        assertNull(OpportunityWorkflow.whyNotAssign(assigned(), 0), "reassignment before any plan item");
        assertEquals("opportunity.error.planStarted", OpportunityWorkflow.whyNotAssign(assigned(), 1).getKey());
    }

    @Test
    void aClosedOpportunityIsNeverAssigned() {
        assertEquals("opportunity.error.closed", OpportunityWorkflow.whyNotAssign(succeeded(), 0).getKey());
        assertEquals("opportunity.error.closed", OpportunityWorkflow.whyNotAssign(failed(), 3).getKey());
    }

    @Test
    void assigningRecordsTheManagerAndTheTime() {
        Opportunity o = assigned();
        assertEquals(OpportunityStatus.ASSIGNED, o.getStatus());
        assertEquals(ASSIGNEE, o.getAssignee());
        assertEquals(NOW, o.getAssignedAt());
    }

    @Test
    void theAssigneeOrASupervisorDevelopsAnAssignedOpportunity() {
        Opportunity o = assigned();
        assertNull(OpportunityWorkflow.whyNotDevelop(o, THE_ASSIGNEE));
        assertNull(OpportunityWorkflow.whyNotDevelop(o, SUPERVISOR));
        assertEquals("opportunity.error.notAssignedToYou", OpportunityWorkflow.whyNotDevelop(o, ANOTHER_MANAGER).getKey());
        assertEquals("opportunity.error.notAssignedToYou", OpportunityWorkflow.whyNotDevelop(o, THE_CREATOR).getKey());
    }

    @Test
    void anUnassignedOpportunityCannotBePlanned() {
        assertEquals("opportunity.error.notAssigned", OpportunityWorkflow.whyNotDevelop(unassigned(), SUPERVISOR).getKey());
    }

    @Test
    void aClosedOpportunityCannotBePlannedOrClosedAgain() {
        for (Opportunity o : new Opportunity[] {succeeded(), failed()}) {
            assertEquals("opportunity.error.closed", OpportunityWorkflow.whyNotDevelop(o, THE_ASSIGNEE).getKey());
            assertEquals("opportunity.error.closed", OpportunityWorkflow.whyNotClose(o, THE_ASSIGNEE, 1).getKey());
            assertEquals("opportunity.error.closed", OpportunityWorkflow.whyNotClose(o, SUPERVISOR, 1).getKey());
        }
    }

    @Test
    void closingNeedsAnExecutedPlanItem() {
        Opportunity o = assigned();
        assertEquals("opportunity.error.nothingExecuted", OpportunityWorkflow.whyNotClose(o, THE_ASSIGNEE, 0).getKey());
        assertNull(OpportunityWorkflow.whyNotClose(o, THE_ASSIGNEE, 1));
        assertNull(OpportunityWorkflow.whyNotClose(o, SUPERVISOR, 1));
        assertEquals("opportunity.error.notAssignedToYou", OpportunityWorkflow.whyNotClose(o, ANOTHER_MANAGER, 1).getKey());
        assertEquals("opportunity.error.notAssigned", OpportunityWorkflow.whyNotClose(unassigned(), SUPERVISOR, 1).getKey());
    }

    @Test
    void closingIsFinalAndKeepsTheCustomer() {
        Opportunity won = succeeded();
        assertEquals(OpportunityStatus.SUCCEEDED, won.getStatus());
        assertEquals("客户名称", won.getCustomer().getName());
        assertEquals(NOW, won.getClosedAt());
        assertEquals(OpportunityStatus.FAILED, failed().getStatus());
    }

    @Test
    void checkThrowsTheRefusalAndPassesWithoutOne() {
        OpportunityWorkflow.check(null);
        BusinessException refusal = OpportunityWorkflow.whyNotEdit(assigned(), SUPERVISOR);
        assertEquals(refusal, assertThrows(BusinessException.class, () -> OpportunityWorkflow.check(refusal)));
        assertEquals("SJ1", refusal.getArgs()[0]);
    }

    private static Opportunity unassigned() {
        Opportunity o = new Opportunity();
        o.setCustomerName("客户名称");
        o.created(CREATOR, "SJ1");
        return o;
    }

    private static Opportunity assigned() {
        Opportunity o = unassigned();
        o.assignTo(ASSIGNEE, NOW);
        return o;
    }

    private static Opportunity succeeded() {
        Opportunity o = assigned();
        Customer customer = new Customer();
        customer.setName(o.getCustomerName());
        o.succeeded(customer, NOW);
        return o;
    }

    private static Opportunity failed() {
        Opportunity o = assigned();
        o.failed(NOW);
        return o;
    }
}
