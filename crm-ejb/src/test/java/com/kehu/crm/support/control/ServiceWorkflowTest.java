package com.kehu.crm.support.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.security.entity.User;
import com.kehu.crm.support.entity.ServiceRequest;
import com.kehu.crm.support.entity.ServiceStatus;
import com.kehu.crm.support.entity.ServiceStep;
import com.kehu.crm.support.entity.StepAction;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workflow of a service request without a server: each transition, who may take it, and the loop below 3. */
class ServiceWorkflowTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 9, 0);

    private final User creator = new User("manager", "张经理", "x");
    private final User assignee = new User("manager2", "李经理", "x");
    private final User supervisor = new User("super", "王主管", "x");
    private final User other = new User("other", "外人", "x");

    private ServiceRequest newRequest() {
        return new ServiceRequest(new Customer(), ServiceRequest.COMPLAINT, " 送货延迟 ", "客户投诉送货晚了三天", creator, T0);
    }

    @Test
    void aNewRequestIsCreatedWithItsFirstStep() {
        ServiceRequest r = newRequest();
        assertEquals(ServiceStatus.CREATED, r.getStatus());
        assertEquals("送货延迟", r.getSummary());
        assertEquals(1, r.getRound());
        assertTrue(r.isComplaint());
        assertEquals(List.of(StepAction.CREATE), actions(r));
        assertEquals("manager", r.getSteps().get(0).getActor().getUsername());
        assertEquals(T0, r.getSteps().get(0).getActedAt());
    }

    @Test
    void aSatisfiedFeedbackArchivesTheRequest() {
        ServiceRequest r = newRequest();
        ServiceWorkflow.assign(r, assignee, supervisor, T0.plusHours(1));
        assertEquals(ServiceStatus.ASSIGNED, r.getStatus());
        assertEquals("manager2", r.getAssignee().getUsername());
        ServiceWorkflow.handle(r, assignee, false, "已补发", T0.plusHours(2));
        assertEquals(ServiceStatus.HANDLED, r.getStatus());
        assertTrue(ServiceWorkflow.feedback(r, creator, false, "客户认可", 3, T0.plusHours(3)));
        assertEquals(ServiceStatus.ARCHIVED, r.getStatus());
        assertEquals(T0.plusHours(3), r.getArchivedAt());
        assertEquals(3, r.getSatisfaction());
        assertEquals(List.of(StepAction.CREATE, StepAction.ASSIGN, StepAction.HANDLE, StepAction.FEEDBACK), actions(r));
    }

    @Test
    void feedbackBelowThreeSendsTheRequestBackToItsAssigneeAndKeepsEveryRound() {
        ServiceRequest r = newRequest();
        ServiceWorkflow.assign(r, assignee, supervisor, T0.plusHours(1));
        ServiceWorkflow.handle(r, assignee, false, "第一次处理", T0.plusHours(2));

        assertFalse(ServiceWorkflow.feedback(r, creator, false, "仍不满意", 2, T0.plusHours(3)));
        assertEquals(ServiceStatus.ASSIGNED, r.getStatus());
        assertEquals(2, r.getRound());
        assertEquals("manager2", r.getAssignee().getUsername(), "the same assignee handles again");
        assertNull(r.getArchivedAt());

        ServiceWorkflow.handle(r, assignee, false, "第二次处理", T0.plusHours(4));
        assertTrue(ServiceWorkflow.feedback(r, creator, false, "满意", 4, T0.plusHours(5)));
        assertEquals(ServiceStatus.ARCHIVED, r.getStatus());
        assertEquals(List.of(StepAction.CREATE, StepAction.ASSIGN, StepAction.HANDLE, StepAction.FEEDBACK,
                StepAction.HANDLE, StepAction.FEEDBACK), actions(r));
        List<ServiceStep> steps = r.getSteps();
        assertEquals("第一次处理", steps.get(2).getDetails());
        assertEquals(1, steps.get(2).getRound());
        assertEquals(2, steps.get(3).getSatisfaction());
        assertEquals("第二次处理", steps.get(4).getDetails());
        assertEquals(2, steps.get(4).getRound());
        assertEquals(4, steps.get(5).getSatisfaction());
    }

    @Test
    void oneStarIsBelowTheThresholdAndThreeIsNot() {
        for (int stars = 1; stars <= 5; stars++) {
            ServiceRequest r = handled();
            boolean archived = ServiceWorkflow.feedback(r, creator, false, "结果", stars, T0.plusHours(3));
            assertEquals(stars >= ServiceWorkflow.ARCHIVE_THRESHOLD, archived, "stars " + stars);
            assertEquals(archived ? ServiceStatus.ARCHIVED : ServiceStatus.ASSIGNED, r.getStatus());
        }
    }

    @Test
    void onlyTheAssigneeOrASupervisorHandles() {
        ServiceRequest r = newRequest();
        ServiceWorkflow.assign(r, assignee, supervisor, T0);
        assertEquals("support.error.notYourRequest", assertThrows(BusinessException.class,
                () -> ServiceWorkflow.handle(r, other, false, "越权处理", T0)).getKey());
        assertEquals(ServiceStatus.ASSIGNED, r.getStatus());
        ServiceWorkflow.handle(r, supervisor, true, "主管代为处理", T0);
        assertEquals(ServiceStatus.HANDLED, r.getStatus());
        assertEquals("super", r.getSteps().get(2).getActor().getUsername());
    }

    @Test
    void onlyTheCreatorOrASupervisorGivesFeedback() {
        ServiceRequest r = handled();
        assertEquals("support.error.notYourFeedback", assertThrows(BusinessException.class,
                () -> ServiceWorkflow.feedback(r, assignee, false, "自评", 5, T0)).getKey());
        assertEquals(ServiceStatus.HANDLED, r.getStatus());
        assertTrue(ServiceWorkflow.feedback(r, supervisor, true, "主管回访", 5, T0));
    }

    @Test
    void stepsOutOfOrderAreRefusedAndChangeNothing() {
        ServiceRequest created = newRequest();
        assertEquals("support.error.wrongStatus", assertThrows(BusinessException.class,
                () -> ServiceWorkflow.handle(created, supervisor, true, "未分配就处理", T0)).getKey());
        assertEquals("support.error.wrongStatus", assertThrows(BusinessException.class,
                () -> ServiceWorkflow.feedback(created, creator, false, "未处理就反馈", 5, T0)).getKey());
        assertEquals(1, created.getSteps().size());

        ServiceRequest handled = handled();
        assertEquals("support.error.wrongStatus", assertThrows(BusinessException.class,
                () -> ServiceWorkflow.assign(handled, assignee, supervisor, T0)).getKey());
        ServiceWorkflow.feedback(handled, creator, false, "满意", 5, T0);
        assertEquals("support.error.wrongStatus", assertThrows(BusinessException.class,
                () -> ServiceWorkflow.feedback(handled, creator, false, "再次反馈", 1, T0)).getKey());
        assertEquals(ServiceStatus.ARCHIVED, handled.getStatus());
    }

    @Test
    void blankTextAndStarsOutOfRangeAreRefusedOnTheirField() {
        ServiceRequest r = newRequest();
        ServiceWorkflow.assign(r, assignee, supervisor, T0);
        BusinessException blank = assertThrows(BusinessException.class,
                () -> ServiceWorkflow.handle(r, assignee, false, "  ", T0));
        assertEquals("handling", blank.getField());
        ServiceWorkflow.handle(r, assignee, false, "已处理", T0);
        for (Integer stars : new Integer[] {null, 0, 6}) {
            BusinessException refused = assertThrows(BusinessException.class,
                    () -> ServiceWorkflow.feedback(r, creator, false, "结果", stars, T0));
            assertEquals("satisfaction", refused.getField());
        }
        assertEquals("result", assertThrows(BusinessException.class,
                () -> ServiceWorkflow.feedback(r, creator, false, null, 4, T0)).getField());
        assertEquals(ServiceStatus.HANDLED, r.getStatus());
    }

    private ServiceRequest handled() {
        ServiceRequest r = newRequest();
        ServiceWorkflow.assign(r, assignee, supervisor, T0.plusHours(1));
        ServiceWorkflow.handle(r, assignee, false, "处理", T0.plusHours(2));
        return r;
    }

    private static List<StepAction> actions(ServiceRequest r) {
        return r.getSteps().stream().map(ServiceStep::getAction).toList();
    }
}
