package com.kehu.crm.churn.dto;

import com.kehu.crm.churn.entity.ChurnStatus;
import java.io.Serializable;

/** The work list's search: open warnings only (default) or one status; customer name prefix. */
public class ChurnCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean openOnly = true;
    private ChurnStatus status;
    private String customerName;

    public ChurnCriteria copy() {
        ChurnCriteria copy = new ChurnCriteria();
        copy.openOnly = openOnly;
        copy.status = status;
        copy.customerName = customerName;
        return copy;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public ChurnStatus getStatus() {
        return status;
    }

    public void setStatus(ChurnStatus status) {
        this.status = status;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }
}
