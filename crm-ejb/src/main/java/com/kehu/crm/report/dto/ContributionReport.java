package com.kehu.crm.report.dto;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The contribution report: the ranked customers (at most {@code limit}, largest first), the total over all customers
 * that match the filters and their number. {@link #truncated()}: more customers than rows shown.
 */
public record ContributionReport(List<ContributionRow> rows, BigDecimal total, long customers)
        implements Serializable {

    public boolean truncated() {
        return customers > rows.size();
    }

    public boolean noRows() {
        return rows.isEmpty();
    }
}
