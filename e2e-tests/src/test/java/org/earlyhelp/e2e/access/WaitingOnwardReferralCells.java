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
 * Onward referrals made before the family's consent (issue 27 point 3). Waiting: the hub signposted, no consent permits
 * the share, so it waits and nothing is shared. Released: consent was recorded after the hub signposted, and
 * referral-service sent it by itself. own = the agency referred; participant = the agency it is (to be) sent to.
 */
final class WaitingOnwardReferralCells extends ResourceCells {

    private final boolean released;

    WaitingOnwardReferralCells(boolean released) {
        this.released = released;
    }

    @Override
    String name() {
        return released ? "onward-referral-released" : "onward-referral-waiting";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return switch (relationship) {
            case OWN -> signpostedBeforeConsent(agency, agency.next());
            case PARTICIPANT -> signpostedBeforeConsent(previous(agency), agency);
            case UNRELATED -> shared(Relationship.OWN, agency.next());
        };
    }

    private static Agency previous(Agency agency) {
        Agency[] all = Agency.values();
        return all[(agency.ordinal() + all.length - 1) % all.length];
    }

    /** The hub signposts first; when {@link #released}, the family's consent to share with {@code receiver} comes after. */
    private Fixture signpostedBeforeConsent(Agency referrer, Agency receiver) {
        Referrals.Submitted referral = Referrals.routine().submitBy(referrer.practitioner());
        UUID onward = Hub.signpost(referral, Directory.of(receiver).serviceId());
        if (released) {
            Consents.about(referral.childPersonId(), "the child").permit("onward-referral", Set.of(receiver.code()),
                    Set.of("identity", "contact", "concerns")).recordBy(Login.HUB_PATEL);
        }
        return new Fixture(onward, referral.childPersonId(), null);
    }

    @Override
    Outcome perform(String action, Login caller, Fixture onward) {
        String status = released ? "sent" : "awaiting-consent";
        Eventually.assertThat(() -> Gateway.as(Login.HUB_PATEL).when().get("/api/onward-referrals/{id}", onward.id())
                .then().statusCode(200).body("status", equalTo(status)));
        return switch (action) {
            case "read" -> Requests.get(caller, "/api/onward-referrals/{id}", onward.id());
            case "list" -> Requests.listed(caller, "/api/onward-referrals", Map.of(), onward.id());
            case "feed" -> Requests.inFeed(caller, "referral", onward.id());
            default -> throw unknown(name(), action);
        };
    }
}
