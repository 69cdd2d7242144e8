package com.kehu.crm.web.security;

import com.kehu.crm.security.boundary.LoginService;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.omnifaces.util.Servlets;

/**
 * Ends a session whose user's access changed since it logged in: locked, disabled, password reset, roles changed or
 * rights of one of their roles changed. The session remembers the user's security stamp at login (or at its first
 * request, for a login by another mechanism such as single sign-on); each request compares it with the database's
 * (one indexed query: every node of a cluster sees the same), and on a difference logs the user out, ends the session
 * and shows the login page with a message. The REST interface keeps no session and is not concerned.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SessionStampFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String STAMP = SessionStampFilter.class.getName() + ".stamp";

    /** The login page's parameter that shows "your access changed, log in again". */
    static final String ENDED_PAGE = "/login.xhtml?ended=true";

    @EJB
    private LoginService loginService;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (user == null || session == null || path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Long> current = loginService.securityStamp(user.getName());
        Object remembered = session.getAttribute(STAMP);
        if (remembered == null) {
            // First request of a login by another mechanism (single sign-on); a user the realm knows but Kehu CRM
            // does not has nothing to compare.
            current.ifPresent(stamp -> session.setAttribute(STAMP, stamp));
        } else if (current.isEmpty() || !current.get().equals(remembered)) {
            request.logout();
            session.invalidate();
            Servlets.facesRedirect(request, response, request.getContextPath() + ENDED_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** At login: the stamp this session's access was granted with. */
    static void remember(HttpServletRequest request, LoginService loginService) {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            loginService.securityStamp(request.getUserPrincipal().getName())
                    .ifPresent(stamp -> session.setAttribute(STAMP, stamp));
        }
    }
}
