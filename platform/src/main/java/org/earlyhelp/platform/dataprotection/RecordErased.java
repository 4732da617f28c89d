package org.earlyhelp.platform.dataprotection;

import java.util.List;
import java.util.UUID;

/**
 * {@code record.erased}: published by the service that erased one of its records, on its own feed (subject: the
 * record id), so that consumers remove what they projected from it. Ids and codes only.
 *
 * @param cause {@code retention} (its period ended) or {@code erasure-request} (a data protection officer erased the
 *              person it names)
 */
public record RecordErased(String recordType, String recordId, List<UUID> personIds, String cause) {

    public static final String TYPE = "record.erased";
    public static final String RETENTION = "retention";
    public static final String ERASURE_REQUEST = "erasure-request";

    public RecordErased {
        personIds = personIds == null ? List.of() : personIds;
    }
}
