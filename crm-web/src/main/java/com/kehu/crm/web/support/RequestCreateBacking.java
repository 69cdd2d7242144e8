package com.kehu.crm.web.support;

import com.kehu.crm.support.boundary.SupportService;
import com.kehu.crm.support.dto.CustomerOption;
import com.kehu.crm.support.dto.RequestForm;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * A new service request (服务创建): the customer (chosen by name or number, or given by the customer's page), the
 * type from the dictionary, summary and request. Who and when are the system's.
 */
@Named
@ViewScoped
public class RequestCreateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SupportService supportService;

    private Long customerId;
    private CustomerOption customer;
    private final RequestForm form = new RequestForm();

    /** f:viewAction: the customer of {@code ?customer=}, when opened from a customer's page. */
    public void load() {
        if (customerId != null) {
            customer = supportService.customer(customerId);
        }
    }

    public List<CustomerOption> completeCustomer(String text) {
        return supportService.customers(text);
    }

    public String save() {
        form.setCustomerId(customer == null ? null : customer.id());
        long id = supportService.create(form);
        FacesMessages.info("support_create.message.created", form.getSummary());
        FacesMessages.keepForRedirect();
        return "/support/archive/view?faces-redirect=true&id=" + id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public CustomerOption getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerOption customer) {
        this.customer = customer;
    }

    public RequestForm getForm() {
        return form;
    }
}
