package com.kehu.crm.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A record of contact with a customer (交往记录): date, place, summary and details; milestones are recorded here. */
@Entity
@Table(name = "CST_INTERACTION")
public class Interaction extends CustomerRecord {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{interaction.date.required}")
    @Column(name = "HAPPENED_ON", nullable = false)
    private LocalDate date;

    @NotBlank(message = "{interaction.place.required}")
    @Size(max = 100, message = "{field.size}")
    @Column(name = "PLACE", nullable = false, length = 100)
    private String place;

    @NotBlank(message = "{interaction.summary.required}")
    @Size(max = 200, message = "{field.size}")
    @Column(name = "SUMMARY", nullable = false, length = 200)
    private String summary;

    @NotBlank(message = "{interaction.details.required}")
    @Size(max = 2000, message = "{field.size}")
    @Column(name = "DETAILS", nullable = false, length = 2000)
    private String details;

    @Size(max = 500, message = "{field.size}")
    @Column(name = "MEMO", length = 500)
    private String memo;

    public Interaction() {
    }

    public Interaction(Customer customer) {
        super(customer);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("date", date);
        state.put("place", place);
        state.put("summary", summary);
        state.put("details", details);
        state.put("memo", memo);
        return state;
    }

    @Override
    public String auditEntityType() {
        return "INTERACTION";
    }

    public void copyEditableFieldsFrom(Interaction form) {
        date = form.date;
        place = form.place;
        summary = form.summary;
        details = form.details;
        memo = form.memo;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = trim(place);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = trim(summary);
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = trim(details);
    }

    public String getMemo() {
        return memo;
    }

    public void setMemo(String memo) {
        this.memo = trim(memo);
    }
}
