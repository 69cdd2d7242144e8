package com.kehu.crm.web.security;

import com.kehu.crm.common.boundary.BusinessException;
import com.kehu.crm.security.boundary.AccountLockedException;
import com.kehu.crm.security.boundary.AccountService;
import com.kehu.crm.security.boundary.CurrentPasswordWrongException;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;

/**
 * Changing one's own password (密码修改): current password, new password twice. A user who must change a password
 * chosen by someone else ({@link PasswordChangeGuard}) is told so here, and goes on to the home page once it is done.
 * A wrong current password counts as a failed login (the page says how many tries are left); when that locks the
 * account, the session ends and the login page says until when.
 */
@Named
@ViewScoped
public class PasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

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

    public void change() throws IOException, ServletException {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            FacesMessages.error(BusinessException.onField("confirmPassword", "password.error.mismatch"));
            return;
        }
        try {
            accountService.changeMyPassword(currentPassword, newPassword);
        } catch (AccountLockedException locked) {
            endSessionBecauseLocked(locked);
            return;
        } catch (CurrentPasswordWrongException wrong) {
            // Next to the field, with the tries left.
            clearPasswords();
            FacesMessages.error(wrong);
            return;
        }
        clearPasswords();
        FacesMessages.info("password.message.changed");
        if (forced) {
            FacesMessages.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        }
    }

    /**
     * Too many wrong current passwords locked the account (or it was locked already): the session ends, as it would
     * for anyone who cannot log in now, and the login page says until when.
     */
    private void endSessionBecauseLocked(AccountLockedException locked) throws IOException, ServletException {
        clearPasswords();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        // A new, anonymous session carries the message across the redirect.
        FacesMessages.error("login.error.locked", TIME.format(locked.getLockedUntil()));
        FacesMessages.keepForRedirect();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    private void clearPasswords() {
        currentPassword = null;
        newPassword = null;
        confirmPassword = null;
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
