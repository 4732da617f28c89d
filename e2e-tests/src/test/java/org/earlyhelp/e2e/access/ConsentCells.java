package org.earlyhelp.e2e.access;

import java.util.Map;
import java.util.Set;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Consents;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Login;

/**
 * Consent records about the child of each agency's own referral (see {@link ReferralCells}): own =
 * recorded by the agency; participant = recorded by the hub (of the child's area) about the agency's child; unrelated = the next agency's own consent about its child.
 */
final class ConsentCells extends ResourceCells {

    private final ReferralCells referrals;

    ConsentCells(ReferralCells referrals) {
        this.referrals = referrals;
    }

    @Override
    String name() {
        return "consent";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return switch (relationship) {
            case OWN -> recorded(agency, agency.practitioner());
            // Recorded by the hub (of the child's area); the hub's own child has nobody else with reach, so the hub again.
            case PARTICIPANT -> recorded(agency, Login.HUB_PATEL);
            case UNRELATED -> recorded(agency.next(), agency.next().practitioner());
        };
    }

    /** A consent about the child {@code agency} referred, recorded by {@code recorder}. */
    private Fixture recorded(Agency agency, Login recorder) {
        Fixture child = referrals.shared(Relationship.OWN, agency);
        Consents.Recorded consent = Consents.about(child.personId(), "the child")
                .permit("early-help-assessment", Set.of(Agency.BRIGHTSTART.code()), Set.of("identity", "contact"))
                .recordBy(recorder);
        return new Fixture(consent.id(), consent.personId(), consent.etag());
    }

    @Override
    Set<String> changing() {
        return Set.of("withdraw");
    }

    @Override
    Outcome perform(String action, Login caller, Fixture consent) {
        return switch (action) {
            case "read" -> Requests.get(caller, "/api/consents/{id}", consent.id());
            case "list" -> Requests.listed(caller, "/api/consents", Map.of("person", consent.personId()), consent.id());
            case "withdraw" -> Requests.outcome(Gateway.as(caller).body(Map.of("reason", "Mother withdrew consent by phone"))
                    .when().post("/api/consents/{id}/withdrawal", consent.id()));
            case "feed" -> Requests.inFeed(caller, "consent", consent.id());
            default -> throw unknown(name(), action);
        };
    }
}
