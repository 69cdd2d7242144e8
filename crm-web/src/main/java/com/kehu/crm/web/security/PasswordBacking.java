package com.kehu.crm.web.security;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.security.boundary.AccountService;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** Changing one's own password (密码修改): current password, new password twice. */
@Named
@ViewScoped
public class PasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accountService;

    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    public void change() {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            FacesMessages.error(BusinessException.onField("confirmPassword", "password.error.mismatch"));
            return;
        }
        accountService.changeMyPassword(currentPassword, newPassword);
        currentPassword = null;
        newPassword = null;
        confirmPassword = null;
        FacesMessages.info("password.message.changed");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
