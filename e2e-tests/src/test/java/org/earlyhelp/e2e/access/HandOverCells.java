package org.earlyhelp.e2e.access;

import java.util.Set;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;

/**
 * Hand-overs to children's social care's front door (GET /api/hand-overs/{id}, the inbox, POST .../acknowledgement, the
 * referral feed): own = the hub escalated the agency's referral; participant = the agency referred a child at immediate
 * risk, handed over as it was submitted; unrelated = the next agency's own. Every hand-over goes to the one front door,
 * so its relationship to the front door's own agency changes nothing there.
 */
final class HandOverCells extends ResourceCells {

    @Override
    String name() {
        return "hand-over";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return switch (relationship) {
            case OWN -> escalated(agency);
            case PARTICIPANT -> immediateRisk(agency);
            case UNRELATED -> escalated(agency.next());
        };
    }

    private static Fixture escalated(Agency referrer) {
        Referrals.Submitted referral = Referrals.routine().submitBy(referrer.practitioner());
        return new Fixture(ReferralWork.escalate(referral), referral.childPersonId(), null, referral.id(), referrer.code());
    }

    private static Fixture immediateRisk(Agency referrer) {
        Referrals.Submitted referral = Referrals.about(People.child())
                .onlyConcern("abuse-exploitation", "Disclosed being hit with a belt last night", "significant-harm")
                .urgency("immediate-risk").submitBy(referrer.practitioner());
        return new Fixture(ReferralWork.handOverOf(referral.id()), referral.childPersonId(), null, referral.id(), referrer.code());
    }

    @Override
    Set<String> changing() {
        return Set.of("acknowledge");
    }

    @Override
    Outcome perform(String action, Login caller, Fixture handOver) {
        return switch (action) {
            case "read" -> Requests.get(caller, "/api/hand-overs/{id}", handOver.id());
            case "list" -> Requests.listed(caller, "/api/hand-overs", java.util.Map.of(), handOver.id());
            case "acknowledge" -> Requests.post(caller, "", "/api/hand-overs/{id}/acknowledgement", handOver.id());
            case "feed" -> Requests.inFeed(caller, "referral", handOver.id());
            default -> throw unknown(name(), action);
        };
    }
}
