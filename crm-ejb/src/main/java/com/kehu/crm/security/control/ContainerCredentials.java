package com.kehu.crm.security.control;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Asks the server's security domain (the same realm that logs users in) whether a password is right, for the one
 * place the application needs to know: confirming the current password before it is changed.
 */
public class ContainerCredentials {

    public boolean verify(String username, String password) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null || password == null) {
            return false;
        }
        try {
            domain.authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
            return true;
        } catch (SecurityException e) {
            return false;
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The security realm is unavailable", e);
        }
    }
}
