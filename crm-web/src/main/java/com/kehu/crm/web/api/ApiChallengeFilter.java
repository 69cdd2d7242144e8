package com.kehu.crm.web.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A REST call without credentials gets 401 and a BASIC challenge, not the login page. With the mechanisms
 * {@code BASIC?silent=true,FORM} (web.xml), BASIC stays silent when there is no Authorization header and FORM forwards
 * every unauthenticated request to the login page; this filter catches that forward for {@code /api/*}.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class ApiChallengeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (original != null && original.toString().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Kehu CRM\", charset=\"UTF-8\"");
            response.setContentType("application/json");
            response.getOutputStream().write("{\"errors\":[{\"field\":\"\",\"message\":\"Authentication required (HTTP BASIC)\"}]}"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
