package com.kehu.crm.web.security;

import com.kehu.crm.security.boundary.AccountService;
import com.kehu.crm.security.dto.Profile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The logged-in user in the top bar, and logout. */
@Named
@RequestScoped
public class SessionBacking {

    @EJB
    private AccountService accountService;

    private Profile profile;

    /** Loaded once per request, on first use by the top bar or the home page. */
    public Profile getProfile() {
        if (profile == null && FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
            profile = accountService.myProfile();
        }
        return profile;
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getUserPrincipal() != null) {
            accountService.recordLogout();
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
