package com.kehu.crm.report.dto;

import java.time.LocalDate;

/** The filters of the churn analysis: customer name (beginning), manager, lost dates from/to (both included). */
public class LossCriteria extends ReportCriteria {

    private static final long serialVersionUID = 1L;

    public LossCriteria() {
    }

    public LossCriteria(String customerName, Long managerId, LocalDate from, LocalDate to) {
        super(customerName, managerId, from, to);
    }
}
