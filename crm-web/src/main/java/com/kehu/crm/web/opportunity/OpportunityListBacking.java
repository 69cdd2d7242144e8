package com.kehu.crm.web.opportunity;

import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.opportunity.boundary.OpportunityService;
import com.kehu.crm.opportunity.dto.OpportunityCriteria;
import com.kehu.crm.opportunity.dto.OpportunityRow;
import com.kehu.crm.opportunity.dto.PlanDue;
import com.kehu.crm.opportunity.entity.OpportunityStatus;
import com.kehu.crm.web.common.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/**
 * The opportunity lists: every opportunity with a search form (status, creator, assignee, customer name, creation
 * dates), and the two work lists the menu opens — unassigned ones for a supervisor to assign, and those assigned to
 * the caller to develop — which are the same table with a fixed part of the criteria. The database pages and sorts.
 */
@Named
@ViewScoped
public class OpportunityListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which list a page shows. */
    public enum Preset {
        ALL, TO_ASSIGN, TO_DEVELOP
    }

    @EJB
    private OpportunityService opportunityService;

    private OpportunityCriteria criteria = new OpportunityCriteria();
    private Preset preset = Preset.ALL;
    /** The develop list narrowed to plan steps overdue or due this week (view parameter {@code plan}, from the home page). */
    private PlanDue planDue;
    private LazyRows<OpportunityRow> opportunities;
    private List<ManagerOption> creators;
    private List<ManagerOption> managers;

    @PostConstruct
    void init() {
        creators = opportunityService.creators();
        managers = opportunityService.managers();
        opportunities = new LazyRows<>(filters -> opportunityService.count(effective(filters)),
                (filters, offset, limit, sort) -> opportunityService.search(effective(filters), offset, limit, sort),
                OpportunityRow::id);
    }

    /** f:viewAction of the work lists: fixes their part of the criteria. */
    public void show(String list) {
        preset = Preset.valueOf(list);
    }

    private OpportunityCriteria effective(Map<String, Object> filters) {
        OpportunityCriteria effective = criteria.copy();
        Object status = filters.get("status");
        if (status != null) {
            effective.setStatus(OpportunityStatus.valueOf(status.toString()));
        }
        switch (preset) {
            case TO_ASSIGN -> effective.setStatus(OpportunityStatus.UNASSIGNED);
            case TO_DEVELOP -> {
                effective.setStatus(OpportunityStatus.ASSIGNED);
                effective.setAssignedToMe(true);
                effective.setPlanDue(planDue);
            }
            default -> {
            }
        }
        return effective;
    }

    /** New search: back to the first page. */
    public void search() {
        DataTable table = Components.findComponent("f:opportunities");
        table.setFirst(0);
        opportunities.recount();
    }

    public void reset() {
        criteria = new OpportunityCriteria();
        search();
    }

    public OpportunityCriteria getCriteria() {
        return criteria;
    }

    public PlanDue getPlanDue() {
        return planDue;
    }

    public void setPlanDue(PlanDue planDue) {
        this.planDue = planDue;
    }

    public Preset getPreset() {
        return preset;
    }

    public LazyRows<OpportunityRow> getOpportunities() {
        return opportunities;
    }

    public List<ManagerOption> getCreators() {
        return creators;
    }

    public List<ManagerOption> getManagers() {
        return managers;
    }

    public OpportunityStatus[] getStatuses() {
        return OpportunityStatus.values();
    }
}
