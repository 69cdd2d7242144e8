package com.kehu.crm.opportunity.entity;

import com.kehu.crm.common.entity.AuditTrailListener;
import com.kehu.crm.common.entity.Audited;
import com.kehu.crm.common.entity.BaseEntity;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.security.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sales opportunity (销售机会): a lead for a company that is not yet a customer. Users edit the descriptive fields
 * while it is unassigned; number, creator, assignment, status and the customer it became are set only through the
 * transition methods, which the service calls after {@code OpportunityWorkflow} allowed them.
 */
@Entity
@Table(name = "MKT_OPPORTUNITY")
@EntityListeners(AuditTrailListener.class)
public class Opportunity extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    /** The audit trail's name for opportunities and their plan items. */
    public static final String AUDIT_SUBJECT = "OPPORTUNITY";
    public static final int CUSTOMER_NAME_LENGTH = 100;
    public static final int SOURCE_LENGTH = 100;
    public static final int SUMMARY_LENGTH = 200;
    public static final int CONTACT_LENGTH = 50;
    public static final int PHONE_LENGTH = 30;
    public static final int DESCRIPTION_LENGTH = 2000;

    @Column(name = "OPPORTUNITY_NO", nullable = false, unique = true, length = 20, updatable = false)
    private String opportunityNo;

    @Size(max = SOURCE_LENGTH, message = "{field.size}")
    @Column(name = "LEAD_SOURCE", length = SOURCE_LENGTH)
    private String source;

    @NotBlank(message = "{opportunity.customerName.required}")
    @Size(max = CUSTOMER_NAME_LENGTH, message = "{field.size}")
    @Column(name = "CUSTOMER_NAME", nullable = false, length = CUSTOMER_NAME_LENGTH)
    private String customerName;

    @NotNull(message = "{opportunity.probability.required}")
    @Min(value = 0, message = "{field.min}")
    @Max(value = 100, message = "{field.max}")
    @Column(name = "PROBABILITY", nullable = false)
    private Integer probability;

    @NotBlank(message = "{opportunity.summary.required}")
    @Size(max = SUMMARY_LENGTH, message = "{field.size}")
    @Column(name = "SUMMARY", nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @Size(max = CONTACT_LENGTH, message = "{field.size}")
    @Column(name = "CONTACT_NAME", length = CONTACT_LENGTH)
    private String contactName;

    @Pattern(regexp = "[0-9+()\\- ]{5,30}", message = "{field.phone}")
    @Column(name = "CONTACT_PHONE", length = PHONE_LENGTH)
    private String contactPhone;

    @NotBlank(message = "{opportunity.description.required}")
    @Size(max = DESCRIPTION_LENGTH, message = "{field.size}")
    @Column(name = "DESCRIPTION", nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CREATOR_ID", nullable = false, updatable = false)
    private User creator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ASSIGNEE_ID")
    private User assignee;

    @Column(name = "ASSIGNED_AT")
    private LocalDateTime assignedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 12)
    private OpportunityStatus status = OpportunityStatus.UNASSIGNED;

    /** The customer that development created (status SUCCEEDED). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "CUSTOMER_ID")
    private Customer customer;

    @Column(name = "CLOSED_AT")
    private LocalDateTime closedAt;

    /** A blank form for a new opportunity. */
    public Opportunity() {
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("source", source);
        state.put("customerName", customerName);
        state.put("probability", probability);
        state.put("summary", summary);
        state.put("contactName", contactName);
        state.put("contactPhone", contactPhone);
        state.put("description", description);
        state.put("assignee", assignee == null ? null : assignee.getUsername());
        state.put("status", status);
        state.put("customer", customer == null ? null : customer.getCustomerNo());
        return state;
    }

    @Override
    public String auditSubjectType() {
        return AUDIT_SUBJECT;
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public String auditEntityType() {
        return AUDIT_SUBJECT;
    }

    /** Set once, when the opportunity is created by {@code creator}. */
    public void created(User by, String number) {
        if (creator != null || opportunityNo != null) {
            throw new IllegalStateException("opportunity already created");
        }
        creator = by;
        opportunityNo = number;
    }

    /** Copies the fields a user edits from a form; the rest has its own rules. */
    public void copyEditableFieldsFrom(Opportunity form) {
        source = form.source;
        customerName = form.customerName;
        probability = form.probability;
        summary = form.summary;
        contactName = form.contactName;
        contactPhone = form.contactPhone;
        description = form.description;
    }

    /** Transition to ASSIGNED (also a reassignment); allowed by {@code OpportunityWorkflow.checkAssign}. */
    public void assignTo(User manager, LocalDateTime when) {
        assignee = manager;
        assignedAt = when;
        status = OpportunityStatus.ASSIGNED;
    }

    /** Final transition to SUCCEEDED with the customer it became; allowed by {@code OpportunityWorkflow.checkClose}. */
    public void succeeded(Customer newCustomer, LocalDateTime when) {
        customer = newCustomer;
        closedAt = when;
        status = OpportunityStatus.SUCCEEDED;
    }

    /** Final transition to FAILED; allowed by {@code OpportunityWorkflow.checkClose}. */
    public void failed(LocalDateTime when) {
        closedAt = when;
        status = OpportunityStatus.FAILED;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getOpportunityNo() {
        return opportunityNo;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = trim(source);
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = trim(customerName);
    }

    public Integer getProbability() {
        return probability;
    }

    public void setProbability(Integer probability) {
        this.probability = probability;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = trim(summary);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = trim(contactName);
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = trim(contactPhone);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = trim(description);
    }

    public User getCreator() {
        return creator;
    }

    public User getAssignee() {
        return assignee;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }

    public OpportunityStatus getStatus() {
        return status;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }
}
