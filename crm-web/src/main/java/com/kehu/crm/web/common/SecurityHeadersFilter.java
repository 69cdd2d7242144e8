package com.kehu.crm.web.common;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the security headers on every response of the application. The headers themselves are set by
 * {@code WEB-INF/undertow-handlers.conf} before the request reaches any servlet, so that also the answers given before
 * the filters run (an authentication challenge, a redirect) carry them: {@code X-Content-Type-Options},
 * {@code X-Frame-Options}, {@code Referrer-Policy}, {@code Strict-Transport-Security} over HTTPS, and a strict
 * fallback {@code Content-Security-Policy} for everything that is not a page (resources, REST, downloads).
 * <p>
 * Pages get their own policy from PrimeFaces (context parameters {@code primefaces.CSP} and
 * {@code primefaces.CSP_POLICY} in web.xml), with a fresh script nonce per response. PrimeFaces <em>adds</em> that
 * header; two policies would both be enforced, and the fallback one (no scripts at all) would block the page. So this
 * filter turns an added {@code Content-Security-Policy} into a replaced one. And where Faces resets the response (an
 * exception handler rendering an error page, or the container before it dispatches to an error page), the headers the
 * response had when it entered the application are put back.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    /** The headers that undertow-handlers.conf sets and that must survive a reset of the response. */
    static final List<String> HEADERS = List.of(CSP, "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
            "Strict-Transport-Security");

    /** The headers the response had when the request entered the application, for the dispatches that follow. */
    private static final String BASELINE = SecurityHeadersFilter.class.getName() + ".baseline";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        @SuppressWarnings("unchecked")
        Map<String, String> baseline = (Map<String, String>) request.getAttribute(BASELINE);
        if (baseline == null) {
            baseline = new LinkedHashMap<>();
            for (String name : HEADERS) {
                String value = response.getHeader(name);
                if (value != null) {
                    baseline.put(name, value);
                }
            }
            request.setAttribute(BASELINE, baseline);
        } else {
            // an error page: the container reset the response before it dispatched here
            for (Map.Entry<String, String> header : baseline.entrySet()) {
                if (response.getHeader(header.getKey()) == null) {
                    response.setHeader(header.getKey(), header.getValue());
                }
            }
        }
        chain.doFilter(request, response instanceof HeaderKeeper ? response : new HeaderKeeper(response, baseline));
    }

    /** The response as the application sees it: one page policy instead of two, the headers kept over a reset. */
    static final class HeaderKeeper extends HttpServletResponseWrapper {

        private final Map<String, String> baseline;

        HeaderKeeper(HttpServletResponse response, Map<String, String> baseline) {
            super(response);
            this.baseline = baseline;
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            baseline.forEach(super::setHeader);
        }
    }
}
