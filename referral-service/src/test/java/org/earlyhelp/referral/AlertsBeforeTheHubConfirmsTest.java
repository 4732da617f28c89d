package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 27 point 2: three agencies' referrals about one child raise an alert before the hub has confirmed anything
 * (strong matches count), marked unconfirmed with the links it rests on; confirming them makes it confirmed, rejecting
 * them withdraws it (decision 0054).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AlertsBeforeTheHubConfirmsTest {

    /** The school's, the police's and the GP's referrals about one child, spelled a little differently; nothing decided. */
    private record ThreeReferrals(String school, String police, String gp, String child) {
    }

    private static ThreeReferrals threeAgenciesReferOneChild() {
        String family = Hub.unique();
        String born = BirthDays.of(12);
        String school = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", "Whitfield" + family).bornOn(born).build());
        String police = Api.submitted(Agencies.policeOfficer(), Referrals.child("Jaden", "Whitfeild" + family).bornOn(born)
                .onlyConcern("abuse-exploitation", "Missing overnight, found in town", "medium").build());
        String child = Hub.childOf(school);
        assertThat(Hub.alertsFor(child, null)).as("two referrals are not yet a pattern").isEmpty();
        String gp = Api.submitted(Agencies.gp(), Referrals.child("Jayden", "Whitfield" + family).bornOn(born)
                .onlyConcern("health", "Missed appointments", "medium").build());
        return new ThreeReferrals(school, police, gp, child);
    }

    @Test
    void threeAgenciesReferOneChildAndTheHubSeesAnUnconfirmedAlertWithNoHubAction() {
        ThreeReferrals referrals = threeAgenciesReferOneChild();

        Map<String, Object> alert = Hub.oneAlertFor(referrals.child());
        assertThat(alert.get("status")).isEqualTo("open");
        assertThat(alert.get("unconfirmed")).isEqualTo(true);
        assertThat(alert.get("referralCount")).isEqualTo(3);
        assertThat(strings(alert.get("agencies"))).containsExactlyInAnyOrder(Agencies.SCHOOL, Agencies.POLICE, Agencies.GP);
        List<Map<String, Object>> links = links(alert);
        assertThat(links).extracting(link -> link.get("matchId")).contains(
                Hub.matchId(referrals.police(), referrals.child()), Hub.matchId(referrals.gp(), referrals.child()));
        assertThat(links).allSatisfy(link -> {
            assertThat(((Number) link.get("score")).doubleValue()).isGreaterThanOrEqualTo(0.7);
            assertThat(List.of(referrals.police(), referrals.gp())).contains((String) link.get("referralId"));
        });
        assertThat(links).anySatisfy(link -> assertThat(strings(link.get("candidateReferralIds"))).containsExactly(referrals.school()));

        Map<String, Object> event = lastEventAbout((String) alert.get("id"));
        assertThat(event.get("unconfirmed")).isEqualTo(true);
        assertThat(event.get("status")).isEqualTo("open");
        assertThat(strings(event.get("referralIds"))).containsExactlyInAnyOrder(referrals.school(), referrals.police(), referrals.gp());

        // Only the hub of the area sees it.
        given().header("Authorization", Agencies.westbrookScreener()).queryParam("size", 100).when().get("/api/alerts")
                .then().statusCode(200).extract().jsonPath().getList("items.id").forEach(id -> assertThat(id).isNotEqualTo(alert.get("id")));
        given().header("Authorization", Agencies.teacher()).when().get("/api/alerts").then().statusCode(403);
    }

    @Test
    void confirmingTheLinksMakesTheAlertConfirmed() {
        ThreeReferrals referrals = threeAgenciesReferOneChild();
        String alertId = (String) Hub.oneAlertFor(referrals.child()).get("id");

        Hub.decide(referrals.police(), Hub.matchId(referrals.police(), referrals.child()), "confirm").statusCode(200);
        Map<String, Object> halfway = Hub.oneAlertFor(referrals.child());
        assertThat(halfway.get("id")).isEqualTo(alertId);
        assertThat(halfway.get("unconfirmed")).isEqualTo(true);
        assertThat(links(halfway)).extracting(link -> link.get("referralId")).containsOnly(referrals.gp());

        Hub.decide(referrals.gp(), Hub.matchId(referrals.gp(), referrals.child()), "confirm").statusCode(200);
        Map<String, Object> confirmed = Hub.oneAlertFor(referrals.child());
        assertThat(confirmed.get("id")).isEqualTo(alertId);
        assertThat(confirmed.get("unconfirmed")).isEqualTo(false);
        assertThat(links(confirmed)).isEmpty();
        assertThat(confirmed.get("referralCount")).isEqualTo(3);
        assertThat(lastEventAbout(alertId).get("unconfirmed")).isEqualTo(false);
    }

    @Test
    void rejectingTheLinksWithdrawsTheAlertThatNoLongerMeetsTheRule() {
        ThreeReferrals referrals = threeAgenciesReferOneChild();
        String alertId = (String) Hub.oneAlertFor(referrals.child()).get("id");

        // The GP's child may be the school's or the police's: each strong match alone keeps the three together.
        for (Map<String, Object> match : Hub.matches(referrals.gp())) {
            Hub.decide(referrals.gp(), (String) match.get("id"), "reject").statusCode(200);
        }

        assertThat(Hub.alertsFor(referrals.child(), null)).isEmpty();
        Map<String, Object> withdrawn = Hub.alertsFor(referrals.child(), "withdrawn").stream()
                .filter(alert -> alertId.equals(alert.get("id"))).findFirst().orElseThrow();
        assertThat((String) withdrawn.get("withdrawnReason")).contains("rejected");
        assertThat(withdrawn.get("withdrawnAt")).isNotNull();
        Map<String, Object> event = lastEventAbout(alertId);
        assertThat(event.get("status")).isEqualTo("withdrawn");
        given().header("Authorization", Agencies.hubScreener()).contentType("application/json").body(Map.of())
                .when().post("/api/alerts/" + alertId + "/acknowledge").then().statusCode(409);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> links(Map<String, Object> alert) {
        return (List<Map<String, Object>>) alert.get("candidateLinks");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastEventAbout(String alertId) {
        List<Map<String, Object>> about = Feed.events(Agencies.eventConsumer(), "referral.concern-alert").stream()
                .filter(event -> alertId.equals(event.get("subject"))).toList();
        assertThat(about).isNotEmpty();
        return (Map<String, Object>) about.get(about.size() - 1).get("data");
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }
}
