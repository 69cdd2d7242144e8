package com.kehu.crm.security.control;

import java.nio.charset.StandardCharsets;
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
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
            // No stored password is longer than bcrypt's 72 bytes (hashing refuses more), so this one is wrong; the
            // realm is not asked, as its bcrypt would only read the first 72 bytes.
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
