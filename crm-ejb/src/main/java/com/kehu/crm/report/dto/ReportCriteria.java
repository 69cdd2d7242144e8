package com.kehu.crm.report.dto;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters every report over customers has: customer name (beginning), manager, and a period from/to (both
 * included). Empty fields do not filter. A report page binds its filter fields and its URL's view parameters to one of
 * these (or a subclass) and hands it to the report service as it is.
 */
public class ReportCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private String customerName;
    private Long managerId;
    private LocalDate from;
    private LocalDate to;

    public ReportCriteria() {
    }

    public ReportCriteria(String customerName, Long managerId, LocalDate from, LocalDate to) {
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
