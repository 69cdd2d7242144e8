package com.kehu.crm.web.security;

import com.kehu.crm.security.boundary.LoginService;
import com.kehu.crm.security.dto.LoginState;
import com.kehu.crm.web.common.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;

/**
 * The login page. The password is checked by the server's realm ({@link HttpServletRequest#login}), never here;
 * this bean has every attempt counted ({@link LoginService}: per account, unknown names alike, and per client
 * address), gives the session a new id after login (no session fixation)
 * and then opens the page the user asked for.
 */
@Named
@ViewScoped
public class LoginBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @EJB
    private LoginService loginService;

    private String username;
    private String password;
    private String next;

    @PostConstruct
    void init() {
        // The container forwards an anonymous request for a protected page here: remember that page.
        HttpServletRequest request = request();
        Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (uri != null) {
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            next = uri + (query == null ? "" : "?" + query);
        }
    }

    public void login() throws IOException {
        String name = username == null ? "" : username.trim();
        HttpServletRequest request = request();
        String client = ClientAddress.of(request);
        LoginState state = loginService.state(name, client);
        if (state.refused()) {
            refused(state);
            password = null;
            return;
        }
        if (!authenticate(request, name, password)) {
            LoginState after = loginService.recordFailure(name, client);
            if (after.locked()) {
                refused(after);
            } else {
                FacesMessages.error("login.error.failed");
            }
            password = null;
            return;
        }
        loginService.recordSuccess(name);
        PasswordChangeGuard.forget(request);
        NoAccessGuard.forget(request);
        request.changeSessionId();
        SessionStampFilter.remember(request, loginService);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(safeNext(external.getRequestContextPath()));
    }

    /** The realm's verdict; false for a wrong password and for one the realm cannot even check. */
    static boolean authenticate(HttpServletRequest request, String name, String password) {
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(name, password);
            return true;
        } catch (ServletException e) {
            return false;
        } catch (IllegalArgumentException e) {
            // bcrypt reads at most 72 bytes of a password: the database realm refuses a longer one this way
            return false;
        }
    }

    private static void refused(LoginState state) {
        if (state.clientThrottled()) {
            FacesMessages.error("login.error.throttled", TIME.format(state.lockedUntil()));
        } else {
            FacesMessages.error("login.error.locked", TIME.format(state.lockedUntil()));
        }
    }

    /** Only a page of this application, never another site. */
    private String safeNext(String contextPath) {
        if (next != null && next.startsWith(contextPath + "/") && !next.startsWith("//")
                && !next.contains("login.xhtml") && !next.contains("\\")) {
            return next;
        }
        return contextPath + "/index.xhtml";
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
