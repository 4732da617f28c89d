package org.earlyhelp.referral.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.earlyhelp.referral.familycase.OpenCase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A referral as its readers see it: what was referred, the person ids minted for the people, and where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralView(
        UUID id,
        ReferralStatus status,
        String queue,
        Urgency urgency,
        boolean immediateRisk,
        String area,
        String referringAgency,
        String referredBy,
        boolean viaPartnerSystem,
        Instant submittedAt,
        Instant decisionDueBy,
        boolean overdue,
        Instant decidedAt,
        String leadAgency,
        String decisionReason,
        String caseOutcome,
        Instant closedAt,
        List<ChildView> children,
        List<MemberView> household,
        List<NewReferral.Concern> concerns,
        String whatHasBeenTried,
        String familyViews,
        NewReferral.FamilyAgreement family,
        String helpRequested,
        long version,
        @Schema(description = "For the hub of the referral's area while it decides: the open cases a child on the referral "
                + "is on already (accept with `joinCaseId` to add the referral to one); absent for anyone else")
        List<OpenCase> openCases,
        @Schema(description = "true while a data protection officer has restricted processing of a person on the referral"
                + " (UK GDPR Art. 18): it can be read, not changed or shared")
        boolean restricted,
        @Schema(description = "The version of what the referral says: 1 as submitted, one more with each amendment by the referrer")
        int contentVersion,
        @Schema(description = "The decision clock's last pause for a question to the referrer, and its resumption; absent if "
                + "never paused")
        DecisionClock decisionClock) {

    /**
     * The 1-working-day clock stopped while the hub waited for the referrer: when, the deadline then, and (once answered
     * or withdrawn) when it ran again and the deadline that gave.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionClock(Instant pausedAt, Instant dueBeforePause, Instant resumedAt, Instant dueAfterResume) {

        static DecisionClock of(Referral referral) {
            if (referral.clockPausedAt() == null) {
                return null;
            }
            return new DecisionClock(referral.clockPausedAt(), referral.dueBeforePause(), referral.clockResumedAt(),
                    referral.clockResumedAt() == null ? null : referral.decisionDueAt());
        }
    }

    /** The same view, telling the hub the open cases of the referral's children. */
    ReferralView withOpenCases(List<OpenCase> cases) {
        return new ReferralView(id, status, queue, urgency, immediateRisk, area, referringAgency, referredBy, viaPartnerSystem,
                submittedAt, decisionDueBy, overdue, decidedAt, leadAgency, decisionReason, caseOutcome, closedAt, children,
                household, concerns, whatHasBeenTried, familyViews, family, helpRequested, version, List.copyOf(cases), restricted,
                contentVersion, decisionClock);
    }

    public record ChildView(UUID personId, boolean unborn, @JsonUnwrapped NewReferral.Child details) {
    }

    @Schema(name = "ReferralHouseholdMember")
    public record MemberView(UUID personId, @JsonUnwrapped NewReferral.HouseholdMember details) {
    }

    static ReferralView of(Referral referral, NewReferral body, Instant now, boolean restricted) {
        List<ReferralPerson> people = referral.people();
        List<ChildView> children = new java.util.ArrayList<>();
        List<MemberView> household = new java.util.ArrayList<>();
        for (int i = 0; i < body.children().size(); i++) {
            NewReferral.Child child = body.children().get(i);
            children.add(new ChildView(people.get(i).personId(), child.unborn(), child));
        }
        for (int i = 0; i < body.household().size(); i++) {
            household.add(new MemberView(people.get(body.children().size() + i).personId(), body.household().get(i)));
        }
        return new ReferralView(referral.id(), referral.status(), referral.queue(), referral.urgency(), referral.immediateRisk(),
                referral.area(), referral.referringAgency(), referral.referredByName(), referral.viaPartnerSystem(),
                referral.submittedAt(), referral.decisionDueAt(), referral.overdue(now), referral.decidedAt(),
                referral.leadAgency(), referral.decisionReason(), referral.caseOutcome(), referral.closedAt(), children, household,
                body.concerns(), body.whatHasBeenTried(), body.familyViews(), body.family(), body.helpRequested(),
                referral.version(), null, restricted, referral.contentVersion(), DecisionClock.of(referral));
    }
}
