package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.referral.events.ConsentFeedDelivery;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 28 point 3 (decision 0062, UK GDPR Art. 16): a data protection officer's correction of a person's names and date
 * of birth (consent-service's {@code person.rectified}) corrects every referral naming them, under any linked id, and the
 * matching index, with a history line that gives neither the details nor the reason; the hub's matches and alerts
 * naming them read the corrected name.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RectificationTest {

    @Inject
    ConsentFeedDelivery consentFeed;

    @Test
    void everyReferralNamingThePersonAndTheMatchingIndexAreCorrected() {
        String surname = ReferralRetentionTest.marker();
        String born = ReferralRetentionTest.bornSomeDay();
        String referral = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", surname).bornOn(born)
                .member("Donna", surname, "1985-03-02", "mother").build());
        String child = Hub.childOf(referral);
        String linked = Api.submitted(Agencies.policeOfficer(), Referrals.child("Jayden", surname).bornOn(born)
                .onlyConcern("crime", "Seen out late", "medium").build());
        Hub.decide(linked, Hub.matchId(linked, child), "confirm").statusCode(200);
        // A third agency: the hub has an alert about him, by the name he was referred under.
        Api.submitted(Agencies.gp(), Referrals.child("Jayden", surname).bornOn(born).onlyConcern("health", "Missed checks", "medium")
                .build());
        assertThat(Hub.oneAlertFor(child).get("personName")).isEqualTo("Jayden " + surname);
        String corrected = ReferralRetentionTest.marker();
        String bornCorrected = LocalDate.parse(born).minusDays(1).toString();

        consentFeed.deliver(ConsentFeed.PersonRectified.TYPE, UUID.fromString(child), new ConsentFeed.PersonRectified(
                UUID.fromString(child), "Jaden", corrected, LocalDate.parse(bornCorrected), UUID.randomUUID(), "dpo.reid",
                Instant.now()));

        for (String id : List.of(referral, linked)) {
            Api.read(Agencies.hubScreener(), id).statusCode(200)
                    .body("children[0].firstName", equalTo("Jaden"))
                    .body("children[0].lastName", equalTo(corrected))
                    .body("children[0].dateOfBirth", equalTo(bornCorrected));
            List<Map<String, Object>> history = given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100)
                    .when().get("/api/referrals/" + id + "/history").then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(history).filteredOn(line -> "details-corrected".equals(line.get("action"))).singleElement()
                    .satisfies(line -> {
                        assertThat((String) line.get("detail")).contains("data protection officer corrected identifying details");
                        assertThat(line.get("reason")).isNull();
                        assertThat(line.toString()).doesNotContain(corrected, "Jaden");
                    });
        }
        // Where the hub sees him as another referral's candidate, and on its alert, it reads the corrected name.
        assertThat(Hub.matches(linked)).filteredOn(match -> child.equals(match.get("candidatePersonId")))
                .isNotEmpty().allSatisfy(match -> assertThat(match.get("candidateName")).isEqualTo("Jaden " + corrected));
        assertThat(Hub.oneAlertFor(child).get("personName")).isEqualTo("Jaden " + corrected);
        // The mother is someone else: unchanged.
        Api.read(Agencies.hubScreener(), referral).body("household[0].lastName", equalTo(surname));
        // Matching now finds him under the corrected details, and the officer's look-up too.
        given().header("Authorization", Agencies.dataProtectionOfficer()).queryParam("givenName", "Jaden")
                .queryParam("familyName", corrected).queryParam("dateOfBirth", bornCorrected).when()
                .get("/api/data-protection/referral/person-lookup").then().statusCode(200).body("candidates[0].personId", equalTo(child));
        String later = Api.submitted(Agencies.gp(), Referrals.child("Jaden", corrected).bornOn(bornCorrected)
                .onlyConcern("health", "Missed appointments", "medium").build());
        assertThat(Hub.matches(later)).anySatisfy(match -> assertThat(match.get("candidatePersonId")).isEqualTo(child));
    }
}
