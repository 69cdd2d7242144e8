package com.kehu.crm.web.support;

import com.kehu.crm.support.boundary.SupportService;
import com.kehu.crm.support.dto.RequestCriteria;
import com.kehu.crm.support.dto.RequestRow;
import com.kehu.crm.support.dto.WorkList;
import com.kehu.crm.web.common.LazyRows;
import com.kehu.crm.web.customer.CustomerViewBacking;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The service tab (客户服务) of a customer's page: the customer's requests, newest first, paged by the database. */
@Named
@ViewScoped
public class CustomerRequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SupportService supportService;

    @Inject
    private CustomerViewBacking customerView;

    private LazyRows<RequestRow> requests;

    @PostConstruct
    void init() {
        requests = new LazyRows<>(filters -> supportService.count(criteria()),
                (filters, offset, limit, sort) -> supportService.search(criteria(), offset, limit, sort),
                RequestRow::id);
    }

    private RequestCriteria criteria() {
        RequestCriteria criteria = new RequestCriteria(WorkList.ALL);
        criteria.setCustomerId(customerView.getId());
        return criteria;
    }

    public LazyRows<RequestRow> getRequests() {
        return requests;
    }
}
