package com.kehu.crm.support.entity;

import com.kehu.crm.common.entity.AuditTrailListener;
import com.kehu.crm.common.entity.BaseEntity;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.CustomerHistory;
import com.kehu.crm.security.entity.User;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's service request (客户服务): consultation, suggestion or complaint, from its creation to its archive.
 * The fields hold where it stands now; {@link ServiceStep}s keep every step of every round. The rules of who may
 * move it on and when are the business tier's (support control); this class only records what they decided.
 * Its changes go into its customer's history.
 */
@Entity
@Table(name = "SUP_REQUEST")
@EntityListeners(AuditTrailListener.class)
public class ServiceRequest extends BaseEntity implements CustomerHistory {

    private static final long serialVersionUID = 1L;

    /** The dictionary code (SERVICE_TYPE) of complaints (投诉), which reports single out; a fixed entry. */
    public static final String COMPLAINT = "COMPLAINT";
    public static final int SUMMARY_LENGTH = 200;
    public static final int TEXT_LENGTH = 2000;
    public static final String AUDIT_ENTITY = "SUPPORT";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false, updatable = false)
    private Customer customer;

    @NotBlank(message = "{support.type.required}")
    @Size(max = 50, message = "{field.size}")
    @Column(name = "SERVICE_TYPE", nullable = false, length = 50)
    private String type;

    @NotBlank(message = "{support.summary.required}")
    @Size(max = SUMMARY_LENGTH, message = "{field.size}")
    @Column(name = "SUMMARY", nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    @NotBlank(message = "{support.requestText.required}")
    @Size(max = TEXT_LENGTH, message = "{field.size}")
    @Column(name = "REQUEST_TEXT", nullable = false, length = TEXT_LENGTH)
    private String requestText;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ServiceStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CREATOR_ID", nullable = false, updatable = false)
    private User creator;

    @Column(name = "REQUESTED_AT", nullable = false, updatable = false)
    private LocalDateTime requestedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ASSIGNEE_ID")
    private User assignee;

    @Column(name = "ASSIGNED_AT")
    private LocalDateTime assignedAt;

    @Size(max = TEXT_LENGTH, message = "{field.size}")
    @Column(name = "HANDLING", length = TEXT_LENGTH)
    private String handling;

    @Column(name = "HANDLED_AT")
    private LocalDateTime handledAt;

    @Size(max = TEXT_LENGTH, message = "{field.size}")
    @Column(name = "RESULT_TEXT", length = TEXT_LENGTH)
    private String result;

    @Min(value = 1, message = "{field.min}")
    @Max(value = 5, message = "{field.max}")
    @Column(name = "SATISFACTION")
    private Integer satisfaction;

    @Column(name = "FEEDBACK_AT")
    private LocalDateTime feedbackAt;

    @Column(name = "ARCHIVED_AT")
    private LocalDateTime archivedAt;

    /** 1 at creation, one more each time a feedback below the threshold sends the request back. */
    @Column(name = "ROUND_NO", nullable = false)
    private int round;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("actedAt ASC, id ASC")
    private List<ServiceStep> steps = new ArrayList<>();

    protected ServiceRequest() {
    }

    /** A new request (status created), its first step recorded. */
    public ServiceRequest(Customer customer, String type, String summary, String requestText, User creator,
                          LocalDateTime at) {
        this.customer = customer;
        this.type = type;
        this.summary = trim(summary);
        this.requestText = trim(requestText);
        this.creator = creator;
        this.requestedAt = at;
        this.status = ServiceStatus.CREATED;
        this.round = 1;
        steps.add(new ServiceStep(this, StepAction.CREATE, creator, at, null, null, null));
    }

    /** Records an assignment to {@code manager}; the request is then to be handled. */
    public void recordAssignment(User manager, User actor, LocalDateTime at) {
        assignee = manager;
        assignedAt = at;
        status = ServiceStatus.ASSIGNED;
        steps.add(new ServiceStep(this, StepAction.ASSIGN, actor, at, manager, null, null));
    }

    /** Records how the request was handled in this round; it then waits for feedback. */
    public void recordHandling(User actor, String text, LocalDateTime at) {
        handling = trim(text);
        handledAt = at;
        status = ServiceStatus.HANDLED;
        steps.add(new ServiceStep(this, StepAction.HANDLE, actor, at, null, handling, null));
    }

    /**
     * Records the customer's feedback on this round; {@code archive}: the request is closed, otherwise it goes back
     * to its assignee for another round.
     */
    public void recordFeedback(User actor, String text, int stars, boolean archive, LocalDateTime at) {
        result = trim(text);
        satisfaction = stars;
        feedbackAt = at;
        steps.add(new ServiceStep(this, StepAction.FEEDBACK, actor, at, null, result, stars));
        if (archive) {
            status = ServiceStatus.ARCHIVED;
            archivedAt = at;
        } else {
            status = ServiceStatus.ASSIGNED;
            round++;
        }
    }

    public boolean isComplaint() {
        return COMPLAINT.equals(type);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", type);
        state.put("summary", summary);
        state.put("requestText", requestText);
        state.put("status", status);
        state.put("assignee", assignee == null ? null : assignee.getUsername());
        state.put("handling", handling);
        state.put("result", result);
        state.put("satisfaction", satisfaction);
        state.put("round", round);
        return state;
    }

    @Override
    public Customer historyCustomer() {
        return customer;
    }

    @Override
    public String auditEntityType() {
        return AUDIT_ENTITY;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getType() {
        return type;
    }

    public String getSummary() {
        return summary;
    }

    public String getRequestText() {
        return requestText;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public User getCreator() {
        return creator;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public User getAssignee() {
        return assignee;
    }

    public LocalDateTime getAssignedAt() {
        return assignedAt;
    }

    public String getHandling() {
        return handling;
    }

    public LocalDateTime getHandledAt() {
        return handledAt;
    }

    public String getResult() {
        return result;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public LocalDateTime getFeedbackAt() {
        return feedbackAt;
    }

    public LocalDateTime getArchivedAt() {
        return archivedAt;
    }

    public int getRound() {
        return round;
    }

    /** The timeline, oldest first. */
    public List<ServiceStep> getSteps() {
        return steps;
    }
}
