package com.kehu.crm.web.security;

import com.kehu.crm.security.boundary.AccountService;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.omnifaces.util.Servlets;

/**
 * A user whose password someone else chose (the first administrator's initial password, an administrator's reset)
 * gets only the own-password page until they changed it: every other page sends them there (a redirect, also for
 * Faces ajax requests); the REST interface answers 403 (checked by {@code ApiAuthenticationFilter}, which runs the
 * call as its BASIC user, not the session's). The business tier keeps the flag and clears it when the user
 * changes the password ({@link AccountService#mustChangeMyPassword()}).
 * <p>
 * This filter guards the pages, whatever way the user authenticated (form login or single sign-on). Once a
 * session's user is known to be clear, the session remembers it, so that ordinary requests cost no query; a login
 * forgets it ({@link #forget}).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PasswordChangeGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The own-password page, the only page open while the password must be changed. */
    static final String PASSWORD_PAGE = "/account/password.xhtml";

    /** Request attribute set while the user must change the password: the layout hides the menu then. */
    public static final String REQUIRED = "kehu.passwordChangeRequired";

    /** The REST interface ignores the session: ApiAuthenticationFilter checks its caller itself (403). */
    private static final String API = "/api/";

    private static final SessionClearance CLEARED = new SessionClearance(PasswordChangeGuard.class);

    /** Open to anyone anyway, or needed to render and leave the password page. */
    private static final List<String> OPEN = List.of("/login.xhtml", "/jakarta.faces.resource/", "/resources/",
            "/favicon.ico");

    @EJB
    private AccountService accountService;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user == null || OPEN.stream().anyMatch(path::startsWith) || path.startsWith(API)
                || CLEARED.holds(request, user)) {
            chain.doFilter(request, response);
            return;
        }
        if (!accountService.mustChangeMyPassword()) {
            CLEARED.grant(request, user);
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(REQUIRED, Boolean.TRUE);
        if (path.equals(PASSWORD_PAGE)) {
            chain.doFilter(request, response);
        } else {
            Servlets.facesRedirect(request, response, request.getContextPath() + PASSWORD_PAGE);
        }
    }

    /** After a login: ask the business tier again, the password may have been reset since the last one. */
    static void forget(HttpServletRequest request) {
        CLEARED.forget(request);
    }
}
