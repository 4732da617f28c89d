package org.earlyhelp.platform.audit;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Walks the sealed chain in order and recomputes every hash, a page at a time so that the
 * table's size does not matter. Each page is its own short query rather than one long
 * transaction, which would keep old row versions alive for as long as the walk takes.
 *
 * <p>The walk stops at the head read when it begins, so rows sealed meanwhile are left for the
 * next verification rather than mistaken for an inconsistency.
 *
 * <p>What no check inside the database can catch: someone able to bypass the triggers who
 * rewrites a row <em>and</em> recomputes every hash after it and the head. The reported head
 * hash is there to be noted outside the database; a later head that does not extend it
 * exposes such a rewrite.
 */
@ApplicationScoped
class ChainVerifier {

    /** The row's content no longer hashes to its stored hash: it was changed after sealing. */
    static final String ALTERED = "altered";
    /** The chain skips one or more positions before this row: rows were deleted. */
    static final String MISSING_PREVIOUS = "missing previous";
    /** The row does not carry the hash of the row before it: that row was replaced or the chain renumbered. */
    static final String PREVIOUS_HASH_MISMATCH = "previous hash mismatch";
    /** The chain ends before the recorded head: the newest rows were deleted. */
    static final String MISSING_LATEST = "missing latest";
    /** The last row's hash differs from the recorded head: the newest row was rewritten with a new hash. */
    static final String HEAD_MISMATCH = "head mismatch";
    /** Rows carry chain positions past the recorded head: the head was moved back, or rows forged as sealed. */
    static final String BEYOND_HEAD = "beyond head";

    private final AuditEvents events;
    private final AuditConfig config;

    ChainVerifier(AuditEvents events, AuditConfig config) {
        this.events = events;
        this.config = config;
    }

    ChainReport verify() {
        AuditEvents.RecordedHead recorded = events.head();
        ChainHead head = recorded.head();
        long unsealed = events.unsealedCount();
        ChainReport.Position position = new ChainReport.Position(head.lastSeq(), CanonicalContent.hex(head.lastHash()));
        int pageSize = config.verify().pageSize();

        long checked = 0;
        long expectedSeq = 1;
        byte[] previousHash = null;
        Long lastId = null;
        List<AuditRow> page;
        do {
            page = events.sealed(expectedSeq - 1, head.lastSeq(), pageSize);
            for (AuditRow row : page) {
                checked++;
                String reason = brokenBecause(row, expectedSeq, previousHash);
                if (reason != null) {
                    return new ChainReport(false, checked, unsealed, position, new ChainReport.Break(row.id(), row.sealSeq(), reason));
                }
                previousHash = row.hash();
                lastId = row.id();
                expectedSeq++;
            }
        } while (page.size() == pageSize);

        long lastSeq = expectedSeq - 1;
        if (lastSeq < head.lastSeq()) {
            return new ChainReport(false, checked, unsealed, position, new ChainReport.Break(null, expectedSeq, MISSING_LATEST));
        }
        if (!Arrays.equals(previousHash, head.lastHash())) {
            return new ChainReport(false, checked, unsealed, position, new ChainReport.Break(lastId, lastSeq, HEAD_MISMATCH));
        }
        if (recorded.highestSealed() > head.lastSeq()) {
            return new ChainReport(false, checked, unsealed, position, new ChainReport.Break(null, head.lastSeq() + 1, BEYOND_HEAD));
        }
        return new ChainReport(true, checked, unsealed, position, null);
    }

    private static String brokenBecause(AuditRow row, long expectedSeq, byte[] previousHash) {
        if (row.sealSeq() != expectedSeq) {
            return MISSING_PREVIOUS;
        }
        if (!Arrays.equals(row.prevHash(), previousHash)) {
            return PREVIOUS_HASH_MISMATCH;
        }
        if (!Arrays.equals(CanonicalContent.hash(row, row.sealSeq(), row.prevHash()), row.hash())) {
            return ALTERED;
        }
        return null;
    }
}
