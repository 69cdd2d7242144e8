package com.kehu.crm.security.control;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * Turns a new password into the salted bcrypt string ({@code $2a$10$...}) that the server's realm reads through its
 * modular-crypt mapper. Only hashing lives here: checking a password is the container's job.
 */
public final class PasswordHasher {

    /** bcrypt cost: 2^10 rounds, about 60 ms on one core. */
    static final int COST = 10;

    private PasswordHasher() {
    }

    /** A hash of a random password at the same cost, for {@link #spendVerificationTime}. */
    private static final byte[] DUMMY = BCrypt.with(BCrypt.Version.VERSION_2A)
            .hash(COST, java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

    /**
     * Spends the time of one bcrypt verification at the realm's cost, for a login the realm answered without
     * verifying anything (a user name without an active account): so that it takes as long as a wrong password
     * for a real user and the time does not tell which names exist.
     */
    public static void spendVerificationTime() {
        BCrypt.verifyer().verify("not the password".getBytes(StandardCharsets.UTF_8), DUMMY);
    }

    public static String hash(String password) {
        return new String(BCrypt.with(BCrypt.Version.VERSION_2A).hash(COST, password.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.US_ASCII);
    }
}
