package com.kehu.crm.web.customer;

import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.dto.CustomerCriteria;
import com.kehu.crm.customer.dto.CustomerRow;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.customer.entity.CustomerStatus;
import com.kehu.crm.web.common.Bundles;
import com.kehu.crm.web.common.ExportOptions;
import com.kehu.crm.web.common.FacesMessages;
import com.kehu.crm.web.common.LazyRows;
import com.kehu.crm.security.boundary.SecurityAudit;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ActionEvent;
import java.io.IOException;
import java.util.ArrayList;
import org.omnifaces.util.Faces;
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
 * The customer list (客户信息): a search form over any combination of fields plus column filters, on a lazy table
 * that the database pages and sorts, so that it stays fast with a million customers.
 */
@Named
@ViewScoped
public class CustomerListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerService customerService;

    @EJB
    private SecurityAudit audit;

    private final CustomerCriteria criteria = new CustomerCriteria();
    private LazyRows<CustomerRow> customers;
    private List<ManagerOption> managers;
    private List<CustomerRow> selected = new ArrayList<>();

    @PostConstruct
    void init() {
        managers = customerService.managers();
        customers = new LazyRows<>(filters -> customerService.count(withColumnFilters(filters)),
                (filters, offset, limit, sort) -> customerService.search(withColumnFilters(filters), offset, limit, sort),
                CustomerRow::id);
    }

    /** The search form, narrowed by what is typed or chosen in the column headers. */
    private CustomerCriteria withColumnFilters(Map<String, Object> filters) {
        CustomerCriteria effective = criteria.copy();
        filters.forEach((field, value) -> {
            String text = value.toString();
            switch (field) {
                case "customerNo" -> effective.setCustomerNo(text);
                case "name" -> effective.setName(text);
                case "region" -> effective.setRegion(text);
                case "level" -> effective.setLevel(text);
                case "phone" -> effective.setPhone(text);
                case "status" -> effective.setStatus(CustomerStatus.valueOf(text));
                default -> throw new IllegalArgumentException("no filter " + field);
            }
        });
        return effective;
    }

    /** New search: back to the first page. */
    public void search() {
        DataTable table = Components.findComponent("f:customers");
        table.setFirst(0);
        customers.recount();
    }

    /**
     * Before an export (an action listener that runs before the exporter): refuses a selection of more than
     * {@link ExportOptions#MAX_ROWS} rows, so that an export of a million customers cannot exhaust the server.
     */
    public void checkExportSize(ActionEvent event) {
        DataTable table = Components.findComponent("f:customers");
        CustomerCriteria effective = withColumnFilters(LazyRows.filters(table.getFilterByAsMap()));
        long count = customerService.count(effective);
        if (count > ExportOptions.MAX_ROWS) {
            FacesMessages.error("customer_list.error.exportTooLarge", count, ExportOptions.MAX_ROWS);
            throw new AbortProcessingException("export of " + count + " rows refused");
        }
        audit.recordExport("customers", ExportOptions.format(event), count, effective.describe());
    }

    /** One PDF with an envelope (信封) for each selected customer, sent as a download. */
    public void printEnvelopes() throws IOException {
        if (selected == null || selected.isEmpty()) {
            FacesMessages.warn("envelope.message.noneSelected");
            return;
        }
        List<Long> ids = selected.stream().map(CustomerRow::id).toList();
        EnvelopePrinter printer = new EnvelopePrinter(EnvelopePrinter.senderFromSystemProperties(),
                Bundles.text("envelope.recipientSuffix"), Bundles.text("envelope.postcodeLabel"));
        byte[] pdf = printer.print(customerService.envelopeAddresses(ids));
        Faces.sendFile(pdf, "envelopes.pdf", true);
    }

    public void reset() {
        criteria.setCustomerNo(null);
        criteria.setName(null);
        criteria.setRegion(null);
        criteria.setLevel(null);
        criteria.setManagerId(null);
        criteria.setStatus(null);
        criteria.setPhone(null);
        criteria.setTaxNo(null);
        criteria.setSatisfaction(null);
        criteria.setCredit(null);
        search();
    }

    public CustomerCriteria getCriteria() {
        return criteria;
    }

    public LazyRows<CustomerRow> getCustomers() {
        return customers;
    }

    public List<CustomerRow> getSelected() {
        return selected;
    }

    public void setSelected(List<CustomerRow> selected) {
        this.selected = selected;
    }

    public List<ManagerOption> getManagers() {
        return managers;
    }

    public CustomerStatus[] getStatuses() {
        return CustomerStatus.values();
    }
}
