package org.earlyhelp.platform.dataprotection;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * One kind of record a service keeps, and how it goes (decision 0061). A service declares one
 * {@code @ApplicationScoped} bean per record type; the {@link RetentionJob} asks each which records are due, and
 * {@link Erasure} erases them one by one, each in a transaction of its own.
 */
public interface RetentionRule {

    /**
     * The record type, lower-case words joined by '-' (e.g. {@code referral-led-nowhere}); also the key of its period,
     * {@code earlyhelp.retention.keep.<recordType>}.
     */
    String recordType();

    /**
     * Records of this type whose retention ended before {@code asOf}, given {@code keep}, the period configured for the
     * type: oldest first, at most {@code limit}.
     */
    List<ErasableRecord> due(Instant asOf, Period keep, int limit);

    /** Records of this type that name {@code personId} (under any id the service links to it), for a person's erasure. */
    List<ErasableRecord> naming(UUID personId);

    /**
     * Deletes the record everywhere this service keeps it (its rows, what the service derived from it: projections,
     * the matching index) in the current transaction. The platform then removes its outbox events and idempotency
     * responses, writes the tombstone and the audit entry and publishes {@code record.erased}.
     *
     * @return a SHA-256 digest of what was deleted (e.g. of its rows as text), kept in the tombstone; null if the
     *         record is already gone (another instance erased it)
     */
    byte[] erase(ErasableRecord record);
}
