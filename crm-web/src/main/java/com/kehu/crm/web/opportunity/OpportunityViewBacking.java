package com.kehu.crm.web.opportunity;

import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.dto.HistoryRow;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.customer.entity.Contact;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.Sex;
import com.kehu.crm.opportunity.boundary.OpportunityService;
import com.kehu.crm.opportunity.dto.OpportunityActions;
import com.kehu.crm.opportunity.entity.Opportunity;
import com.kehu.crm.opportunity.entity.PlanItem;
import com.kehu.crm.web.common.FacesMessages;
import com.kehu.crm.web.common.LazyRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One opportunity's page: its details beside its development plan, and each step of its life — assign, plan, record
 * results, close as succeeded (with what the new customer needs) or failed. Every step is one service call that
 * checks the rules again; the buttons shown come from {@link OpportunityService#actions}.
 */
@Named
@ViewScoped
public class OpportunityViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OpportunityService opportunityService;

    private Long id;
    private Opportunity opportunity;
    private OpportunityActions actions;
    private List<PlanItem> planItems;
    private LazyRows<HistoryRow> history;
    private List<ManagerOption> managers;
    private Long assigneeId;
    private PlanItem item;
    private PlanItem resultItem;
    private String result;
    private Customer customerForm;
    private Contact contactForm;

    /** f:viewAction: the opportunity of {@code ?id=}, its plan and history. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        refresh();
        long opportunityId = id;
        history = new LazyRows<>(filters -> opportunityService.historyCount(opportunityId),
                (filters, offset, limit, sort) -> opportunityService.history(opportunityId, offset, limit),
                row -> row.changedAt() + row.entityType() + row.entityId() + row.field());
    }

    private void refresh() {
        opportunity = opportunityService.getById(id);
        actions = opportunityService.actions(id);
        planItems = opportunityService.planItems(id);
    }

    public String delete() {
        opportunityService.delete(id, opportunity.getVersion());
        FacesMessages.info("opportunity_view.message.deleted", opportunity.getOpportunityNo());
        FacesMessages.keepForRedirect();
        return "/opportunity/list?faces-redirect=true";
    }

    public void startAssign() {
        managers = opportunityService.managers();
        assigneeId = opportunity.getAssignee() == null ? null : opportunity.getAssignee().getId();
    }

    public void assign() {
        opportunity = opportunityService.assign(id, opportunity.getVersion(), assigneeId);
        FacesMessages.info("opportunity_view.message.assigned", opportunity.getOpportunityNo(),
                opportunity.getAssignee().getDisplayName());
        refresh();
    }

    public void newItem() {
        item = new PlanItem();
        item.setDate(LocalDate.now());
    }

    public void editItem(PlanItem selected) {
        item = selected;
    }

    public void saveItem() {
        boolean created = item.isNew();
        if (created) {
            opportunityService.addPlanItem(id, item);
        } else {
            opportunityService.updatePlanItem(item);
        }
        FacesMessages.info(created ? "planitem.message.created" : "planitem.message.saved");
        item = null;
        refresh();
    }

    public void deleteItem(PlanItem selected) {
        opportunityService.deletePlanItem(selected.getId(), selected.getVersion());
        FacesMessages.info("planitem.message.deleted");
        refresh();
    }

    public void startResult(PlanItem selected) {
        resultItem = selected;
        result = selected.getResult();
    }

    public void recordResult() {
        opportunityService.recordResult(resultItem.getId(), resultItem.getVersion(), result);
        FacesMessages.info("planitem.message.resultRecorded");
        resultItem = null;
        refresh();
    }

    /** Opens the closing dialog with what the opportunity already knows (phone, contact). */
    public void startSucceeded() {
        opportunityService.checkMayClose(id);
        customerForm = new Customer();
        customerForm.setLevel("1");
        customerForm.setPhone(opportunity.getContactPhone());
        if (opportunity.getContactName() == null) {
            contactForm = null;
        } else {
            contactForm = new Contact();
            contactForm.setName(opportunity.getContactName());
            contactForm.setSex(Sex.MALE);
            contactForm.setOfficePhone(opportunity.getContactPhone());
        }
    }

    public void closeAsSucceeded() {
        Customer customer = opportunityService.closeAsSucceeded(id, opportunity.getVersion(), customerForm, contactForm);
        FacesMessages.info("opportunity_view.message.succeeded", customer.getName(), customer.getCustomerNo());
        refresh();
    }

    public void closeAsFailed() {
        opportunityService.closeAsFailed(id, opportunity.getVersion());
        FacesMessages.info("opportunity_view.message.failed", opportunity.getOpportunityNo());
        refresh();
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

    public OpportunityActions getActions() {
        return actions;
    }

    public List<PlanItem> getPlanItems() {
        return planItems;
    }

    public LazyRows<HistoryRow> getHistory() {
        return history;
    }

    public List<ManagerOption> getManagers() {
        return managers;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public PlanItem getItem() {
        return item;
    }

    public PlanItem getResultItem() {
        return resultItem;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public Customer getCustomerForm() {
        return customerForm;
    }

    public Contact getContactForm() {
        return contactForm;
    }

    public Sex[] getSexes() {
        return Sex.values();
    }
}
