package com.kehu.crm.churn.entity;

import com.kehu.crm.common.entity.AuditTrailListener;
import com.kehu.crm.common.entity.BaseEntity;
import com.kehu.crm.customer.entity.Customer;
import com.kehu.crm.customer.entity.CustomerHistory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One deferral measure (暂缓流失措施) of a warning, one row each (never concatenated into one text): appended, never
 * changed. Its author and time are the record's created by / at.
 */
@Entity
@Table(name = "CHN_MEASURE")
@EntityListeners(AuditTrailListener.class)
public class ChurnMeasure extends BaseEntity implements CustomerHistory {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "WARNING_ID", nullable = false, updatable = false)
    private ChurnWarning warning;

    @NotBlank(message = "{churn.measure.required}")
    @Size(max = TEXT_LENGTH, message = "{field.size}")
    @Column(name = "MEASURE_TEXT", nullable = false, length = TEXT_LENGTH, updatable = false)
    private String text;

    protected ChurnMeasure() {
    }

    public ChurnMeasure(ChurnWarning warning, String text) {
        this.warning = warning;
        this.text = text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("text", text);
        return state;
    }

    @Override
    public Customer historyCustomer() {
        return warning.getCustomer();
    }

    @Override
    public String auditEntityType() {
        return "CHURN_MEASURE";
    }

    public ChurnWarning getWarning() {
        return warning;
    }

    public String getText() {
        return text;
    }
}
