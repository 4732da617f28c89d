package org.earlyhelp.platform.dataprotection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One record a service holds about a person, as a subject access request returns it.
 *
 * @param recordType   what kind of record (its {@link RetentionRule#recordType()} where it has one)
 * @param recordId     its id
 * @param recordedAt   when it was first recorded
 * @param about        what it holds about the person (fields as the service's API names them)
 * @param thirdParties what the same record holds about other people, listed apart for the officer to redact
 */
public record HeldRecord(String recordType, String recordId, Instant recordedAt, Object about, List<ThirdParty> thirdParties) {

    public HeldRecord {
        thirdParties = thirdParties == null ? List.of() : List.copyOf(thirdParties);
    }

    /**
     * Someone else in the record.
     *
     * @param personId    their id, where they have one
     * @param description who they are to the record (e.g. {@code household member: mother}, {@code note about})
     * @param data        what the record holds about them
     */
    public record ThirdParty(UUID personId, String description, Object data) {
    }
}
