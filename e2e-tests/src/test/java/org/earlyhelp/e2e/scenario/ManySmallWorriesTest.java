package org.earlyhelp.e2e.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Eventually;
import org.earlyhelp.e2e.Feeds;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * DOMAIN.md scenario 2, "Many small worries": a school (attendance), the police (a missing
 * episode) and a GP (parental mental health) each refer the same 13-year-old within weeks, spelling
 * the name a little differently. Each agency sees only its own referral; the hub sees one child,
 * three agencies, and a cumulative-concern alert.
 */
@EndToEnd
class ManySmallWorriesTest {

    private static final People.Person JAYDEN = new People.Person("Jayden", "Whitfield",
            LocalDate.now().minusYears(13).minusMonths(5), "EM3 2QL");

    @Test
    void theHubSeesOneChildThreeAgenciesAndAnAlert() {
        Referrals.Submitted school = Referrals.aboutChild(JAYDEN)
                .concern("education", "Attendance 78% this term; often late after weekends", "medium")
                .submitBy(Login.TEACHER_EVANS);
        Referrals.Submitted police = Referrals.aboutChild(JAYDEN.spelt("Jaden", "Whitfield"))
                .concern("abuse-exploitation", "Reported missing overnight; found in Westbrook with older youths", "high")
                .submitBy(Login.PC_HUGHES);
        Referrals.Submitted surgery = Referrals.aboutChild(JAYDEN.spelt("Jayden", "Whitfeld"))
                .member("Donna", "Whitfield", LocalDate.now().minusYears(38), "mother")
                .concern("health", "Mother's depression has worsened; Jayden is caring for younger siblings", "medium")
                .submitBy(Login.DR_SINGH);

        // Each agency sees its own worry and nobody else's.
        for (Login referrer : List.of(Login.TEACHER_EVANS, Login.PC_HUGHES, Login.DR_SINGH)) {
            for (Referrals.Submitted referral : List.of(school, police, surgery)) {
                boolean own = (referrer == Login.TEACHER_EVANS && referral == school)
                        || (referrer == Login.PC_HUGHES && referral == police) || (referrer == Login.DR_SINGH && referral == surgery);
                Gateway.as(referrer).when().get("/api/referrals/{id}", referral.id()).then().statusCode(own ? 200 : 404);
            }
            Gateway.as(referrer).when().get("/api/alerts").then().statusCode(403);
        }

        // The hub sees who the police's and the GP's child may be, with reasons, and confirms it is Jayden.
        JsonPath policeMatches = Hub.matches(police);
        assertThat(policeMatches.getList("items.candidatePersonId")).containsExactly(school.childPersonId().toString());
        assertThat(policeMatches.getInt("total")).isEqualTo(1);
        assertThat(policeMatches.getString("items[0].candidateName")).isEqualTo("Jayden Whitfield");
        assertThat(policeMatches.getDouble("items[0].score")).isGreaterThanOrEqualTo(0.5);
        assertThat(policeMatches.getList("items[0].reasons")).isNotEmpty();
        Hub.confirmSameChild(police, school.childPersonId());
        Hub.confirmSameChild(surgery, school.childPersonId());

        // One child across three referrals from three agencies.
        for (Referrals.Submitted referral : List.of(school, police, surgery)) {
            Gateway.as(Login.HUB_PATEL).when().get("/api/referrals/{id}", referral.id())
                    .then().statusCode(200).body("children[0].personId", equalTo(school.childPersonId().toString()));
        }
        Map<String, Object> alert = alertAbout(school.childPersonId());
        assertThat(alert).containsEntry("status", "open").containsEntry("referralCount", 3).containsEntry("area", "eastmere");
        assertThat(alert.get("agencies")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("eastmere-academy", "northshire-police", "eastmere-surgery");

        // The hub is told on its event feed; the school is not.
        String alertId = (String) alert.get("id");
        Eventually.assertThat(() -> assertThat(Feeds.about(Login.HUB_PATEL, "referral", "referral.concern-alert", alertId))
                .isNotEmpty());
        assertThat(Feeds.about(Login.TEACHER_EVANS, "referral", "referral.concern-alert", alertId)).isEmpty();
    }

    private static Map<String, Object> alertAbout(UUID child) {
        List<Map<String, Object>> alerts = Gateway.as(Login.HUB_PATEL).queryParam("size", 100).queryParam("status", "open")
                .when().get("/api/alerts").then().statusCode(200).extract().jsonPath().getList("items");
        return alerts.stream().filter(alert -> child.toString().equals(alert.get("personId"))).findFirst()
                .orElseThrow(() -> new AssertionError("No open alert about " + child + " in " + alerts));
    }
}
