package com.kehu.crm.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Map;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.Oidc;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientContext;
import org.wildfly.security.http.oidc.OidcJsonConfiguration;

/**
 * The OpenID Connect client settings of Kehu CRM, when IT switched the server to the company's provider
 * (config/oidc/oidc.cli). Does nothing otherwise: with the database realm, LDAP or Kerberos the server's
 * configuration has none of these system properties, and the form login stays as it is.
 * <p>
 * Why here: the server's OIDC mechanism (Elytron's, selected by the Undertow application security domain "kehu"
 * that the script points at an {@code http-authentication-factory}) reads its client settings from the web module,
 * not from the server's model. The {@code elytron-oidc-client} subsystem could hand them over, but only together
 * with a virtual security domain whose roles come from the token, while Kehu CRM's roles and rights must come from
 * its own tables. So the settings are system properties written by the script (IT's configuration), turned into
 * the mechanism's client context here, the one piece of the deployment that knows of OIDC at all.
 */
@WebListener
public class OidcClientListener implements ServletContextListener {

    /** The provider's issuer URL, e.g. https://sso.example.com/realms/company; its absence means: no OIDC. */
    static final String PROVIDER_URL = "kehu.oidc.provider-url";
    static final String CLIENT_ID = "kehu.oidc.client-id";
    static final String CLIENT_SECRET = "kehu.oidc.client-secret";
    /** The token claim that names the Kehu CRM user (default preferred_username). */
    static final String PRINCIPAL_ATTRIBUTE = "kehu.oidc.principal-attribute";
    /** all, external (default) or none: when the provider must be reached over HTTPS. */
    static final String SSL_REQUIRED = "kehu.oidc.ssl-required";
    /** Scopes asked for besides openid (default profile email). */
    static final String SCOPE = "kehu.oidc.scope";

    private static final Logger LOG = Logger.getLogger(OidcClientListener.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String providerUrl = property(PROVIDER_URL, "");
        if (providerUrl.isEmpty()) {
            return;
        }
        OidcJsonConfiguration json = new OidcJsonConfiguration();
        json.setProviderUrl(providerUrl);
        json.setClientId(property(CLIENT_ID, "kehu-crm"));
        String secret = property(CLIENT_SECRET, "");
        if (secret.isEmpty()) {
            json.setPublicClient(true);
        } else {
            json.setCredentials(Map.of("secret", secret));
        }
        json.setPrincipalAttribute(property(PRINCIPAL_ATTRIBUTE, "preferred_username"));
        json.setSslRequired(property(SSL_REQUIRED, "external"));
        json.setScope(property(SCOPE, "profile email"));
        event.getServletContext().setAttribute(Oidc.OIDC_CLIENT_CONTEXT_KEY,
                new OidcClientContext(OidcClientConfigurationBuilder.build(json)));
        LOG.info(() -> "OpenID Connect login through " + providerUrl + " as client " + json.getClientId());
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
