package org.earlyhelp.platform.audit;

/**
 * The result of walking the audit chain.
 *
 * @param valid       whether every sealed row up to the head recomputes to its stored hash and links to the one before
 * @param checked     sealed rows examined (up to and including the first broken one)
 * @param unsealed    rows written but not yet chained, which verification cannot vouch for yet
 * @param head        the chain's newest sealed position when the walk began; note it down to spot a later rewrite
 * @param firstBroken the first place the chain does not hold, or null
 */
record ChainReport(boolean valid, long checked, long unsealed, Position head, Break firstBroken) {

    /** A position in the chain: its sequence number and hash (lower-case hex). */
    record Position(long seq, String hash) {
    }

    /**
     * Where and why the chain breaks.
     *
     * @param id     the first row that does not verify; null when the break is at the end of the chain
     *               (rows missing before the head, or rows past it)
     * @param seq    that row's position in the chain; at the end of the chain, the first position in question
     * @param reason one of {@link ChainVerifier#ALTERED}, {@link ChainVerifier#MISSING_PREVIOUS},
     *               {@link ChainVerifier#PREVIOUS_HASH_MISMATCH}, {@link ChainVerifier#MISSING_LATEST},
     *               {@link ChainVerifier#HEAD_MISMATCH}, {@link ChainVerifier#BEYOND_HEAD}
     */
    record Break(Long id, long seq, String reason) {
    }
}
