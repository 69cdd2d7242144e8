package com.kehu.crm.web.common;

import com.kehu.crm.common.control.ClientAddress;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells the business tier the client's address for the security audit trail ({@link ClientAddress}), on every
 * request: pages, the login and the REST API.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        clientAddress.set(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
