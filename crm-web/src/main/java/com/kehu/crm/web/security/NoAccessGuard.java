package com.kehu.crm.web.security;

import com.kehu.crm.security.boundary.AccountService;
import com.kehu.crm.web.api.ApiErrors;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
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
 * Someone the server's security domain authenticated, but who has no active Kehu CRM user: a directory (LDAP/AD),
 * Kerberos or OpenID Connect login of a colleague nobody has given access yet, or whose Kehu CRM user is disabled.
 * They see one clear page in their language naming their account and asking them to turn to their administrator
 * ({@link #NO_ACCESS_PAGE}), never the application without rights nor a bare 403; the REST interface answers 403.
 * <p>
 * Decided so: Kehu CRM creates no user on first login. Who may use the CRM, with which roles, stays the
 * administrator's decision in 用户管理, whatever the company login; an account created automatically would be a
 * user nobody approved. The check asks the business tier ({@link AccountService#hasAccess()}), so it is the same for
 * every way of logging in; once a session's user is known to have access, the session remembers it.
 */
// ERROR too: a page whose constraint names a right answers 403 before any filter runs; for someone without a Kehu CRM
// user the error page then becomes the no-access page.
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class NoAccessGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The page for an authenticated caller without an active Kehu CRM user. */
    public static final String NO_ACCESS_PAGE = "/no-access.xhtml";

    private static final SessionClearance CLEARED = new SessionClearance(NoAccessGuard.class);

    /** Open to anyone anyway, or needed to render the no-access page and to log out from it. */
    private static final List<String> OPEN = List.of(NO_ACCESS_PAGE, "/login.xhtml", "/jakarta.faces.resource/",
            "/resources/", "/favicon.ico");

    @EJB
    private AccountService accountService;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean errorOtherThanRefused = request.getDispatcherType() == DispatcherType.ERROR
                && !Integer.valueOf(HttpServletResponse.SC_FORBIDDEN)
                        .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        if (user == null || errorOtherThanRefused || OPEN.stream().anyMatch(path::startsWith)
                || CLEARED.holds(request, user)) {
            chain.doFilter(request, response);
            return;
        }
        if (accountService.hasAccess()) {
            CLEARED.grant(request, user);
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            ApiErrors.write(response, HttpServletResponse.SC_FORBIDDEN,
                    "This account has no access to Kehu CRM: ask your administrator");
        } else {
            Servlets.facesRedirect(request, response, request.getContextPath() + NO_ACCESS_PAGE);
        }
    }

    /** After a login: ask the business tier again, the user may have been disabled since. */
    static void forget(HttpServletRequest request) {
        CLEARED.forget(request);
    }
}
