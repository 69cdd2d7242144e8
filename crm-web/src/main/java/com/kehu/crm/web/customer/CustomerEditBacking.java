package com.kehu.crm.web.customer;

import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.dto.CustomerRow;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.security.boundary.CurrentUser;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import java.util.List;

/**
 * Creating or editing a customer. Before a new customer is saved, customers with the same name, tax number or
 * phone are listed: the user saves anyway only after seeing them.
 */
@Named
@ViewScoped
public class CustomerEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerService customerService;

    @EJB
    private CurrentUser currentUser;

    private Long id;
    private Customer customer;
    private Long managerId;
    private List<ManagerOption> managers;
    private List<CustomerRow> duplicates = List.of();
    private boolean duplicatesConfirmed;

    /** f:viewAction: the customer of {@code ?id=}, or a blank form; another manager's customer is forbidden. */
    public void load() throws IOException {
        if (id != null && !customerService.mayChange(id)) {
            Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            return;
        }
        managers = customerService.managers();
        if (id == null) {
            customer = new Customer();
            customer.setLevel("1");
            return;
        }
        customer = customerService.getById(id);
        managerId = customer.getManager().getId();
    }

    /** A supervisor or administrator chooses a new customer's manager; a manager's new customer is their own. */
    public boolean isChooseManager() {
        return customer.isNew() && currentUser.actsOnAll();
    }

    public String save() {
        if (customer.isNew() && !duplicatesConfirmed) {
            duplicates = customerService.findDuplicates(customer);
            if (!duplicates.isEmpty()) {
                duplicatesConfirmed = true;
                FacesMessages.warn("customer_edit.message.duplicates", duplicates.size());
                return null;
            }
        }
        boolean created = customer.isNew();
        customer = created ? customerService.create(customer, managerId) : customerService.update(customer);
        FacesMessages.info(created ? "customer_edit.message.created" : "customer_edit.message.saved",
                customer.getName(), customer.getCustomerNo());
        FacesMessages.keepForRedirect();
        return "/customer/view?faces-redirect=true&id=" + customer.getId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public List<ManagerOption> getManagers() {
        return managers;
    }

    public List<CustomerRow> getDuplicates() {
        return duplicates;
    }
}
