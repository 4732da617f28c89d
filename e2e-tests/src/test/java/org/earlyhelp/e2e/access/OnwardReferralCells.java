package org.earlyhelp.e2e.access;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Consents;
import org.earlyhelp.e2e.Directory;
import org.earlyhelp.e2e.Eventually;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.Referrals;

/**
 * Onward referrals: the hub signposts an agency's referral to a directory service run by the next
 * agency, with the family's consent to share with it, so it is sent. own = the agency referred;
 * participant = the agency receives; unrelated = neither.
 */
final class OnwardReferralCells extends ResourceCells {

    @Override
    String name() {
        return "onward-referral";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return switch (relationship) {
            case OWN -> signposted(agency, agency.next());
            case PARTICIPANT -> signposted(previous(agency), agency);
            case UNRELATED -> shared(Relationship.OWN, agency.next());
        };
    }

    private static Agency previous(Agency agency) {
        Agency[] all = Agency.values();
        return all[(agency.ordinal() + all.length - 1) % all.length];
    }

    /** {@code referrer}'s referral, signposted by the hub to a service of {@code receiver} with consent to share. */
    static Fixture signposted(Agency referrer, Agency receiver) {
        Referrals.Submitted referral = Referrals.routine().submitBy(referrer.practitioner());
        Consents.about(referral.childPersonId(), "the child").permit("onward-referral", Set.of(receiver.code()),
                Set.of("identity", "contact", "concerns")).recordBy(Login.HUB_PATEL);
        UUID onward = Hub.signpost(referral, Directory.of(receiver).serviceId());
        // Sent at once, or (when consent-service answered late) by referral-service's own re-check moments later.
        Eventually.assertThat(() -> Gateway.as(Login.HUB_PATEL).when().get("/api/onward-referrals/{id}", onward)
                .then().statusCode(200).body("status", equalTo("sent")));
        return new Fixture(onward, referral.childPersonId(), null);
    }

    @Override
    Set<String> changing() {
        return Set.of("accept");
    }

    @Override
    Outcome perform(String action, Login caller, Fixture onward) {
        return switch (action) {
            case "read" -> Requests.get(caller, "/api/onward-referrals/{id}", onward.id());
            case "list" -> Requests.listed(caller, "/api/onward-referrals", Map.of(), onward.id());
            case "accept" -> Requests.post(caller, Map.of(), "/api/onward-referrals/{id}/accept", onward.id());
            case "feed" -> Requests.inFeed(caller, "referral", onward.id());
            default -> throw unknown(name(), action);
        };
    }
}
