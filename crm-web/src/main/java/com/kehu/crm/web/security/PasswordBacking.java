package com.kehu.crm.web.security;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.security.boundary.AccountService;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * Changing one's own password (密码修改): current password, new password twice. A user who must change a password
 * chosen by someone else ({@link PasswordChangeGuard}) is told so here, and goes on to the home page once it is done.
 */
@Named
@ViewScoped
public class PasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accountService;

    private String currentPassword;
    private String newPassword;
    private String confirmPassword;
    private boolean forced;

    @PostConstruct
    void init() {
        forced = accountService.mustChangeMyPassword();
    }

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            FacesMessages.error(BusinessException.onField("confirmPassword", "password.error.mismatch"));
            return;
        }
        accountService.changeMyPassword(currentPassword, newPassword);
        currentPassword = null;
        newPassword = null;
        confirmPassword = null;
        FacesMessages.info("password.message.changed");
        if (forced) {
            FacesMessages.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        }
    }

    public boolean isForced() {
        return forced;
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
