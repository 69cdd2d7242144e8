package com.kehu.crm.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @AfterEach
    void clear() {
        System.clearProperty(ContentSecurityPolicy.PROVIDER_URL);
        System.clearProperty(ContentSecurityPolicy.LOGOUT_PAGE);
    }

    @Test
    void formsGoOnlyToKehuWithoutAProvider() {
        assertEquals("'self'", new ContentSecurityPolicy().getFormAction());
    }

    @Test
    void theProviderAndAnOutsideLogoutPageAreAllowedByTheirOrigin() {
        System.setProperty(ContentSecurityPolicy.PROVIDER_URL, "https://SSO.example.com:8443/realms/company");
        System.setProperty(ContentSecurityPolicy.LOGOUT_PAGE,
                "https://login.microsoftonline.com/tenant/oauth2/v2.0/logout?post_logout_redirect_uri=x");
        assertEquals("'self' https://sso.example.com:8443 https://login.microsoftonline.com",
                new ContentSecurityPolicy().getFormAction());
    }

    @Test
    void pathsAndOtherSchemesAddNothing() {
        assertEquals(Optional.empty(), ContentSecurityPolicy.origin("/index.xhtml"));
        assertEquals(Optional.empty(), ContentSecurityPolicy.origin("javascript:alert(1)"));
        assertEquals(Optional.empty(), ContentSecurityPolicy.origin("https://x y"));
    }
}
