package com.kehu.crm.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a login comes from, for the per-client throttle. The connection's peer, unless that peer is one of the
 * reverse proxies named in the server system property {@value #TRUSTED_PROXIES} (comma-separated addresses): then the
 * last address of {@code X-Forwarded-For} that is not itself a trusted proxy. Without the property the header is
 * ignored, since any client can send it.
 */
public final class ClientAddress {

    public static final String TRUSTED_PROXIES = "kehu.login.trusted-proxies";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        Set<String> trusted = trustedProxies();
        if (!trusted.contains(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }

    private static Set<String> trustedProxies() {
        return Arrays.stream(System.getProperty(TRUSTED_PROXIES, "").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
