package org.earlyhelp.consent.contract;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The payloads consent-service publishes on {@code GET /api/events/consent} (subject: the consent or
 * lawful basis id). {@code consent-service/EVENTS.md} says what each field means. Fields may be
 * added, never renamed or removed without a new type; a consumer reads a payload with
 * {@code CloudEvent.dataAs(...)}, which ignores fields it does not know. Purposes and data
 * categories are consent-service's codes; a list the JSON lacks reads as empty.
 */
public final class ConsentFeed {

    private ConsentFeed() {
    }

    /** What every consent event carries; {@code at} is when the change took effect. */
    public record ConsentChanged(UUID consentId, int version, UUID personId, String status, Instant at, List<String> purposes,
            List<String> dataCategories, List<String> recipientAgencies, List<String> recipientAgencyTypes) {

        public static final String RECORDED = "consent.recorded";
        public static final String AMENDED = "consent.amended";
        public static final String WITHDRAWN = "consent.withdrawn";
        public static final String EXPIRED = "consent.expired";

        public ConsentChanged {
            purposes = orEmpty(purposes);
            dataCategories = orEmpty(dataCategories);
            recipientAgencies = orEmpty(recipientAgencies);
            recipientAgencyTypes = orEmpty(recipientAgencyTypes);
        }
    }

    /** A lawful basis for sharing without consent; the justification is never on the feed. */
    public record LawfulBasisRecorded(UUID lawfulBasisId, UUID personId, String kind, List<String> purposes,
            List<String> dataCategories, List<String> recipientAgencies, List<String> recipientAgencyTypes, Instant validFrom,
            Instant validUntil) {

        public static final String TYPE = "consent.lawful-basis-recorded";

        public LawfulBasisRecorded {
            purposes = orEmpty(purposes);
            dataCategories = orEmpty(dataCategories);
            recipientAgencies = orEmpty(recipientAgencies);
            recipientAgencyTypes = orEmpty(recipientAgencyTypes);
        }
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
