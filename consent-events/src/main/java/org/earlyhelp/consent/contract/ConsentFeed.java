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

    /**
     * {@code person.rectified} (subject: the person id): a data protection officer corrected the person's identifying
     * details (decision 0062). A null field is unchanged. Every service corrects its copies, for the person and everyone
     * it links to them.
     */
    public record PersonRectified(UUID personId, String givenName, String familyName, java.time.LocalDate dateOfBirth,
            UUID requestId, String requestedBy, Instant at) {

        public static final String TYPE = "person.rectified";
    }

    /**
     * {@code person.restricted} / {@code person.restriction-lifted} (subject: the person id): processing of the person's
     * data is restricted (UK GDPR Art. 18), or no longer is (decision 0062).
     */
    public record PersonRestriction(UUID personId, UUID requestId, String requestedBy, Instant at) {

        public static final String RESTRICTED = "person.restricted";
        public static final String LIFTED = "person.restriction-lifted";
    }

    /**
     * {@code person.erased} (subject: the person id): a data protection officer erased the person (decision 0062). Every
     * service erases every record naming them, with the platform's {@code Erasure}, as {@code erasure-request:<requestedBy>}.
     */
    public record PersonErased(UUID personId, UUID requestId, String requestedBy, Instant at) {

        public static final String TYPE = "person.erased";
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
