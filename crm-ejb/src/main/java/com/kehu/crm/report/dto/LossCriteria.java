package com.kehu.crm.report.dto;

import java.io.Serializable;
import java.time.LocalDate;

/** The filters of the churn analysis: customer name (beginning), manager, lost dates from/to (both included). */
public class LossCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private String customerName;
    private Long managerId;
    private LocalDate from;
    private LocalDate to;

    public LossCriteria() {
    }

    public LossCriteria(String customerName, Long managerId, LocalDate from, LocalDate to) {
        this.customerName = customerName;
        this.managerId = managerId;
        this.from = from;
        this.to = to;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
