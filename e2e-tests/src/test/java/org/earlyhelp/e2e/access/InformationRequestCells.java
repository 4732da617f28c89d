package org.earlyhelp.e2e.access;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.Referrals;

/**
 * The hub's questions to a referrer. For "ask" and "read": own = the agency's referral in triage, no question open;
 * participant = another agency's referral the hub asked about, had answered and accepted with the agency as lead;
 * unrelated = one of the next agency's own (the hub asks it: a record of its own). For "answer" ({@code answering}): own = the agency's referral with the hub's
 * question open; participant and unrelated as for asking (the participant's question long answered).
 */
final class InformationRequestCells extends ResourceCells {

    private final boolean answering;

    InformationRequestCells(boolean answering) {
        this.answering = answering;
    }

    @Override
    String name() {
        return answering ? "information-answer" : "information-request";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return switch (relationship) {
            case OWN -> answering ? asked(agency) : inTriage(agency);
            case PARTICIPANT -> answeredAndAccepted(agency);
            case UNRELATED -> answering ? asked(agency.next()) : inTriage(agency.next());
        };
    }

    private static Fixture inTriage(Agency referrer) {
        Referrals.Submitted referral = Hub.startTriage(Referrals.routine().submitBy(referrer.practitioner()));
        return new Fixture(referral.id(), referral.childPersonId(), null);
    }

    private static Fixture asked(Agency referrer) {
        Referrals.Submitted referral = Referrals.routine().submitBy(referrer.practitioner());
        UUID request = ReferralWork.askReferrer(referral);
        return new Fixture(referral.id(), referral.childPersonId(), null, request, referrer.code());
    }

    private static Fixture answeredAndAccepted(Agency lead) {
        Agency referrer = ReferralCells.otherThan(lead);
        Referrals.Submitted referral = Referrals.routine().submitBy(referrer.practitioner());
        UUID request = ReferralWork.askReferrer(referral);
        ReferralWork.answer(referrer.practitioner(), referral.id(), request);
        Hub.consentToLead(referral, lead);
        Hub.acceptInTriage(referral.at(ReferralWork.etagNow(referral.id())), lead).then().statusCode(200);
        return new Fixture(referral.id(), referral.childPersonId(), null, request, lead.code());
    }

    @Override
    Set<String> changing() {
        return Set.of("ask", "answer");
    }

    @Override
    Outcome perform(String action, Login caller, Fixture referral) {
        return switch (action) {
            case "read" -> Requests.get(caller, "/api/referrals/{id}/information-requests", referral.id());
            case "ask" -> Requests.outcome(Gateway.as(caller).header("If-Match", ReferralWork.etagNow(referral.id()))
                    .body(Map.of("question", "Does the family know of the referral?",
                            "dueDate", LocalDate.now().plusDays(1).toString()))
                    .when().post("/api/referrals/{id}/information-requests", referral.id()));
            case "answer" -> Requests.outcome(Gateway.as(caller).header("If-Match", ReferralWork.etagNow(referral.id()))
                    .body(Map.of("answer", "Yes: mum was told on Monday and agrees"))
                    .when().post("/api/referrals/{id}/information-requests/{requestId}/answer", referral.id(),
                            referral.parentId()));
            default -> throw unknown(name(), action);
        };
    }
}
