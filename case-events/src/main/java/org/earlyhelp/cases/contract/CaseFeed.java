package org.earlyhelp.cases.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The payloads case-service publishes on {@code GET /api/events/case} (subject: the case id), one
 * record per event type. {@code case-service/EVENTS.md} says what each field means and who reads it.
 * Fields may be added, never renamed or removed without a new type; a consumer reads a payload with
 * {@code CloudEvent.dataAs(...)}, which ignores fields it does not know. {@code personIds} is always
 * every family member on the case; a list the JSON lacks reads as empty.
 */
public final class CaseFeed {

    private CaseFeed() {
    }

    public record Opened(UUID caseId, String reference, List<UUID> referralIds, List<UUID> personIds, String leadAgency,
            String area) {

        public static final String TYPE = "case.opened";

        public Opened {
            referralIds = orEmpty(referralIds);
            personIds = orEmpty(personIds);
        }
    }

    public record MemberAdded(UUID caseId, List<UUID> personIds, String agency, String role, String area) {

        public static final String TYPE = "case.member-added";

        public MemberAdded {
            personIds = orEmpty(personIds);
        }
    }

    /** {@code ended}: {@code left}, {@code removed}, {@code consent-withdrawn}, {@code consent-expired} or {@code consent-amended} (an amended consent left the member no data category, decision 0057). */
    public record MemberRemoved(UUID caseId, List<UUID> personIds, String agency, String ended, String area) {

        public static final String TYPE = "case.member-removed";

        public MemberRemoved {
            personIds = orEmpty(personIds);
        }
    }

    public record Transferred(UUID caseId, List<UUID> personIds, String fromAgency, String toAgency, String area) {

        public static final String TYPE = "case.transferred";

        public Transferred {
            personIds = orEmpty(personIds);
        }
    }

    /** {@code outcome} is the headline of {@code outcomes}, one per identified need. */
    public record Closed(UUID caseId, List<UUID> referralIds, List<UUID> personIds, String leadAgency, String outcome,
            List<NeedOutcome> outcomes, String area) {

        public static final String TYPE = "case.closed";

        public Closed {
            referralIds = orEmpty(referralIds);
            personIds = orEmpty(personIds);
            outcomes = orEmpty(outcomes);
        }
    }

    /** How one need ended: {@code needs-met}, {@code stepped-up}, {@code stepped-down}, {@code disengaged}, {@code moved-area}. */
    public record NeedOutcome(String need, String outcome) {
    }

    public record Reopened(UUID caseId, List<UUID> referralIds, List<UUID> personIds, String area) {

        public static final String TYPE = "case.reopened";

        public Reopened {
            referralIds = orEmpty(referralIds);
            personIds = orEmpty(personIds);
        }
    }

    /**
     * The hub accepted another referral about a child on this open case and chose to join it: the referral, its people
     * and its concerns are on the case now (the lead agency is told).
     */
    public record ReferralJoined(UUID caseId, UUID referralId, String referringAgency, List<UUID> personIds, String leadAgency,
            String area) {

        public static final String TYPE = "case.referral-joined";

        public ReferralJoined {
            personIds = orEmpty(personIds);
        }
    }

    /** A family member added by hand, with the details "known to services" matching needs; for services only. */
    public record PersonAdded(UUID caseId, UUID personId, String givenName, String familyName, LocalDate dateOfBirth,
            String postcode, List<UUID> personIds, String leadAgency, List<String> memberAgencies, String area) {

        public static final String TYPE = "case.person-added";

        public PersonAdded {
            personIds = orEmpty(personIds);
            memberAgencies = orEmpty(memberAgencies);
        }
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
