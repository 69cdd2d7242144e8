package com.kehu.crm.security.control;

import com.kehu.crm.security.entity.SecurityEvent;
import com.kehu.crm.security.entity.SecurityEventType;
import com.kehu.crm.security.entity.SecurityOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain of the security audit trail. An entry's hash is
 * <pre>SHA-256( UTF-8( previousHash "|" id "|" occurredAt "|" actor "|" clientAddress "|" type "|" outcome "|"
 *          subject "|" details ) )</pre>
 * in lowercase hex, where each text field is written as its length in characters, a colon and the text (a null as
 * {@code -}), so that no value can imitate a separator, and {@code occurredAt} as {@code yyyy-MM-dd'T'HH:mm:ss.SSS}.
 * The first entry's previous hash is 64 zeros. Anyone can recompute it from the table alone (e.g. in SQL or a
 * script), which is what makes the chain a proof: change, remove or add a row and the hashes stop matching.
 * <p>
 * Values are normalised before they are hashed and stored, so that what the database gives back hashes the same:
 * blank text is null (Oracle stores '' as NULL), text is cut to its column's length, the time to milliseconds.
 */
public final class AuditChain {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private AuditChain() {
    }

    /** The hash of an entry with these values following an entry whose hash is {@code previousHash}. */
    public static String hash(String previousHash, long id, LocalDateTime occurredAt, String actor, String clientAddress,
                              SecurityEventType type, SecurityOutcome outcome, String subject, String details) {
        StringBuilder canonical = new StringBuilder(previousHash).append('|').append(id).append('|')
                .append(TIME.format(occurredAt)).append('|');
        field(canonical, actor);
        field(canonical, clientAddress);
        field(canonical, type.name());
        field(canonical, outcome.name());
        field(canonical, subject);
        field(canonical, details);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The hash that {@code entry} should carry after {@code previousHash}, from its stored values. */
    public static String hashOf(SecurityEvent entry, String previousHash) {
        return hash(previousHash, entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getClientAddress(),
                entry.getType(), entry.getOutcome(), entry.getSubject(), entry.getDetails());
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append('-');
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
        canonical.append('|');
    }

    /** Text as it will be stored: null when blank, at most {@code max} characters. */
    public static String normalise(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    /** A time as it will be stored and hashed: milliseconds. */
    public static LocalDateTime normalise(LocalDateTime time) {
        return time.truncatedTo(ChronoUnit.MILLIS);
    }
}
