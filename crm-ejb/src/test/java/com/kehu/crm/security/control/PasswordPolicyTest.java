package com.kehu.crm.security.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.kehu.crm.common.boundary.BusinessException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The password policy (OWASP ASVS 4.0 level 2): one test per rule, with its boundary on both sides. */
class PasswordPolicyTest {

    private static BusinessException refused(String username, String password) {
        return assertThrows(BusinessException.class, () -> PasswordPolicy.check("newPassword", username, password));
    }

    @ParameterizedTest(name = "{0} ({1} characters) is too short")
    @CsvSource({"Ab1#xyz, 7", "Kehu#2026pw, 11", "'', 0", "客户关系管理系统很好用, 11"})
    void fewerThanTwelveCharactersAreRefusedWithTheMinimum(String password, int length) {
        assertEquals(length, password.codePointCount(0, password.length()));
        BusinessException e = refused("zhang", password);
        assertEquals("password.error.tooShort", e.getKey());
        assertEquals("newPassword", e.getField());
        assertArrayEquals(new Serializable[] {12}, e.getArgs());
    }

    @Test
    void noPasswordAtAllIsTooShort() {
        assertEquals("password.error.tooShort", refused("zhang", null).getKey());
    }

    @Test
    void twelveCharactersAreEnoughWithoutAnyCompositionRule() {
        // Only lower case letters, only digits, a pass phrase with spaces: no "three kinds of characters" any more.
        assertDoesNotThrow(() -> PasswordPolicy.check("p", "zhang", "kehucrmzhang"));
        assertDoesNotThrow(() -> PasswordPolicy.check("p", "zhang", "739104826351"));
        assertDoesNotThrow(() -> PasswordPolicy.check("p", "zhang", "blue river seven lamps"));
        assertDoesNotThrow(() -> PasswordPolicy.check("p", "zhang", "客户关系管理系统真的很好用"));
    }

    @Test
    void moreThan128CharactersAreRefusedWithTheMaximum() {
        // 129 characters of which each is one byte would be refused by the byte limit too; the length rule comes first.
        BusinessException e = refused("zhang", "a".repeat(129));
        assertEquals("password.error.tooLong", e.getKey());
        assertArrayEquals(new Serializable[] {128}, e.getArgs());
    }

    @Test
    void moreThan72Utf8BytesAreRefusedWithTheByteLimitAndTheChineseCharactersItAllows() {
        String ascii72 = "k7Wq".repeat(18);
        assertEquals(72, ascii72.getBytes(StandardCharsets.UTF_8).length);
        assertDoesNotThrow(() -> PasswordPolicy.check("p", "zhang", ascii72));
        BusinessException e = refused("zhang", ascii72 + "x");
        assertEquals("password.error.tooManyBytes", e.getKey());
        assertArrayEquals(new Serializable[] {72, 24}, e.getArgs());

        String chinese24 = "客户关系管理系统真的很好用我们每一天都在使用它吧";
        assertEquals(24, chinese24.length());
        assertEquals(72, chinese24.getBytes(StandardCharsets.UTF_8).length);
        assertDoesNotThrow(() -> PasswordPolicy.check("p", "zhang", chinese24));
        assertEquals("password.error.tooManyBytes", refused("zhang", chinese24 + "了").getKey(),
                "25 Chinese characters are only 25 characters, but 75 bytes");
    }

    @Test
    void theUserNameIsRefusedWhateverItsCase() {
        assertEquals("password.error.sameAsUsername", refused("zhangwei2026x", "zhangwei2026x").getKey());
        assertEquals("password.error.sameAsUsername", refused("zhangwei2026x", "ZhangWei2026X").getKey());
        // Containing it is allowed: a short user name must not rule out every pass phrase that contains it.
        assertDoesNotThrow(() -> PasswordPolicy.check("p", "li", "reliable lighthouse"));
    }

    @ParameterizedTest(name = "{0} is a common password")
    @ValueSource(strings = {"qwerty123456", "1qaz2wsx3edc", "QWERTY123456", "123qweasdzxc", "leavemealone"})
    void commonPasswordsOfTwelveOrMoreCharactersAreRefusedWhateverTheirCase(String common) {
        assertEquals("password.error.common", refused("zhang", common).getKey());
    }

    @Test
    void theCommonPasswordListIsBundledWhole() throws IOException {
        assertEquals(30_000, PasswordPolicy.commonPasswordCount());
        assertTrue(PasswordPolicy.isCommon("password"));
        assertTrue(PasswordPolicy.isCommon("PassWord"));
        assertFalse(PasswordPolicy.isCommon("blue river seven lamps"));
        try (InputStream notice = PasswordPolicy.class.getResourceAsStream("common-passwords.NOTICE.txt")) {
            String text = new String(notice.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("MIT License"), "the list's licence travels with it");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kehu#2026pass", "abcdEFGH1234", "客户关系Ab1!9876", "correct horse Battery"})
    void goodPasswordsPass(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check("newPassword", "zhang", password));
    }

    @Test
    void everyRefusalIsExplainedForTheServerLog() {
        for (String key : new String[] {"password.error.tooShort", "password.error.tooLong",
                "password.error.tooManyBytes", "password.error.sameAsUsername", "password.error.common"}) {
            assertFalse(PasswordPolicy.explain(key).startsWith("password."), key);
        }
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

    @Test
    void theLongestPasswordThePolicyAllowsCanBeHashed() {
        String chinese24 = "客户关系管理系统真的很好用我们每一天都在使用它吧";
        String hash = PasswordHasher.hash(chinese24);
        assertTrue(BCrypt.verifyer().verify(chinese24.toCharArray(), hash).verified);
    }
}
