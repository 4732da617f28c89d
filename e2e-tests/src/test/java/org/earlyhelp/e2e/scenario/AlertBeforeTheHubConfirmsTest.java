package org.earlyhelp.e2e.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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

/**
 * Issue 27 point 2: a school, the police and a GP refer one child, each spelling the surname a little differently and
 * none giving an id that would match exactly. The hub has confirmed nothing, yet it sees a cumulative-concern alert,
 * marked unconfirmed with the strong matches it rests on (decision 0054).
 */
@EndToEnd
class AlertBeforeTheHubConfirmsTest {

    @Test
    void threeAgenciesReferOneChildAndTheHubSeesAnUnconfirmedAlertWithNoHubAction() {
        People.Person child = People.child();
        String surname = child.lastName();
        Referrals.Submitted school = Referrals.aboutChild(child)
                .concern("education", "Attendance 81% this term; tired in lessons", "medium").submitBy(Login.TEACHER_EVANS);
        Referrals.Submitted police = Referrals.aboutChild(child.spelt(child.firstName(), surname + "e"))
                .concern("abuse-exploitation", "Found in town after midnight with older youths", "high").submitBy(Login.PC_HUGHES);
        Referrals.Submitted surgery = Referrals.aboutChild(child.spelt(child.firstName(), surname.substring(0, surname.length() - 1)))
                .concern("health", "Missed two appointments; mother unwell", "medium").submitBy(Login.DR_SINGH);

        Map<String, Object> alert = Eventually.get(() -> alertAbout(school.childPersonId().toString()), found -> found != null);
        assertThat(alert).containsEntry("status", "open").containsEntry("unconfirmed", true).containsEntry("referralCount", 3)
                .containsEntry("area", "eastmere");
        assertThat(alert.get("agencies")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("eastmere-academy", "northshire-police", "eastmere-surgery");
        List<Map<String, Object>> links = candidateLinks(alert);
        assertThat(links).extracting(link -> link.get("referralId"))
                .contains(police.id().toString(), surgery.id().toString());
        assertThat(links).allSatisfy(link -> assertThat(((Number) link.get("score")).doubleValue()).isGreaterThanOrEqualTo(0.7));
        // Every link is one the hub can still decide: a pending strong match on that referral.
        for (Map<String, Object> link : links) {
            Referrals.Submitted on = police.id().toString().equals(link.get("referralId")) ? police : surgery;
            List<Map<String, Object>> matches = Hub.matches(on).getList("items");
            assertThat(matches).anySatisfy(match -> assertThat(match).containsEntry("id", link.get("matchId"))
                    .containsEntry("status", "suggested").containsEntry("strong", true));
        }

        // The hub of the area is told on its feed; the referrers neither see the alert nor its event.
        String alertId = (String) alert.get("id");
        Eventually.assertThat(() -> assertThat(Feeds.about(Login.HUB_PATEL, "referral", "referral.concern-alert", alertId))
                .isNotEmpty());
        for (Login referrer : List.of(Login.TEACHER_EVANS, Login.PC_HUGHES, Login.DR_SINGH)) {
            Gateway.as(referrer).when().get("/api/alerts").then().statusCode(403);
            assertThat(Feeds.about(referrer, "referral", "referral.concern-alert", alertId)).isEmpty();
        }
    }

    private static Map<String, Object> alertAbout(String personId) {
        List<Map<String, Object>> alerts = Gateway.as(Login.HUB_PATEL).queryParam("size", 100).queryParam("status", "open")
                .when().get("/api/alerts").then().statusCode(200).extract().jsonPath().getList("items");
        return alerts.stream().filter(alert -> personId.equals(alert.get("personId"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> candidateLinks(Map<String, Object> alert) {
        return (List<Map<String, Object>>) alert.get("candidateLinks");
    }
}
