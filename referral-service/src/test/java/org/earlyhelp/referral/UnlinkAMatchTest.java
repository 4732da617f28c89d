package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 27 point 2: the hub undoes a confirmed match with a reason. The person takes back the id minted for them, the
 * reason is in the referral's history, the unlink in the audit trail, {@code referral.person-unlinked} on the feed, and
 * the alert that rested on the link is withdrawn (decision 0054).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class UnlinkAMatchTest {

    private static final Map<String, String> REASON = Map.of("reason", "Different child: a cousin of the same name at that address");

    @Test
    void theHubUndoesAConfirmedMatchAndThePersonTheAlertAndTheFeedFollow() {
        String family = Hub.unique();
        String born = BirthDays.of(10);
        String school = Api.submitted(Agencies.teacher(), Referrals.child("Mia", "Nolan" + family).bornOn(born).build());
        String police = Api.submitted(Agencies.policeOfficer(), Referrals.child("Mia", "Nolan" + family).bornOn(born)
                .onlyConcern("crime", "Found in town at night", "medium").build());
        String gp = Api.submitted(Agencies.gp(), Referrals.child("Mia", "Nolan" + family).bornOn(born)
                .onlyConcern("health", "Missed appointments", "medium").build());
        String child = Hub.childOf(school);
        String mintedForGp = Hub.childOf(gp);
        Hub.decide(police, Hub.matchId(police, child), "confirm").statusCode(200);
        String gpMatch = Hub.matchId(gp, child);
        Hub.decide(gp, gpMatch, "confirm").statusCode(200);
        Map<String, Object> alert = Hub.oneAlertFor(child);
        assertThat(alert.get("unconfirmed")).isEqualTo(false);

        // Refused, and nothing changes: no reason (422), not the hub (403), the hub of another area (404).
        Hub.unlink(Agencies.hubScreener(), gp, gpMatch, null).statusCode(422).contentType("application/problem+json");
        Hub.unlink(Agencies.hubScreener(), gp, gpMatch, Map.of("reason", "  ")).statusCode(422)
                .contentType("application/problem+json").body("status", equalTo(422));
        Hub.unlink(Agencies.gp(), gp, gpMatch, REASON).statusCode(403);
        Hub.unlink(Agencies.westbrookScreener(), gp, gpMatch, REASON).statusCode(404);
        Hub.unlink(Agencies.hubScreener(), police, gpMatch, REASON).statusCode(404);
        assertThat(Hub.childOf(gp)).isEqualTo(child);

        Hub.unlink(Agencies.hubScreener(), gp, gpMatch, REASON).statusCode(200)
                .body("status", equalTo("unlinked")).body("personId", equalTo(mintedForGp))
                .body("candidatePersonId", equalTo(child));

        assertThat(Hub.childOf(gp)).isEqualTo(mintedForGp);
        assertThat(Hub.childOf(police)).isEqualTo(child);
        given().header("Authorization", Agencies.gp()).queryParam("size", 100).when().get("/api/referrals/" + gp + "/history")
                .then().statusCode(200).body("items.action", hasItem("person-unlinked")).body("items.reason", hasItem(REASON.get("reason")));
        given().header("Authorization", Agencies.auditor()).queryParam("resourceId", gpMatch).when().get("/api/audit/referral")
                .then().statusCode(200).body("items.action", hasItem("unlink-match"));
        @SuppressWarnings("unchecked")
        Map<String, Object> unlinked = (Map<String, Object>) Feed.about(Agencies.eventConsumer(), "referral.person-unlinked", gp)
                .get("data");
        assertThat(unlinked).containsEntry("mintedPersonId", mintedForGp).containsEntry("personId", child)
                .containsEntry("referralId", gp);
        assertThat(strings(unlinked.get("personIds"))).contains(mintedForGp).doesNotContain(child);

        // Two referrals from two agencies are no longer the pattern: the alert is withdrawn, saying why.
        assertThat(Hub.alertsFor(child, null)).isEmpty();
        Map<String, Object> withdrawn = Hub.alertsFor(child, "withdrawn").stream().filter(a -> alert.get("id").equals(a.get("id")))
                .findFirst().orElseThrow();
        assertThat((String) withdrawn.get("withdrawnReason")).contains("unlinked");

        // Undone once: a second unlink is a conflict, as is unlinking a match never confirmed.
        Hub.unlink(Agencies.hubScreener(), gp, gpMatch, REASON).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aMatchNeverConfirmedCannotBeUnlinked() {
        String family = Hub.unique();
        String born = BirthDays.of(8);
        String first = Api.submitted(Agencies.teacher(), Referrals.child("Ava", "Lowe" + family).bornOn(born).build());
        String second = Api.submitted(Agencies.policeOfficer(), Referrals.child("Ava", "Lowe" + family).bornOn(born).build());
        String match = Hub.matchId(second, Hub.childOf(first));

        Hub.unlink(Agencies.hubScreener(), second, match, REASON).statusCode(409);
        Hub.decide(second, match, "reject").statusCode(200);
        Hub.unlink(Agencies.hubScreener(), second, match, REASON).statusCode(409);
        assertThat(Hub.childOf(second)).isNotEqualTo(Hub.childOf(first));
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }
}
