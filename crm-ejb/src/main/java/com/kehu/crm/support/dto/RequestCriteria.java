package com.kehu.crm.support.dto;

import com.kehu.crm.support.entity.ServiceStatus;
import java.io.Serializable;
import java.time.LocalDate;

/** What a request list shows: one work list, narrowed by any of the archive's search fields (empty: no filter). */
public class RequestCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private WorkList workList = WorkList.ALL;
    private Long customerId;
    private String customerName;
    private String type;
    private ServiceStatus status;
    private Long assigneeId;
    /** Requested on or after this day ... */
    private LocalDate from;
    /** ... and on or before this one. */
    private LocalDate to;

    public RequestCriteria() {
    }

    public RequestCriteria(WorkList workList) {
        this.workList = workList;
    }

    public RequestCriteria copy() {
        RequestCriteria copy = new RequestCriteria(workList);
        copy.customerId = customerId;
        copy.customerName = customerName;
        copy.type = type;
        copy.status = status;
        copy.assigneeId = assigneeId;
        copy.from = from;
        copy.to = to;
        return copy;
    }

    public WorkList getWorkList() {
        return workList;
    }

    public void setWorkList(WorkList workList) {
        this.workList = workList;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceStatus status) {
        this.status = status;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
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
