package com.kehu.crm.web.customer;

import com.kehu.crm.security.boundary.SecurityAudit;
import com.kehu.crm.web.common.ExportOptions;
import jakarta.faces.event.ActionEvent;
import com.kehu.crm.common.boundary.NotFoundException;
import com.kehu.crm.common.dto.HistoryRow;
import com.kehu.crm.customer.boundary.ContactService;
import com.kehu.crm.customer.boundary.CustomerHistoryService;
import com.kehu.crm.customer.boundary.CustomerService;
import com.kehu.crm.customer.boundary.InteractionService;
import com.kehu.crm.customer.dto.ManagerOption;
import com.kehu.crm.customer.entity.Contact;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.Interaction;
import com.kehu.crm.customer.entity.Sex;
import com.kehu.crm.web.common.FacesMessages;
import com.kehu.crm.web.common.LazyRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import com.kehu.crm.security.boundary.CurrentUser;
import com.kehu.crm.security.entity.Rights;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One customer's page: basic information, contacts and interaction records on tabs, each edited in a dialog by
 * those who may change the customer; reassignment to another manager for supervisors.
 */
@Named
@ViewScoped
public class CustomerViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SecurityAudit audit;
    @EJB
    private CustomerService customerService;
    @EJB
    private ContactService contactService;
    @EJB
    private InteractionService interactionService;
    @EJB
    private CustomerHistoryService historyService;
    @EJB
    private CurrentUser currentUser;

    private Long id;
    private String tab;
    private Integer activeIndex;
    private Customer customer;
    private boolean mayChange;
    private List<Contact> contacts;
    private List<Interaction> interactions;
    private Contact contact;
    private Interaction interaction;
    private List<ManagerOption> managers;
    private Long newManagerId;
    private LazyRows<HistoryRow> history;

    /** f:viewAction: the customer of {@code ?id=} and its contacts and interactions. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        customer = customerService.getById(id);
        mayChange = customerService.mayChange(id);
        contacts = contactService.list(id);
        interactions = interactionService.list(id);
        long customerId = id;
        history = new LazyRows<>(filters -> historyService.count(customerId),
                (filters, offset, limit, sort) -> historyService.history(customerId, offset, limit),
                row -> row.changedAt() + row.entityType() + row.entityId() + row.field());
    }

    public void newContact() {
        contact = new Contact();
        contact.setSex(Sex.MALE);
    }

    public void editContact(Contact selected) {
        contact = selected;
    }

    public void saveContact() {
        boolean created = contact.isNew();
        Contact saved = created ? contactService.create(id, contact) : contactService.update(contact);
        FacesMessages.info(created ? "contact.message.created" : "contact.message.saved", saved.getName());
        contact = null;
        contacts = contactService.list(id);
    }

    public void deleteContact(Contact selected) {
        contactService.delete(selected.getId(), selected.getVersion());
        FacesMessages.info("contact.message.deleted", selected.getName());
        contacts = contactService.list(id);
    }

    public void newInteraction() {
        interaction = new Interaction();
        interaction.setDate(LocalDate.now());
    }

    public void editInteraction(Interaction selected) {
        interaction = selected;
    }

    public void saveInteraction() {
        boolean created = interaction.isNew();
        Interaction saved = created ? interactionService.create(id, interaction) : interactionService.update(interaction);
        FacesMessages.info(created ? "interaction.message.created" : "interaction.message.saved", saved.getSummary());
        interaction = null;
        interactions = interactionService.list(id);
    }

    public void deleteInteraction(Interaction selected) {
        interactionService.delete(selected.getId(), selected.getVersion());
        FacesMessages.info("interaction.message.deleted", selected.getSummary());
        interactions = interactionService.list(id);
    }

    public void startReassign() {
        managers = customerService.managers();
        newManagerId = customer.getManager().getId();
    }

    public void reassign() {
        customer = customerService.reassign(id, customer.getVersion(), newManagerId);
        FacesMessages.info("customer_view.message.reassigned", customer.getName(),
                customer.getManager().getDisplayName());
    }

    public String delete() {
        customerService.delete(id, customer.getVersion());
        FacesMessages.info("customer_view.message.deleted", customer.getName());
        FacesMessages.keepForRedirect();
        return "/customer/list?faces-redirect=true";
    }

    public LazyRows<HistoryRow> getHistory() {
        return history;
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    /** The tab the page opens on ({@code tab=orders}: the order history, as a report's drill-down links it). */
    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    /**
     * The index of the open tab: the order history is the fourth tab (basic, contacts and interactions are always
     * there before it) for a user who may see orders; anything else opens the first.
     */
    public int getActiveIndex() {
        if (activeIndex == null) {
            activeIndex = "orders".equals(tab) && currentUser.has(Rights.SALES_VIEW) ? 3 : 0;
        }
        return activeIndex;
    }

    /** The tab the user chose (the tab view reports it on a postback): kept, as the tab view itself would. */
    public void setActiveIndex(int activeIndex) {
        this.activeIndex = activeIndex;
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

    public boolean isMayChange() {
        return mayChange;
    }

    /** Before a contact export (action listener of the export buttons): the security audit trail records it. */
    public void recordContactsExport(ActionEvent event) {
        audit.recordExport("contacts", ExportOptions.format(event), contacts == null ? 0 : contacts.size(),
                "customer=" + (customer == null ? id : customer.getCustomerNo()));
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public List<Interaction> getInteractions() {
        return interactions;
    }

    public Contact getContact() {
        return contact;
    }

    public Interaction getInteraction() {
        return interaction;
    }

    public List<ManagerOption> getManagers() {
        return managers;
    }

    public Long getNewManagerId() {
        return newManagerId;
    }

    public void setNewManagerId(Long newManagerId) {
        this.newManagerId = newManagerId;
    }
}
