package com.kehu.crm.security.control;

import com.kehu.crm.common.boundary.BusinessException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The rules every new password must meet (a user created, an administrator's reset, one's own change, the first
 * administrator's initial password), after OWASP ASVS 4.0 level 2 (V2.1) and NIST SP 800-63B: long enough, not a
 * known common or breached password, not the user name, and no composition rules (no "three kinds of characters"):
 * <ul>
 * <li>at least {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters (Unicode code points: a Chinese
 * character counts as one; spaces count, so pass phrases work);</li>
 * <li>at most {@value #MAX_BYTES} bytes in UTF-8. bcrypt reads no further than 72 bytes, and the server's realm
 * verifies the stored bcrypt hash of the raw password, so a longer one cannot be pre-hashed here: it is refused with a
 * message saying so. That is 72 letters or digits, or 24 Chinese characters (3 bytes each);</li>
 * <li>not one of the {@code common-passwords.txt} list (30,000 passwords from a public breach corpus: see
 * {@code common-passwords.NOTICE.txt} for its source and licence), compared without regard to case;</li>
 * <li>not the user name (whatever the case).</li>
 * </ul>
 * The demo users' short passwords (demo data only) are created without this check.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** bcrypt's limit: the bytes of the UTF-8 encoding it reads. */
    public static final int MAX_BYTES = 72;
    /** Chinese characters (3 UTF-8 bytes each) that fit in {@link #MAX_BYTES}. */
    public static final int MAX_CHINESE = MAX_BYTES / 3;

    static final String COMMON_PASSWORDS = "common-passwords.txt";

    /** The policy in words, for messages to IT in the server log (users see it from the bundles). */
    public static final String RULES = "a password needs " + MIN_LENGTH + " to " + MAX_LENGTH
            + " characters and at most " + MAX_BYTES + " bytes in UTF-8 (" + MAX_CHINESE + " Chinese characters), must"
            + " not be a commonly used password, and must not be the user name";

    private PasswordPolicy() {
    }

    /** Loaded once, on first use: about 30,000 lower-case entries. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            Set<String> passwords = new HashSet<>(40_000);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
                if (in == null) {
                    throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the application");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        passwords.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }

    /** Whether {@code password} is on the list of common passwords, whatever its case. */
    public static boolean isCommon(String password) {
        return password != null && Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** How many passwords the list holds (for tests and the log). */
    static int commonPasswordCount() {
        return Common.PASSWORDS.size();
    }

    /** The rule that {@link #check} refused with the bundle key {@code key}, in words for the server log. */
    public static String explain(String key) {
        return switch (key) {
            case "password.error.tooShort" -> "it has fewer than " + MIN_LENGTH + " characters";
            case "password.error.tooLong" -> "it has more than " + MAX_LENGTH + " characters";
            case "password.error.tooManyBytes" -> "it has more than " + MAX_BYTES + " bytes in UTF-8";
            case "password.error.sameAsUsername" -> "it is the user name";
            case "password.error.common" -> "it is a commonly used password";
            default -> key;
        };
    }

    /** Refuses a weak password with a message naming the rule (and its numbers), on the field {@code field}. */
    public static void check(String field, String username, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw BusinessException.onField(field, "password.error.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw BusinessException.onField(field, "password.error.tooLong", MAX_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw BusinessException.onField(field, "password.error.tooManyBytes", MAX_BYTES, MAX_CHINESE);
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            throw BusinessException.onField(field, "password.error.sameAsUsername");
        }
        if (isCommon(password)) {
            throw BusinessException.onField(field, "password.error.common");
        }
    }
}
