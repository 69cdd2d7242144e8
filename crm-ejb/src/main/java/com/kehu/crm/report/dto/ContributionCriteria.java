package com.kehu.crm.report.dto;

import java.time.LocalDate;

/**
 * The filters of the contribution report: customer name (beginning), manager, region, level and order dates from/to
 * (both included; a year is 1 January to 31 December). Empty fields do not filter.
 */
public class ContributionCriteria extends ReportCriteria {

    private static final long serialVersionUID = 1L;

    private String region;
    private String level;

    public ContributionCriteria() {
    }

    public ContributionCriteria(String customerName, Long managerId, String region, String level, LocalDate from,
                                LocalDate to) {
        super(customerName, managerId, from, to);
        this.region = region;
        this.level = level;
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
}
