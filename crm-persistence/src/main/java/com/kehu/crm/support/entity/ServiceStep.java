package com.kehu.crm.support.entity;

import com.kehu.crm.common.entity.BaseEntity;
import com.kehu.crm.security.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One step of a service request's timeline (who did what when): written once by the request's transitions and
 * never changed, so that each round of handling and feedback survives the next one.
 */
@Entity
@Table(name = "SUP_STEP")
public class ServiceStep extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "REQUEST_ID", nullable = false, updatable = false)
    private ServiceRequest request;

    @Column(name = "ROUND_NO", nullable = false, updatable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION_TYPE", nullable = false, length = 20, updatable = false)
    private StepAction action;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ACTOR_ID", nullable = false, updatable = false)
    private User actor;

    @Column(name = "ACTED_AT", nullable = false, updatable = false)
    private LocalDateTime actedAt;

    /** The manager a request was assigned to (assign steps only). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ASSIGNEE_ID", updatable = false)
    private User assignee;

    /** The handling (handle steps) or the customer's result (feedback steps). */
    @Column(name = "DETAILS", length = ServiceRequest.TEXT_LENGTH, updatable = false)
    private String details;

    /** 1-5, feedback steps only. */
    @Column(name = "SATISFACTION", updatable = false)
    private Integer satisfaction;

    protected ServiceStep() {
    }

    ServiceStep(ServiceRequest request, StepAction action, User actor, LocalDateTime actedAt, User assignee,
                String details, Integer satisfaction) {
        this.request = request;
        this.round = request.getRound();
        this.action = action;
        this.actor = actor;
        this.actedAt = actedAt;
        this.assignee = assignee;
        this.details = details;
        this.satisfaction = satisfaction;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public int getRound() {
        return round;
    }

    public StepAction getAction() {
        return action;
    }

    public User getActor() {
        return actor;
    }

    public LocalDateTime getActedAt() {
        return actedAt;
    }

    public User getAssignee() {
        return assignee;
    }

    public String getDetails() {
        return details;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }
}
