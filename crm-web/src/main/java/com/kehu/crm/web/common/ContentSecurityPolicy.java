package com.kehu.crm.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The parts of the pages' Content-Security-Policy (web.xml, primefaces.CSP_POLICY) that depend on the server's login
 * set-up. With the company's OpenID Connect provider (config/oidc), a form of Kehu CRM may end at the provider: the
 * logout posts, and its redirects lead to the provider's login or logout page, which {@code form-action} must allow.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    static final String PROVIDER_URL = "kehu.oidc.provider-url";
    static final String LOGOUT_PAGE = "kehu.logout.page";

    /** {@code 'self'}, and the origins of the OpenID Connect provider and of an outside logout page when configured. */
    public String getFormAction() {
        Set<String> sources = new LinkedHashSet<>();
        sources.add("'self'");
        origin(System.getProperty(PROVIDER_URL)).ifPresent(sources::add);
        origin(System.getProperty(LOGOUT_PAGE)).ifPresent(sources::add);
        return String.join(" ", sources);
    }

    /** The scheme, host and port of an absolute http(s) URL; nothing for a path or anything else. */
    static java.util.Optional<String> origin(String url) {
        if (url == null || url.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(scheme.toLowerCase() + "://" + uri.getHost().toLowerCase()
                    + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
