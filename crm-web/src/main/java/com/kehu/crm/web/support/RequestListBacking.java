package com.kehu.crm.web.support;

import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.support.boundary.SupportService;
import com.kehu.crm.support.dto.RequestCriteria;
import com.kehu.crm.support.dto.RequestRow;
import com.kehu.crm.support.dto.WorkList;
import com.kehu.crm.support.entity.ServiceStatus;
import com.kehu.crm.web.common.LazyRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/**
 * The lists of the workflow's steps (to handle, to give feedback) and the archive's search (服务归档): one lazy
 * table over the requests of one work list, paged and sorted by the database; each page says which list it shows.
 */
@Named
@ViewScoped
public class RequestListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SupportService supportService;

    private RequestCriteria criteria;
    private LazyRows<RequestRow> requests;
    private List<ManagerOption> managers;
    /** The search the URL asks for (the archive's view parameters, e.g. from the service analysis). */
    private final RequestCriteria fromUrl = new RequestCriteria();

    /** f:viewAction of each list page: which work list it shows. */
    public void open(String workList) {
        if (criteria != null) {
            return;
        }
        criteria = new RequestCriteria(WorkList.valueOf(workList));
        criteria.setType(fromUrl.getType());
        criteria.setStatus(fromUrl.getStatus());
        criteria.setAssigneeId(fromUrl.getAssigneeId());
        criteria.setFrom(fromUrl.getFrom());
        criteria.setTo(fromUrl.getTo());
        if (criteria.getWorkList() == WorkList.ALL) {
            managers = supportService.managers();
        }
        requests = new LazyRows<>(filters -> supportService.count(criteria.copy()),
                (filters, offset, limit, sort) -> supportService.search(criteria.copy(), offset, limit, sort),
                RequestRow::id);
    }

    /** New search: back to the first page. */
    public void search() {
        DataTable table = Components.findComponent("f:requests");
        table.setFirst(0);
        requests.recount();
    }

    public RequestCriteria getFromUrl() {
        return fromUrl;
    }

    public void reset() {
        criteria = new RequestCriteria(criteria.getWorkList());
        search();
    }

    public RequestCriteria getCriteria() {
        return criteria;
    }

    public LazyRows<RequestRow> getRequests() {
        return requests;
    }

    public List<ManagerOption> getManagers() {
        return managers;
    }

    public ServiceStatus[] getStatuses() {
        return ServiceStatus.values();
    }
}
