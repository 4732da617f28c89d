package org.earlyhelp.platform.dataprotection;

import java.util.List;
import java.util.UUID;

/**
 * A record a service may erase: past its retention date, or naming a person a data protection officer erases.
 * Ids only: what is listed in a dry run or left in a tombstone names no one.
 *
 * @param recordType the {@link RetentionRule#recordType()} of its rule
 * @param recordId   the record's id, as its events' subject names it
 * @param personIds  the people the record is about
 */
public record ErasableRecord(String recordType, String recordId, List<java.util.UUID> personIds) {

    public ErasableRecord {
        if (recordType == null || recordType.isBlank() || recordId == null || recordId.isBlank()) {
            throw new IllegalArgumentException("A record to erase needs its type and id");
        }
        personIds = personIds == null ? List.of() : personIds.stream().distinct().toList();
    }

    public static ErasableRecord of(String recordType, Object recordId, List<UUID> personIds) {
        return new ErasableRecord(recordType, String.valueOf(recordId), personIds);
    }
}
