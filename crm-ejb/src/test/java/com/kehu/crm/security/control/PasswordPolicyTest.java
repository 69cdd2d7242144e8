package com.kehu.crm.security.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.kehu.crm.common.boundary.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "Ab1#xyz, password.error.tooShort",
            "abcdefghij, password.error.tooSimple",
            "abcdefgh12, password.error.tooSimple",
            "Zhang#2026x, password.error.containsUsername",
            "'', password.error.tooShort"})
    void weakPasswordsAreRefusedWithTheRuleTheyBreak(String password, String key) {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("newPassword", "zhang", password));
        assertEquals(key, refused.getKey());
        assertEquals("newPassword", refused.getField());
    }

    @ParameterizedTest
    @CsvSource({"Kehu#2026pass", "abcdEFGH1234", "客户关系Ab1!", "correct horse Battery"})
    void strongPasswordsPass(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check("newPassword", "zhang", password));
    }

    @Test
    void aPasswordLongerThanTheLimitIsRefused() {
        assertEquals("password.error.tooLong", assertThrows(BusinessException.class,
                () -> PasswordPolicy.check("p", "zhang", "Aa1!".repeat(17))).getKey());
    }

    @Test
    void theHashIsASaltedBcryptStringTheRealmReads() {
        String first = PasswordHasher.hash("Kehu#2026pass");
        String second = PasswordHasher.hash("Kehu#2026pass");
        assertTrue(first.startsWith("$2a$10$"), first);
        assertEquals(60, first.length());
        assertTrue(!first.equals(second), "a new salt each time");
        assertTrue(BCrypt.verifyer().verify("Kehu#2026pass".toCharArray(), first).verified);
    }
}
