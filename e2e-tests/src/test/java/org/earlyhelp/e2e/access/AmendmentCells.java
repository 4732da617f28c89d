package org.earlyhelp.e2e.access;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Login;

/**
 * The referrer's amendments (POST /api/referrals/{id}/amendments, GET ... the versions), on the referrals of
 * {@link ReferralCells}: own = referred by the agency, not yet decided; participant = another agency's referral the hub
 * accepted with the agency as lead; unrelated = the next agency's own.
 */
final class AmendmentCells extends ResourceCells {

    private final ReferralCells referrals;

    AmendmentCells(ReferralCells referrals) {
        this.referrals = referrals;
    }

    @Override
    String name() {
        return "referral-amendment";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return relationship == Relationship.OWN ? referrals.make(relationship, agency) : referrals.shared(relationship, agency);
    }

    @Override
    Set<String> changing() {
        return Set.of("amend");
    }

    @Override
    Outcome perform(String action, Login caller, Fixture referral) {
        return switch (action) {
            case "read" -> Requests.get(caller, "/api/referrals/{id}/amendments", referral.id());
            case "amend" -> Requests.outcome(Gateway.as(caller).header("If-Match", ReferralWork.etagNow(referral.id()))
                    .body(Map.of("newConcerns", List.of(Map.of("category", "housing", "severity", "medium",
                            "description", "The family has been served notice on their flat")), "note", "Learnt of it since"))
                    .when().post("/api/referrals/{id}/amendments", referral.id()));
            default -> throw unknown(name(), action);
        };
    }
}
