package com.kehu.crm.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where logout leads: today's login page unless IT configured another page (kehu.logout.page). */
class SessionBackingTest {

    @Test
    void withoutConfigurationLogoutShowsTheLoginPage() {
        assertEquals("/crm/login.xhtml?loggedOut=true", SessionBacking.afterLogout("/crm", null));
        assertEquals("/crm/login.xhtml?loggedOut=true", SessionBacking.afterLogout("/crm", "  "));
    }

    @Test
    void aConfiguredPathIsAPageOfKehu() {
        assertEquals("/crm/index.xhtml", SessionBacking.afterLogout("/crm", "/index.xhtml"));
    }

    @Test
    void aConfiguredProviderLogoutUrlIsUsedAsItIs() {
        String azure = "https://login.microsoftonline.com/tenant/oauth2/v2.0/logout?post_logout_redirect_uri=https://crm.example.com/crm/";
        assertEquals(azure, SessionBacking.afterLogout("/crm", azure));
    }

    @Test
    void anythingElseFallsBackToTheLoginPage() {
        assertEquals("/crm/login.xhtml?loggedOut=true", SessionBacking.afterLogout("/crm", "//evil.example.com/"));
        assertEquals("/crm/login.xhtml?loggedOut=true", SessionBacking.afterLogout("/crm", "javascript:alert(1)"));
        assertEquals("/crm/login.xhtml?loggedOut=true", SessionBacking.afterLogout("/crm", "/\\evil.example.com"));
    }
}
