package com.kehu.crm.opportunity.entity;

import com.kehu.crm.common.entity.AuditTrailListener;
import com.kehu.crm.common.entity.Audited;
import com.kehu.crm.common.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of an opportunity's development plan (客户开发计划): what to do on which date, and once done, its result
 * (执行效果). The date is fixed when the item is created, so that the plan cannot be rewritten after the fact.
 */
@Entity
@Table(name = "MKT_PLAN_ITEM")
@EntityListeners(AuditTrailListener.class)
public class PlanItem extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    /** The audit trail's name for plan items (shown in their opportunity's history). */
    public static final String AUDIT_ENTITY = "PLANITEM";
    public static final int TEXT_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "OPPORTUNITY_ID", nullable = false, updatable = false)
    private Opportunity opportunity;

    @NotNull(message = "{planitem.date.required}")
    @Column(name = "PLAN_DATE", nullable = false, updatable = false)
    private LocalDate date;

    @NotBlank(message = "{planitem.content.required}")
    @Size(max = TEXT_LENGTH, message = "{field.size}")
    @Column(name = "CONTENT", nullable = false, length = TEXT_LENGTH)
    private String content;

    @Size(max = TEXT_LENGTH, message = "{field.size}")
    @Column(name = "RESULT", length = TEXT_LENGTH)
    private String result;

    @Column(name = "EXECUTED_AT")
    private LocalDateTime executedAt;

    /** A blank form. */
    public PlanItem() {
    }

    /** A new item of {@code opportunity} with the date and content of {@code form}. */
    public PlanItem(Opportunity opportunity, PlanItem form) {
        this.opportunity = opportunity;
        this.date = form.date;
        this.content = form.content;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("date", date);
        state.put("content", content);
        state.put("result", result);
        return state;
    }

    @Override
    public String auditSubjectType() {
        return Opportunity.AUDIT_SUBJECT;
    }

    @Override
    public Long auditSubjectId() {
        return opportunity.getId();
    }

    @Override
    public String auditEntityType() {
        return AUDIT_ENTITY;
    }

    /** Records what came of this step (执行效果). */
    public void recordResult(String text, LocalDateTime when) {
        result = trim(text);
        executedAt = result == null ? null : when;
    }

    public boolean isExecuted() {
        return result != null;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public LocalDate getDate() {
        return date;
    }

    /** The date of a new item; an existing item keeps its date (the column is not updatable and the service copies only the content). */
    public void setDate(LocalDate date) {
        if (isNew()) {
            this.date = date;
        }
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = trim(content);
    }

    public String getResult() {
        return result;
    }

    public LocalDateTime getExecutedAt() {
        return executedAt;
    }
}
