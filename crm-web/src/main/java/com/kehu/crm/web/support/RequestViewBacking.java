package com.kehu.crm.web.support;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.support.boundary.SupportService;
import com.kehu.crm.support.dto.FeedbackForm;
import com.kehu.crm.support.dto.HandlingForm;
import com.kehu.crm.support.dto.RequestDetail;
import com.kehu.crm.support.dto.RequestRef;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A service request's page: where it stands, its whole timeline (who did what when, every round), and the form of
 * its current step for whoever may take it: assign, handle or feedback. The version shown goes back with the action.
 */
@Named
@ViewScoped
public class RequestViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SupportService supportService;

    private Long id;
    private RequestDetail request;
    private List<ManagerOption> managers;
    private Long managerId;
    private HandlingForm handling;
    private FeedbackForm feedback;

    /** f:viewAction: the request of {@code ?id=}. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        reload();
    }

    private void reload() {
        request = supportService.detail(id);
        handling = new HandlingForm();
        feedback = new FeedbackForm();
        if (request.mayAssign() && managers == null) {
            managers = supportService.managers();
        }
    }

    public void assign() {
        if (managerId == null) {
            FacesMessages.error(BusinessException.onField("assignee", "support_assign.error.managerRequired"));
            return;
        }
        supportService.assign(List.of(new RequestRef(request.id(), request.version())), managerId);
        reload();
        FacesMessages.info("support_view.message.assigned", request.summary(), request.assigneeName());
    }

    public void handle() {
        supportService.handle(request.id(), request.version(), handling);
        reload();
        FacesMessages.info("support_view.message.handled", request.summary());
    }

    public void giveFeedback() {
        boolean archived = supportService.feedback(request.id(), request.version(), feedback);
        reload();
        FacesMessages.info(archived ? "support_view.message.archived" : "support_view.message.reopened",
                request.summary());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestDetail getRequest() {
        return request;
    }

    public List<ManagerOption> getManagers() {
        return managers;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public HandlingForm getHandling() {
        return handling;
    }

    public FeedbackForm getFeedback() {
        return feedback;
    }
}
