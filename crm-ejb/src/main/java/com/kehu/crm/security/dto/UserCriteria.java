package com.kehu.crm.security.dto;

import com.kehu.crm.security.entity.AccountStatus;
import java.io.Serializable;

/** The filters of the user list; empty fields do not filter. */
public class UserCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private String roleCode;
    private AccountStatus status;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRoleCode() {
        return roleCode;
    }

    public void setRoleCode(String roleCode) {
        this.roleCode = roleCode;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }
}
