package com.kehu.crm.security.control;

import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Optional;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Asks the server's security domain (the same realm that logs users in, whichever IT configured) whether a password
 * is right: for confirming the current password before it is changed, and for the REST interface, whose calls run as
 * the identity the domain answers, without a session.
 */
public class ContainerCredentials {

    public boolean verify(String username, String password) {
        return identity(username, password).isPresent();
    }

    /**
     * Runs {@code work} as {@code username} when the domain accepts the password (the business tier's
     * {@code @RolesAllowed} then see that user's roles and rights); answers false, without running it, otherwise.
     */
    public boolean runAs(String username, String password, Work work) throws Exception {
        Optional<SecurityIdentity> identity = identity(username, password);
        if (identity.isEmpty()) {
            return false;
        }
        try {
            identity.get().runAs((PrivilegedExceptionAction<Void>) () -> {
                work.run();
                return null;
            });
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
        return true;
    }

    private static Optional<SecurityIdentity> identity(String username, String password) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null || username == null || username.isEmpty() || password == null) {
            return Optional.empty();
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
            // No stored password is longer than bcrypt's 72 bytes (hashing refuses more), so this one is wrong; the
            // realm is not asked, as its bcrypt would only read the first 72 bytes.
            return Optional.empty();
        }
        try {
            return Optional.of(domain.authenticate(username, new PasswordGuessEvidence(password.toCharArray())));
        } catch (SecurityException e) {
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // bcrypt reads at most 72 bytes of a password: the database realm refuses a longer one this way
            return Optional.empty();
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The security realm is unavailable", e);
        }
    }

    /** Work run as the authenticated user. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }
}
