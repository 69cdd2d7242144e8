package com.kehu.crm.security.control;

import com.kehu.crm.common.boundary.BusinessException;

/**
 * The strength every new password must have: at least {@value #MIN_LENGTH} characters, at least three of the four
 * kinds (lower case, upper case, digit, other), and not the user name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    /** The policy in words, for messages to IT in the server log (users see it from the bundles). */
    public static final String RULES = "a password needs " + MIN_LENGTH + " to " + MAX_LENGTH
            + " characters, at least three of the four kinds (lower case letters, upper case letters, digits, other"
            + " characters), and must not contain the user name";

    private PasswordPolicy() {
    }

    /** The rule that {@link #check} refused with the bundle key {@code key}, in words for the server log. */
    public static String explain(String key) {
        return switch (key) {
            case "password.error.tooShort" -> "it has fewer than " + MIN_LENGTH + " characters";
            case "password.error.tooLong" -> "it has more than " + MAX_LENGTH + " characters";
            case "password.error.containsUsername" -> "it contains the user name";
            case "password.error.tooSimple" -> "it has fewer than three of the four kinds of characters";
            default -> key;
        };
    }

    /** Refuses a weak password with a message naming the rule, on the field {@code field}. */
    public static void check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw BusinessException.onField(field, "password.error.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw BusinessException.onField(field, "password.error.tooLong", MAX_LENGTH);
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw BusinessException.onField(field, "password.error.containsUsername");
        }
        if (kinds(password) < 3) {
            throw BusinessException.onField(field, "password.error.tooSimple");
        }
    }

    static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
