package com.kehu.crm.security.dto;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The result of checking the security audit trail's hash chain: how many entries were checked, and when the chain
 * is broken, the first entry where it breaks and how.
 *
 * @param intact       true when every entry is present, unchanged and in its place
 * @param checked      entries checked (up to the first break)
 * @param lastId       the chain's last entry according to its head
 * @param lastHash     the hash of the last entry: keep it outside the database to prove later that nothing was cut
 * @param firstBrokenId the first entry that fails, or null
 * @param problem      how it fails, or null
 * @param verifiedAt   when the check ran
 */
public record ChainVerification(boolean intact, long checked, long lastId, String lastHash, Long firstBrokenId,
                                Problem problem, LocalDateTime verifiedAt) implements Serializable {

    /** How the chain is broken at {@code firstBrokenId}. */
    public enum Problem {
        /** The entry's content does not match its hash: it was edited. */
        EDITED,
        /** The entry is missing: deleted (the next entry stands where it should be). */
        MISSING,
        /** The entry does not link to the one before it: that one, or this one, was replaced. */
        LINK_BROKEN,
        /** The entry is beyond the chain's head: inserted behind the application's back. */
        INSERTED
    }

    public static ChainVerification intact(long checked, long lastId, String lastHash, LocalDateTime at) {
        return new ChainVerification(true, checked, lastId, lastHash, null, null, at);
    }

    public static ChainVerification broken(long checked, long lastId, String lastHash, long firstBrokenId,
                                           Problem problem, LocalDateTime at) {
        return new ChainVerification(false, checked, lastId, lastHash, firstBrokenId, problem, at);
    }
}
