package com.kehu.crm.report.dto;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters of the contribution report: customer name (beginning), manager, region, level and order dates from/to
 * (both included; a year is 1 January to 31 December). Empty fields do not filter.
 */
public class ContributionCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private String customerName;
    private Long managerId;
    private String region;
    private String level;
    private LocalDate from;
    private LocalDate to;

    public ContributionCriteria() {
    }

    public ContributionCriteria(String customerName, Long managerId, String region, String level, LocalDate from,
                                LocalDate to) {
        this.customerName = customerName;
        this.managerId = managerId;
        this.region = region;
        this.level = level;
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

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
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
