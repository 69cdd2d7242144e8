package com.kehu.crm.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** A person at a customer (联系人): name, sex, position and office phone are required. */
@Entity
@Table(name = "CST_CONTACT")
public class Contact extends CustomerRecord {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{contact.name.required}")
    @Size(max = 50, message = "{field.size}")
    @Column(name = "NAME", nullable = false, length = 50)
    private String name;

    @NotNull(message = "{contact.sex.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "SEX", nullable = false, length = 10)
    private Sex sex;

    @NotBlank(message = "{contact.position.required}")
    @Size(max = 50, message = "{field.size}")
    @Column(name = "POSITION_TITLE", nullable = false, length = 50)
    private String position;

    @NotBlank(message = "{contact.officePhone.required}")
    @Pattern(regexp = "[0-9+()\\- ]{5,30}", message = "{field.phone}")
    @Column(name = "OFFICE_PHONE", nullable = false, length = 30)
    private String officePhone;

    @Pattern(regexp = "1\\d{10}", message = "{contact.mobile.pattern}")
    @Column(name = "MOBILE", length = 20)
    private String mobile;

    @Email(message = "{field.email}")
    @Size(max = 100, message = "{field.size}")
    @Column(name = "EMAIL", length = 100)
    private String email;

    @Size(max = 500, message = "{field.size}")
    @Column(name = "MEMO", length = 500)
    private String memo;

    public Contact() {
    }

    public Contact(Customer customer) {
        super(customer);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("sex", sex);
        state.put("position", position);
        state.put("officePhone", officePhone);
        state.put("mobile", mobile);
        state.put("email", email);
        state.put("memo", memo);
        return state;
    }

    @Override
    public String auditEntityType() {
        return "CONTACT";
    }

    public void copyEditableFieldsFrom(Contact form) {
        name = form.name;
        sex = form.sex;
        position = form.position;
        officePhone = form.officePhone;
        mobile = form.mobile;
        email = form.email;
        memo = form.memo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = trim(name);
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = trim(position);
    }

    public String getOfficePhone() {
        return officePhone;
    }

    public void setOfficePhone(String officePhone) {
        this.officePhone = trim(officePhone);
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = trim(mobile);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = trim(email);
    }

    public String getMemo() {
        return memo;
    }

    public void setMemo(String memo) {
        this.memo = trim(memo);
    }
}
