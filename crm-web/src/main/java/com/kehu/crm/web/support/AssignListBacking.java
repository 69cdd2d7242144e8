package com.kehu.crm.web.support;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.support.boundary.SupportService;
import com.kehu.crm.support.dto.RequestCriteria;
import com.kehu.crm.support.dto.RequestRef;
import com.kehu.crm.support.dto.RequestRow;
import com.kehu.crm.support.dto.WorkList;
import com.kehu.crm.web.common.FacesMessages;
import com.kehu.crm.web.common.LazyRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests to assign (服务分配): a supervisor ticks one or several and gives them to a customer manager in one
 * action, which the service carries out for all or none.
 */
@Named
@ViewScoped
public class AssignListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SupportService supportService;

    private LazyRows<RequestRow> requests;
    private List<RequestRow> selected = new ArrayList<>();
    private List<ManagerOption> managers;
    private Long managerId;

    @PostConstruct
    void init() {
        RequestCriteria criteria = new RequestCriteria(WorkList.TO_ASSIGN);
        managers = supportService.managers();
        requests = new LazyRows<>(filters -> supportService.count(criteria),
                (filters, offset, limit, sort) -> supportService.search(criteria, offset, limit, sort),
                RequestRow::id);
    }

    public void assign() {
        if (selected == null || selected.isEmpty()) {
            FacesMessages.warn("support_assign.message.noneSelected");
            return;
        }
        if (managerId == null) {
            FacesMessages.error(BusinessException.onField("assignee", "support_assign.error.managerRequired"));
            return;
        }
        List<RequestRef> refs = selected.stream().map(r -> new RequestRef(r.id(), r.version())).toList();
        int count = supportService.assign(refs, managerId);
        String name = managers.stream().filter(m -> m.id() == managerId).map(ManagerOption::displayName)
                .findFirst().orElse("");
        FacesMessages.info("support_assign.message.assigned", count, name);
        selected = new ArrayList<>();
        requests.recount();
    }

    public LazyRows<RequestRow> getRequests() {
        return requests;
    }

    public List<RequestRow> getSelected() {
        return selected;
    }

    public void setSelected(List<RequestRow> selected) {
        this.selected = selected;
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
}
