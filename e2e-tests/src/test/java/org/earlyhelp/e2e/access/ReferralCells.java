package org.earlyhelp.e2e.access;

import java.util.Map;
import java.util.Set;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.Referrals;

/**
 * Referrals: own = submitted by the agency; participant = another agency's referral the hub accepted
 * with the agency as lead; unrelated = another agency's referral, not accepted.
 */
final class ReferralCells extends ResourceCells {

    @Override
    String name() {
        return "referral";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return switch (relationship) {
            case OWN -> fixture(Referrals.routine().submitBy(agency.practitioner()));
            case PARTICIPANT -> fixture(Hub.accept(Referrals.routine().submitBy(otherThan(agency).practitioner()), agency));
            case UNRELATED -> shared(Relationship.OWN, agency.next());
        };
    }

    /** A referring agency other than {@code agency}. */
    static Agency otherThan(Agency agency) {
        return agency == Agency.POLICE ? Agency.ACADEMY : Agency.POLICE;
    }

    private static Fixture fixture(Referrals.Submitted referral) {
        return new Fixture(referral.id(), referral.childPersonId(), referral.etag());
    }

    @Override
    Set<String> changing() {
        return Set.of("withdraw");
    }

    @Override
    Outcome perform(String action, Login caller, Fixture referral) {
        return switch (action) {
            case "read" -> Requests.get(caller, "/api/referrals/{id}", referral.id());
            case "list" -> Requests.listed(caller, "/api/referrals", Map.of(), referral.id());
            case "withdraw" -> Requests.outcome(Gateway.as(caller).header("If-Match", referral.etag())
                    .body(Map.of("reason", "Referred to the wrong hub by mistake"))
                    .when().post("/api/referrals/{id}/withdraw", referral.id()));
            case "feed" -> Requests.inFeed(caller, "referral", referral.id());
            default -> throw unknown(name(), action);
        };
    }
}
