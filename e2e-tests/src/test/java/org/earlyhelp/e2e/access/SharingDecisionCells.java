package org.earlyhelp.e2e.access;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Consents;
import org.earlyhelp.e2e.Login;

import io.restassured.response.Response;

/**
 * Sharing decisions: own = asked by the agency about the child it referred; participant = asked by
 * the hub (or, where the hub leads, by health visiting) about the child of a referral the agency
 * leads; unrelated = the next agency's own. Asking a new one is about the same child as the record.
 */
final class SharingDecisionCells extends ResourceCells {

    private static final Set<String> IDENTITY = Set.of("identity");
    private final ReferralCells referrals;

    SharingDecisionCells(ReferralCells referrals) {
        this.referrals = referrals;
    }

    @Override
    String name() {
        return "sharing-decision";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return switch (relationship) {
            case OWN -> asked(referrals.shared(Relationship.OWN, agency), agency.practitioner());
            // The hub asks (it screens the child's area); where the hub itself leads, the referrer asks.
            case PARTICIPANT -> asked(referrals.shared(Relationship.PARTICIPANT, agency),
                    agency == Agency.EARLY_HELP_HUB ? ReferralCells.otherThan(agency).practitioner() : Login.HUB_PATEL);
            case UNRELATED -> shared(Relationship.OWN, agency.next());
        };
    }

    private static Fixture asked(Fixture referral, Login asker) {
        UUID child = referral.personId();
        Response decision = Consents.askOnceKnown(asker, child, Agency.BRIGHTSTART, "onward-referral", IDENTITY);
        decision.then().statusCode(201);
        return new Fixture(UUID.fromString(decision.path("id")), child, null);
    }

    @Override
    Outcome perform(String action, Login caller, Fixture decision) {
        return switch (action) {
            case "read" -> Requests.get(caller, "/api/sharing-decisions/{id}", decision.id());
            case "list" -> Requests.listed(caller, "/api/sharing-decisions", Map.of("person", decision.personId()),
                    decision.id());
            case "ask" -> Requests.outcome(Consents.ask(caller, decision.personId(),
                    caller.partnerSystem() ? caller.agency() : Agency.BRIGHTSTART, "onward-referral", IDENTITY));
            case "ask-stating-type" -> Requests.outcome(Consents.askStatingType(caller, decision.personId(),
                    caller.partnerSystem() ? caller.agency() : Agency.BRIGHTSTART, "police", "onward-referral", IDENTITY));
            default -> throw unknown(name(), action);
        };
    }
}
