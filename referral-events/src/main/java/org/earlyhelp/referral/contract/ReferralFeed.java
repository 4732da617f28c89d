package org.earlyhelp.referral.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The payloads referral-service publishes on {@code GET /api/events/referral}, one record per
 * shape, with its event type(s). {@code referral-service/EVENTS.md} says what each field means and
 * who reads it. Fields may be added, never renamed or removed without a new type; a consumer reads
 * a payload with {@code CloudEvent.dataAs(...)}, which ignores fields it does not know. Codes
 * (urgency, concern categories, statuses) are the API's lower-case codes; a list the JSON lacks
 * reads as empty.
 */
public final class ReferralFeed {

    private ReferralFeed() {
    }

    public record Submitted(UUID referralId, String referringAgency, String area, String urgency, boolean immediateRisk,
            String queue, List<UUID> personIds, List<UUID> childPersonIds, List<String> concernCategories) {

        public static final String TYPE = "referral.submitted";

        public Submitted {
            personIds = orEmpty(personIds);
            childPersonIds = orEmpty(childPersonIds);
            concernCategories = orEmpty(concernCategories);
        }
    }

    /**
     * Early help: case-service opens a case with {@code leadAgency} as lead, or, when {@code joinCaseId} is given (the hub
     * chose to join a child's open case), adds the referral, its people and concerns to that case instead.
     */
    public record Accepted(UUID referralId, String referringAgency, String leadAgency, String area, List<UUID> personIds,
            List<UUID> childPersonIds, List<Child> children, List<String> concernCategories, List<HouseholdMember> household,
            UUID joinCaseId) {

        public static final String TYPE = "referral.accepted";

        public Accepted {
            personIds = orEmpty(personIds);
            childPersonIds = orEmpty(childPersonIds);
            children = orEmpty(children);
            concernCategories = orEmpty(concernCategories);
            household = orEmpty(household);
        }
    }

    /**
     * What a case keeps about a child: the display name (ARCHITECTURE §2), and the given and family name and the date of
     * birth (when the referrer knew it exactly) that the lead needs to know who the child is.
     */
    public record Child(UUID personId, String displayName, String givenName, String familyName, LocalDate dateOfBirth) {

        public Child(UUID personId, String displayName) {
            this(personId, displayName, null, null, null);
        }
    }

    /** Someone else in the household as the case keeps them: name, date of birth and relationship to the children. */
    public record HouseholdMember(UUID personId, String givenName, String familyName, LocalDate dateOfBirth, String relationship) {
    }

    public record Signposted(UUID referralId, String referringAgency, String area, List<UUID> personIds,
            List<UUID> onwardReferralIds) {

        public static final String TYPE = "referral.signposted";

        public Signposted {
            personIds = orEmpty(personIds);
            onwardReferralIds = orEmpty(onwardReferralIds);
        }
    }

    public record Escalated(UUID referralId, String referringAgency, String area, List<UUID> personIds, boolean immediateRisk) {

        public static final String TYPE = "referral.escalated";

        public Escalated {
            personIds = orEmpty(personIds);
        }
    }

    /** {@code closure}: {@code no-further-action}, {@code withdrawn} or {@code case-closed} (with the case's outcome). */
    public record Closed(UUID referralId, String referringAgency, String leadAgency, String area, List<UUID> personIds,
            String closure, String outcome, UUID caseId) {

        public static final String TYPE = "referral.closed";

        public Closed {
            personIds = orEmpty(personIds);
        }
    }

    /** Triage confirmed "known to services": {@code mintedPersonId} is the person already known as {@code personId}. */
    public record PersonLinked(UUID referralId, String referringAgency, String area, UUID mintedPersonId, UUID personId,
            List<UUID> personIds) {

        public static final String TYPE = "referral.person-linked";

        public PersonLinked {
            personIds = orEmpty(personIds);
        }
    }

    /**
     * Triage undid a confirmed match: {@code mintedPersonId} is a person of their own again, not the person known as
     * {@code personId}. Whatever a service joined on the {@code person-linked} event it parts here.
     */
    public record PersonUnlinked(UUID referralId, String referringAgency, String area, UUID mintedPersonId, UUID personId,
            List<UUID> personIds) {

        public static final String TYPE = "referral.person-unlinked";

        public PersonUnlinked {
            personIds = orEmpty(personIds);
        }
    }

    /**
     * The referrer amended the referral before the hub decided it: {@code contentVersion} is its new version, {@code status}
     * where it stands, {@code identitiesChanged} whether a person's names, date of birth or postcode changed (matching ran
     * again). What changed is on the referral and its history, never here.
     */
    public record Amended(UUID referralId, String referringAgency, String area, String status, int contentVersion,
            boolean identitiesChanged, List<UUID> personIds) {

        public static final String TYPE = "referral.amended";

        public Amended {
            personIds = orEmpty(personIds);
        }
    }

    /**
     * The hub asked the referrer for more ({@code information-requested}: the referral is {@code awaiting-information},
     * the decision clock paused), or the question was settled ({@code information-provided}: the referrer answered, or
     * {@code information-request-withdrawn}: the hub withdrew it; the referral is back where it was and the clock runs
     * again to {@code decisionDueBy}). The question and the answer are on the referral, never here.
     */
    public record InformationRequest(UUID referralId, UUID requestId, String referringAgency, String area, String status,
            String requestStatus, LocalDate dueDate, Instant decisionDueBy, List<UUID> personIds) {

        public static final String REQUESTED = "referral.information-requested";
        public static final String PROVIDED = "referral.information-provided";
        public static final String WITHDRAWN = "referral.information-request-withdrawn";

        public InformationRequest {
            personIds = orEmpty(personIds);
        }
    }

    /**
     * One person on several referrals from several agencies within a while (subject: the alert id), published each time
     * the alert changes. {@code status}: {@code open}, {@code acknowledged} or {@code withdrawn}; {@code unconfirmed}
     * when it rests on strong matches the hub has not confirmed, listed in {@code candidateLinks}. An event from before
     * these fields reads as not unconfirmed, with no status.
     */
    public record ConcernAlert(UUID alertId, UUID personId, String area, List<UUID> referralIds, List<String> agencies,
            String status, boolean unconfirmed, List<CandidateLink> candidateLinks) {

        public static final String TYPE = "referral.concern-alert";

        public ConcernAlert {
            referralIds = orEmpty(referralIds);
            agencies = orEmpty(agencies);
            candidateLinks = orEmpty(candidateLinks);
        }
    }

    /** A strong match not yet decided: the person on {@code referralId} may be the person on {@code candidateReferralIds}. */
    public record CandidateLink(UUID matchId, UUID referralId, List<UUID> candidateReferralIds, double score) {

        public CandidateLink {
            candidateReferralIds = orEmpty(candidateReferralIds);
        }
    }

    /** Every onward referral event (subject: the onward referral id); {@code personIds} are the people whose data was shared. */
    public record OnwardReferral(UUID onwardReferralId, UUID referralId, UUID serviceId, String receivingAgency,
            String referringAgency, String area, String status, List<UUID> personIds) {

        public static final String SENT = "onward-referral.sent";
        public static final String ACCEPTED = "onward-referral.accepted";
        public static final String DECLINED = "onward-referral.declined";
        /** Closed unsent: no consent permitted anything within the wait referral-service allows (nothing was shared). */
        public static final String CONSENT_NOT_GIVEN = "onward-referral.consent-not-given";

        public OnwardReferral {
            personIds = orEmpty(personIds);
        }
    }

    /**
     * Every hand-over event (subject: the hand-over id; decision 0064): a referral handed over to children's social care's
     * front door ({@code frontDoorAgency}) when the hub escalated it, or at submission when it showed immediate risk;
     * then the front door's acknowledgement and its outcome ({@code s47-enquiry}, {@code child-in-need-assessment} or
     * {@code no-further-action-returned-to-early-help}). {@code decidedBy} is who decided the hand-over (the hub's
     * screener, or the referrer who flagged immediate risk): consent-service records the lawful basis
     * {@code risk-of-significant-harm} for the front door in that person's name. Ids, codes and the decider's name only.
     */
    public record HandOver(UUID handOverId, UUID referralId, String frontDoorAgency, String referringAgency, String area,
            List<UUID> personIds, boolean immediateRisk, String status, String outcome, Decider decidedBy) {

        public static final String HANDED_OVER = "referral.handed-over";
        public static final String ACKNOWLEDGED = "referral.hand-over-acknowledged";
        public static final String OUTCOME_RECORDED = "referral.hand-over-outcome";

        public HandOver {
            personIds = orEmpty(personIds);
        }
    }

    /** Who decided a hand-over: user id, name and agency as the token named them, and in which capacity. */
    public record Decider(String userId, String name, String agency, String role) {
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
