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

/**
 * The logged-in user in the top bar, and logout.
 * <p>
 * Logout ends the container login ({@link HttpServletRequest#logout()}: with OpenID Connect, Elytron's mechanism also
 * ends the provider's session from the server, where the provider supports that) and the session, then opens the
 * page named by the system property {@value #LOGOUT_PAGE}: by default the login page with its "logged out" note;
 * config/oidc/oidc.cli points it at the home page (which leads to the provider's login), or IT at the provider's
 * own logout URL for providers that end their session only in the browser (Azure AD).
 */
@Named
@RequestScoped
public class SessionBacking {

    /** Where the browser goes after logout: a path in Kehu CRM ("/login.xhtml?loggedOut=true") or an absolute URL. */
    static final String LOGOUT_PAGE = "kehu.logout.page";

    private static final String DEFAULT_LOGOUT_PAGE = "/login.xhtml?loggedOut=true";

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
        external.redirect(afterLogout(external.getRequestContextPath(), System.getProperty(LOGOUT_PAGE)));
    }

    /** The configured page after logout; anything but a path of this application or an http(s) URL is ignored. */
    static String afterLogout(String contextPath, String configured) {
        String page = configured == null ? "" : configured.trim();
        if (page.startsWith("https://") || page.startsWith("http://")) {
            return page;
        }
        if (page.startsWith("/") && !page.startsWith("//") && !page.contains("\\")) {
            return contextPath + page;
        }
        return contextPath + DEFAULT_LOGOUT_PAGE;
    }
}
