package com.kehu.crm.it;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs test code as a real user: the server's security domain authenticates the user name and password against the
 * Kehu CRM realm (bcrypt hash, roles and rights from the database), as a login would.
 */
public final class Identities {

    private Identities() {
    }

    public static SecurityIdentity login(String username, String password) {
        try {
            return SecurityDomain.getCurrent().authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
        } catch (Exception e) {
            throw new SecurityException("login failed for " + username, e);
        }
    }

    public static boolean canLogin(String username, String password) {
        try {
            login(username, password);
            return true;
        } catch (SecurityException e) {
            return false;
        }
    }

    /** The demo users log in with their user name as password. */
    public static <T> T as(String demoUser, Callable<T> work) throws Exception {
        return as(demoUser, demoUser, work);
    }

    public static <T> T as(String username, String password, Callable<T> work) throws Exception {
        try {
            return login(username, password).runAs((PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    public static void run(String demoUser, ThrowingRunnable work) throws Exception {
        as(demoUser, () -> {
            work.run();
            return null;
        });
    }

    /** Test code that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
