package org.earlyhelp.e2e.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Cases;
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
 * One family, one case (issue 27 point 7): the school's referral opens a case led by health visiting; weeks later the
 * police refer the same child. The hub, having confirmed it is the same child, is told the child has an open case and
 * who leads it, and joins it: one case, two referrals, the concerns of both, the new household member on it, and the
 * lead told in the case's history and on its feed.
 */
@EndToEnd
class OneFamilyOneCaseTest {

    @Test
    void aSecondAcceptedReferralAboutTheSameChildJoinsTheOpenCase() {
        People.Person child = People.child();
        Referrals.Submitted school = Referrals.aboutChild(child)
                .member("Donna", child.lastName(), LocalDate.now().minusYears(36), "mother")
                .onlyConcern("education", "Attendance 78% this term", "medium")
                .submitBy(Login.TEACHER_EVANS);
        Hub.accept(school, Agency.HEALTH_VISITING);
        UUID caseId = Cases.openedFor(school.id(), Login.HV_MORGAN);
        // Opening carried every household member's name, date of birth and relationship.
        Cases.read(Login.HV_MORGAN, caseId).then().statusCode(200)
                .body("family.find { it.relationship == 'mother' }.givenName", equalTo("Donna"));

        Referrals.Submitted police = Referrals.aboutChild(child)
                .member("Ray", "Koval", LocalDate.now().minusYears(40), "mother's partner")
                .onlyConcern("domestic-abuse", "Police called to the address twice this month", "high")
                .submitBy(Login.PC_HUGHES);
        Hub.startTriage(police);
        Hub.confirmSameChild(police, school.childPersonId());
        Hub.consentToLead(police, Agency.HEALTH_VISITING);

        // referral-service learns of the case from case-service's feed: the hub then sees it on the referral.
        JsonPath seen = Eventually.get(() -> Gateway.as(Login.HUB_PATEL).when().get("/api/referrals/{id}", police.id())
                .then().statusCode(200).extract().jsonPath(), view -> view.getList("openCases") != null
                && !view.getList("openCases").isEmpty());
        assertThat(seen.getString("openCases[0].caseId")).isEqualTo(caseId.toString());
        assertThat(seen.getString("openCases[0].leadAgency")).isEqualTo(Agency.HEALTH_VISITING.code());

        // Accepting as if there were no case is refused, naming the case; the referral stays in triage.
        Referrals.Submitted inTriage = police.at(Gateway.as(Login.HUB_PATEL).when().get("/api/referrals/{id}", police.id())
                .header("ETag"));
        Hub.acceptInTriage(inTriage, Agency.HEALTH_VISITING).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("open-case")).body("openCases[0].caseId", equalTo(caseId.toString()));

        Gateway.as(Login.HUB_PATEL).header("If-Match", inTriage.etag())
                .body(Map.of("leadAgency", Agency.HEALTH_VISITING.code(), "reason", "Same child as the open case",
                        "joinCaseId", caseId.toString()))
                .when().post("/api/referrals/{id}/accept", police.id())
                .then().statusCode(200).body("status", equalTo("accepted"));

        // One case, two referrals, the concerns of both, the partner on it; the lead is told.
        Eventually.assertThat(() -> Cases.read(Login.HV_MORGAN, caseId).then().statusCode(200)
                .body("referralIds", containsInAnyOrder(school.id().toString(), police.id().toString())));
        Cases.read(Login.HV_MORGAN, caseId).then()
                .body("needs.need", hasItem("education")).body("needs.need", hasItem("domestic-abuse"))
                .body("family.find { it.relationship == \"mother's partner\" }.givenName", equalTo("Ray"));
        Gateway.as(Login.HV_MORGAN).queryParam("size", 100).when().get("/api/cases/{id}/history", caseId)
                .then().statusCode(200).body("items.action", hasItem("referral-joined"));
        List<Map<String, Object>> told = Feeds.about(Login.HV_MORGAN, "case", "case.referral-joined", caseId.toString());
        assertThat(told).hasSize(1);
        assertThat(Cases.openedFor(police.id(), Login.HV_MORGAN)).isEqualTo(caseId);
    }
}
