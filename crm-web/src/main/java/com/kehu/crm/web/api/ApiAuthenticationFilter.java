package com.kehu.crm.web.api;

import com.kehu.crm.security.boundary.AccountService;
import com.kehu.crm.security.boundary.LoginService;
import com.kehu.crm.security.control.ContainerCredentials;
import com.kehu.crm.security.dto.LoginState;
import com.kehu.crm.web.security.ClientAddress;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The only way into the REST interface: HTTP BASIC on every call, never the browser's session (so that a page on
 * another site cannot make a logged-in browser call the interface: a cross-site {@code text/plain} POST carries the
 * session cookie, never an {@code Authorization} header). web.xml leaves {@code /api/*} open to the container and
 * this filter decides:
 * <ul>
 * <li>no or malformed credentials: 401 with a BASIC challenge;</li>
 * <li>a locked account or a throttled client address: 401, the password not even tried;</li>
 * <li>the password is checked by the server's security domain (the same realm as the login form) and the failure or
 * success is counted by {@link LoginService}, as for the form: the lock holds on both paths;</li>
 * <li>the call then runs as that user, without a session; the business tier's {@code @RolesAllowed} answer 403 to a
 * user without the right ({@link AccessRefusedMapper}), and a user who must first change their password gets 403.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/api/*", dispatcherTypes = DispatcherType.REQUEST)
public class ApiAuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CHALLENGE = "Basic realm=\"Kehu CRM\", charset=\"UTF-8\"";

    @EJB
    private LoginService loginService;

    @EJB
    private AccountService accountService;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String[] credentials = basicCredentials(request.getHeader("Authorization"));
        if (credentials == null) {
            challenge(response, "Authentication required (HTTP BASIC)");
            return;
        }
        String name = credentials[0].trim();
        String client = ClientAddress.of(request);
        LoginState state = loginService.state(name, client);
        if (state.refused()) {
            challenge(response, state.clientThrottled()
                    ? "Too many failed logins from this address: try again after " + state.lockedUntil()
                    : "Too many failed logins: this account is locked until " + state.lockedUntil());
            return;
        }
        boolean[] mustChangePassword = {false};
        boolean authenticated;
        try {
            authenticated = new ContainerCredentials().runAs(name, credentials[1], () -> {
                loginService.recordSuccess(name);
                if (accountService.mustChangeMyPassword()) {
                    mustChangePassword[0] = true;
                    return;
                }
                chain.doFilter(request, response);
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
        if (!authenticated) {
            LoginState after = loginService.recordFailure(name, client);
            challenge(response, after.locked()
                    ? "Too many failed logins: this account is locked until " + after.lockedUntil()
                    : "Wrong user name or password");
        } else if (mustChangePassword[0]) {
            ApiErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "The password of this account must be "
                    + "changed first: log in to Kehu CRM in a browser and change it");
        }
    }

    /** User name and password of an {@code Authorization: Basic} header, or null. */
    static String[] basicCredentials(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static void challenge(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }
}
