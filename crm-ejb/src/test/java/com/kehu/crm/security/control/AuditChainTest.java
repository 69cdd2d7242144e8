package com.kehu.crm.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.kehu.crm.security.entity.AuditChainHead;
import com.kehu.crm.security.entity.SecurityEventType;
import com.kehu.crm.security.entity.SecurityOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 29, 8, 30, 15, 123_000_000);

    @Test
    void theHashIsSha256OverTheDocumentedCanonicalForm() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                (AuditChainHead.GENESIS + "|1|2026-11-29T08:30:15.123|5:admin|9:127.0.0.1|5:LOGIN|7:SUCCESS|5:admin|-|")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, AuditChain.hash(AuditChainHead.GENESIS, 1, AT, "admin", "127.0.0.1",
                SecurityEventType.LOGIN, SecurityOutcome.SUCCESS, "admin", null));
    }

    @Test
    void everyFieldAndThePreviousHashChangeTheHash() {
        String base = hash(AuditChainHead.GENESIS, 1, "admin", "a", "b");
        assertNotEquals(base, hash("1".repeat(64), 1, "admin", "a", "b"));
        assertNotEquals(base, hash(AuditChainHead.GENESIS, 2, "admin", "a", "b"));
        assertNotEquals(base, hash(AuditChainHead.GENESIS, 1, "admim", "a", "b"));
        assertNotEquals(base, hash(AuditChainHead.GENESIS, 1, "admin", "a", "c"));
        // Moving text from one field to the next is a different entry, although the characters are the same.
        assertNotEquals(hash(AuditChainHead.GENESIS, 1, "admin", "a|", "b"), hash(AuditChainHead.GENESIS, 1, "admin", "a", "|b"));
        assertNotEquals(hash(AuditChainHead.GENESIS, 1, "admin", null, "b"), hash(AuditChainHead.GENESIS, 1, "admin", "-", "b"));
    }

    @Test
    void valuesAreNormalisedAsTheDatabasesStoreThem() {
        assertNull(AuditChain.normalise("  ", 10), "Oracle stores '' as NULL");
        assertEquals("abcdefghi…", AuditChain.normalise("abcdefghijkl", 10));
        assertEquals(10, AuditChain.normalise("客户关系管理系统客户关系管理系统", 10).length());
        assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0, 0, 1_000_000),
                AuditChain.normalise(LocalDateTime.of(2026, 1, 1, 0, 0, 0, 1_999_999)));
    }

    private static String hash(String previous, long id, String actor, String subject, String details) {
        return AuditChain.hash(previous, id, AT, actor, null, SecurityEventType.EXPORT, SecurityOutcome.SUCCESS,
                subject, details);
    }
}
