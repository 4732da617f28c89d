package org.earlyhelp.platform.chronology;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event in a person's story.
 *
 * @param at         when it happened
 * @param context    the service that knows it ({@code referral}, {@code case}, {@code consent})
 * @param kind       what happened, {@code <record type>.<action>} (e.g. {@code referral.submitted}, {@code case.closed})
 * @param recordType the kind of record (as the service's API names it: {@code referral}, {@code person-match}, ...)
 * @param recordId   the record's id, to read it through the service's API
 * @param agency     the agency that acted, where one did
 * @param by         who acted (a name, or a partner system), where known
 * @param summary    the event in one line
 * @param details    what else the caller may see of it, as the service's API names the fields; a field with no value is
 *                   left out (a JSON map holds no {@code null}: the suite's strict JSON refuses one)
 */
public record ChronologyEntry(
        @Schema(description = "When it happened (UTC)") Instant at,
        @Schema(description = "The service that knows it", examples = "referral") String context,
        @Schema(description = "What happened: `<record type>.<action>`", examples = "referral.accepted") String kind,
        @Schema(description = "The kind of record, as the service's API names it", examples = "referral") String recordType,
        @Schema(description = "The record's id, to read it through the service's API") String recordId,
        @Schema(description = "The agency that acted, where one did") String agency,
        @Schema(description = "Who acted (a name, or a partner system), where known") String by,
        @Schema(description = "The event in one line") String summary,
        @Schema(description = "What else the caller may see of it, as the service's API names the fields") Map<String, Object> details) {

    /** Oldest first; events at the same moment in a stable order. */
    public static final Comparator<ChronologyEntry> IN_TIME = Comparator.comparing(ChronologyEntry::at)
            .thenComparing(ChronologyEntry::context).thenComparing(ChronologyEntry::recordId).thenComparing(ChronologyEntry::kind);

    public ChronologyEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordId, "recordId");
        Map<String, Object> known = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((field, value) -> {
                if (value != null) {
                    known.put(field, value);
                }
            });
        }
        details = Collections.unmodifiableMap(known);
    }
}
