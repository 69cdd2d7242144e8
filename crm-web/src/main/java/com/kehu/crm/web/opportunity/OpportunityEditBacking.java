package com.kehu.crm.web.opportunity;

import com.kehu.crm.opportunity.boundary.OpportunityService;
import com.kehu.crm.opportunity.entity.Opportunity;
import com.kehu.crm.security.boundary.CurrentUser;
import com.kehu.crm.security.entity.Rights;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;

/** Recording a new sales opportunity, or editing one while it is unassigned (by its creator or a supervisor). */
@Named
@ViewScoped
public class OpportunityEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OpportunityService opportunityService;

    @EJB
    private CurrentUser currentUser;

    private Long id;
    private Opportunity opportunity;

    /** f:viewAction: the opportunity of {@code ?id=}, or a blank form; one the caller may not edit is forbidden. */
    public void load() throws IOException {
        boolean allowed = id == null ? currentUser.has(Rights.OPPORTUNITY_CREATE) : opportunityService.actions(id).edit();
        if (!allowed) {
            Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            return;
        }
        if (id == null) {
            opportunity = new Opportunity();
            opportunity.setProbability(50);
        } else {
            opportunity = opportunityService.getById(id);
        }
    }

    public String save() {
        boolean created = opportunity.isNew();
        opportunity = created ? opportunityService.create(opportunity) : opportunityService.update(opportunity);
        FacesMessages.info(created ? "opportunity_edit.message.created" : "opportunity_edit.message.saved",
                opportunity.getOpportunityNo());
        FacesMessages.keepForRedirect();
        return "/opportunity/view?faces-redirect=true&id=" + opportunity.getId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }
}
