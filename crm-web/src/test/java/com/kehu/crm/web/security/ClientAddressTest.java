package com.kehu.crm.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @AfterEach
    void noTrustedProxies() {
        System.clearProperty(ClientAddress.TRUSTED_PROXIES);
    }

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertEquals("203.0.113.9", ClientAddress.of(request("203.0.113.9", "198.51.100.1")));
    }

    @Test
    void behindATrustedProxyTheLastUntrustedForwardedAddressCounts() {
        System.setProperty(ClientAddress.TRUSTED_PROXIES, "10.0.0.1, 10.0.0.2");
        // the client can write anything before its own address; the proxies append what they saw
        assertEquals("198.51.100.7", ClientAddress.of(request("10.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2")));
        assertEquals("10.0.0.1", ClientAddress.of(request("10.0.0.1", null)));
        assertEquals("203.0.113.9", ClientAddress.of(request("203.0.113.9", "1.2.3.4")), "not from a proxy");
    }

    private static HttpServletRequest request(String peer, String forwarded) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getHeader" -> "X-Forwarded-For".equalsIgnoreCase((String) args[0]) ? forwarded : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
