package com.kehu.crm.customer.dto;

import com.kehu.crm.customer.entity.CustomerStatus;
import java.io.Serializable;

/**
 * The search form of the customer list: any combination of fields; empty fields do not filter. Name and customer
 * number match from the beginning (an index serves them at a million rows); the others match exactly.
 */
public class CustomerCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private String customerNo;
    private String name;
    private String region;
    private String level;
    private Long managerId;
    private CustomerStatus status;
    private String phone;
    private String taxNo;
    private Integer satisfaction;
    private Integer credit;

    /** A copy, so that a table's column filters can be added without changing the form. */
    public CustomerCriteria copy() {
        CustomerCriteria copy = new CustomerCriteria();
        copy.customerNo = customerNo;
        copy.name = name;
        copy.region = region;
        copy.level = level;
        copy.managerId = managerId;
        copy.status = status;
        copy.phone = phone;
        copy.taxNo = taxNo;
        copy.satisfaction = satisfaction;
        copy.credit = credit;
        return copy;
    }

    /** The filters that are set, as {@code name=value} pairs (for the security audit trail of exports). */
    public String describe() {
        java.util.StringJoiner text = new java.util.StringJoiner(", ", "filters: ", "").setEmptyValue("");
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("customerNo", customerNo);
        fields.put("name", name);
        fields.put("region", region);
        fields.put("level", level);
        fields.put("managerId", managerId);
        fields.put("status", status);
        fields.put("phone", phone);
        fields.put("taxNo", taxNo);
        fields.put("satisfaction", satisfaction);
        fields.put("credit", credit);
        fields.forEach((field, value) -> {
            if (value != null && !value.toString().isBlank()) {
                text.add(field + "=" + value);
            }
        });
        return text.toString();
    }

    public String getCustomerNo() {
        return customerNo;
    }

    public void setCustomerNo(String customerNo) {
        this.customerNo = customerNo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTaxNo() {
        return taxNo;
    }

    public void setTaxNo(String taxNo) {
        this.taxNo = taxNo;
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public Integer getCredit() {
        return credit;
    }

    public void setCredit(Integer credit) {
        this.credit = credit;
    }
}
