package com.kehu.crm.customer.entity;

import com.kehu.crm.common.entity.AuditTrailListener;
import com.kehu.crm.common.entity.Audited;
import com.kehu.crm.common.entity.BaseEntity;
import com.kehu.crm.security.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer (客户信息): a company the sales team serves. Its manager (客户经理) is the only manager who may change
 * it; supervisors and administrators change every customer. Dictionary-backed fields hold the entry's value.
 */
@Entity
@Table(name = "CST_CUSTOMER")
@EntityListeners(AuditTrailListener.class)
public class Customer extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 100;
    public static final int ADDRESS_LENGTH = 300;
    public static final int PHONE_LENGTH = 30;
    public static final int SHORT_LENGTH = 50;
    /** The audit trail's name for customers and the records that belong to them. */
    public static final String AUDIT_SUBJECT = "CUSTOMER";

    @Column(name = "CUSTOMER_NO", nullable = false, unique = true, length = 20, updatable = false)
    private String customerNo;

    @NotBlank(message = "{customer.name.required}")
    @Size(max = NAME_LENGTH, message = "{field.size}")
    @Column(name = "NAME", nullable = false, length = NAME_LENGTH)
    private String name;

    @NotBlank(message = "{customer.region.required}")
    @Size(max = SHORT_LENGTH, message = "{field.size}")
    @Column(name = "REGION", nullable = false, length = SHORT_LENGTH)
    private String region;

    /** Set by the service: the creating manager, or the one a supervisor chose. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MANAGER_ID", nullable = false)
    private User manager;

    @NotBlank(message = "{customer.level.required}")
    @Size(max = SHORT_LENGTH, message = "{field.size}")
    @Column(name = "CUSTOMER_LEVEL", nullable = false, length = SHORT_LENGTH)
    private String level;

    @Min(value = 1, message = "{field.min}")
    @Max(value = 5, message = "{field.max}")
    @Column(name = "SATISFACTION")
    private Integer satisfaction;

    @Min(value = 1, message = "{field.min}")
    @Max(value = 5, message = "{field.max}")
    @Column(name = "CREDIT")
    private Integer credit;

    @NotBlank(message = "{customer.address.required}")
    @Size(max = ADDRESS_LENGTH, message = "{field.size}")
    @Column(name = "ADDRESS", nullable = false, length = ADDRESS_LENGTH)
    private String address;

    @NotBlank(message = "{customer.postcode.required}")
    @Pattern(regexp = "\\d{6}", message = "{customer.postcode.pattern}")
    @Column(name = "POSTCODE", nullable = false, length = 6)
    private String postcode;

    @NotBlank(message = "{customer.phone.required}")
    @Pattern(regexp = "[0-9+()\\- ]{5,30}", message = "{field.phone}")
    @Column(name = "PHONE", nullable = false, length = PHONE_LENGTH)
    private String phone;

    @Pattern(regexp = "[0-9+()\\- ]{5,30}", message = "{field.phone}")
    @Column(name = "FAX", length = PHONE_LENGTH)
    private String fax;

    @Size(max = 200, message = "{field.size}")
    @Column(name = "WEBSITE", length = 200)
    private String website;

    @Size(max = SHORT_LENGTH, message = "{field.size}")
    @Column(name = "LICENCE_NO", length = SHORT_LENGTH)
    private String licenceNo;

    @Size(max = SHORT_LENGTH, message = "{field.size}")
    @Column(name = "LEGAL_REP", length = SHORT_LENGTH)
    private String legalRepresentative;

    /** In ten thousand yuan (万元). */
    @DecimalMin(value = "0", message = "{field.min}")
    @Digits(integer = 13, fraction = 2, message = "{field.amount}")
    @Column(name = "REGISTERED_CAPITAL", precision = 15, scale = 2)
    private BigDecimal registeredCapital;

    /** In ten thousand yuan (万元). */
    @DecimalMin(value = "0", message = "{field.min}")
    @Digits(integer = 13, fraction = 2, message = "{field.amount}")
    @Column(name = "ANNUAL_TURNOVER", precision = 15, scale = 2)
    private BigDecimal annualTurnover;

    @Size(max = SHORT_LENGTH, message = "{field.size}")
    @Column(name = "BANK", length = SHORT_LENGTH)
    private String bank;

    @Pattern(regexp = "[0-9 ]{6,40}", message = "{customer.bankAccount.pattern}")
    @Column(name = "BANK_ACCOUNT", length = 40)
    private String bankAccount;

    @Size(max = SHORT_LENGTH, message = "{field.size}")
    @Column(name = "LOCAL_TAX_NO", length = SHORT_LENGTH)
    private String localTaxNo;

    @Size(max = SHORT_LENGTH, message = "{field.size}")
    @Column(name = "NATIONAL_TAX_NO", length = SHORT_LENGTH)
    private String nationalTaxNo;

    @Size(max = SHORT_LENGTH, message = "{field.size}")
    @Column(name = "ENTERPRISE_TYPE", length = SHORT_LENGTH)
    private String enterpriseType;

    @Size(max = SHORT_LENGTH, message = "{field.size}")
    @Column(name = "ENTERPRISE_NATURE", length = SHORT_LENGTH)
    private String enterpriseNature;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private CustomerStatus status = CustomerStatus.NORMAL;

    /** A blank form for a new customer. */
    public Customer() {
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("region", region);
        state.put("manager", manager == null ? null : manager.getUsername());
        state.put("level", level);
        state.put("satisfaction", satisfaction);
        state.put("credit", credit);
        state.put("address", address);
        state.put("postcode", postcode);
        state.put("phone", phone);
        state.put("fax", fax);
        state.put("website", website);
        state.put("licenceNo", licenceNo);
        state.put("legalRepresentative", legalRepresentative);
        state.put("registeredCapital", registeredCapital);
        state.put("annualTurnover", annualTurnover);
        state.put("bank", bank);
        state.put("bankAccount", bankAccount);
        state.put("localTaxNo", localTaxNo);
        state.put("nationalTaxNo", nationalTaxNo);
        state.put("enterpriseType", enterpriseType);
        state.put("enterpriseNature", enterpriseNature);
        state.put("status", status);
        return state;
    }

    @Override
    public String auditSubjectType() {
        return AUDIT_SUBJECT;
    }

    @Override
    public Long auditSubjectId() {
        return getId();
    }

    @Override
    public String auditEntityType() {
        return AUDIT_SUBJECT;
    }

    /** Given once, when the customer is created. */
    public void assignNumber(String number) {
        if (customerNo != null) {
            throw new IllegalStateException("customer number already assigned");
        }
        customerNo = number;
    }

    /** Copies every field a user edits from a form; number, manager and status have their own rules. */
    public void copyEditableFieldsFrom(Customer form) {
        name = form.name;
        region = form.region;
        level = form.level;
        satisfaction = form.satisfaction;
        credit = form.credit;
        address = form.address;
        postcode = form.postcode;
        phone = form.phone;
        fax = form.fax;
        website = form.website;
        licenceNo = form.licenceNo;
        legalRepresentative = form.legalRepresentative;
        registeredCapital = form.registeredCapital;
        annualTurnover = form.annualTurnover;
        bank = form.bank;
        bankAccount = form.bankAccount;
        localTaxNo = form.localTaxNo;
        nationalTaxNo = form.nationalTaxNo;
        enterpriseType = form.enterpriseType;
        enterpriseNature = form.enterpriseNature;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getCustomerNo() {
        return customerNo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = trim(name);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = trim(region);
    }

    public User getManager() {
        return manager;
    }

    public void setManager(User manager) {
        this.manager = manager;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = trim(level);
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = trim(address);
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = trim(postcode);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = trim(phone);
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = trim(fax);
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = trim(website);
    }

    public String getLicenceNo() {
        return licenceNo;
    }

    public void setLicenceNo(String licenceNo) {
        this.licenceNo = trim(licenceNo);
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = trim(legalRepresentative);
    }

    public BigDecimal getRegisteredCapital() {
        return registeredCapital;
    }

    public void setRegisteredCapital(BigDecimal registeredCapital) {
        this.registeredCapital = registeredCapital;
    }

    public BigDecimal getAnnualTurnover() {
        return annualTurnover;
    }

    public void setAnnualTurnover(BigDecimal annualTurnover) {
        this.annualTurnover = annualTurnover;
    }

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = trim(bank);
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(String bankAccount) {
        this.bankAccount = trim(bankAccount);
    }

    public String getLocalTaxNo() {
        return localTaxNo;
    }

    public void setLocalTaxNo(String localTaxNo) {
        this.localTaxNo = trim(localTaxNo);
    }

    public String getNationalTaxNo() {
        return nationalTaxNo;
    }

    public void setNationalTaxNo(String nationalTaxNo) {
        this.nationalTaxNo = trim(nationalTaxNo);
    }

    public String getEnterpriseType() {
        return enterpriseType;
    }

    public void setEnterpriseType(String enterpriseType) {
        this.enterpriseType = trim(enterpriseType);
    }

    public String getEnterpriseNature() {
        return enterpriseNature;
    }

    public void setEnterpriseNature(String enterpriseNature) {
        this.enterpriseNature = trim(enterpriseNature);
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }
}
