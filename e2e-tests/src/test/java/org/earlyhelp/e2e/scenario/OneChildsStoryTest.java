package org.earlyhelp.e2e.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Auditor;
import org.earlyhelp.e2e.Cases;
import org.earlyhelp.e2e.Consents;
import org.earlyhelp.e2e.Directory;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Eventually;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Issue 29 point 3, "One child's story": a school and the police refer the same child, the hub confirms it is one child,
 * accepts the school's referral with the health visitors as lead (the family's consent recorded first) and signposts the
 * police's referral to a charity's service from the directory. {@code GET /api/people/{id}/chronology} then tells the
 * hub the whole story from all four contexts (referral, case, consent, and the directory service the onward referral
 * went to), oldest first; the lead agency its own part without the hub's matches; and nobody else anything: the police
 * (who referred but do not lead), a team member and a lead of another family's case, and the auditor get 404. Every read
 * and refusal is in consent-service's audit trail with the stated purpose.
 */
@EndToEnd
class OneChildsStoryTest {

    private static final String PURPOSE = "Preparing the team around the family meeting";

    private static UUID child;
    private static UUID schoolReferral;
    private static UUID policeReferral;
    private static UUID caseId;
    private static UUID onwardReferral;

    @BeforeAll
    static void aFamilyKnownToFourContexts() {
        People.Person person = People.child();
        Referrals.Submitted school = Referrals.about(person)
                .onlyConcern("education", "Attendance below 80% since January; often hungry at school", "medium")
                .submitBy(Login.TEACHER_EVANS);
        Referrals.Submitted police = Referrals.about(person)
                .onlyConcern("domestic-abuse", "Attended a domestic incident at the home; children present", "high")
                .submitBy(Login.PC_HUGHES);
        child = school.childPersonId();
        schoolReferral = school.id();
        policeReferral = police.id();
        Hub.confirmSameChild(police, child);
        Hub.accept(school, Agency.HEALTH_VISITING);
        caseId = Cases.openedFor(school.id(), Login.HV_MORGAN);
        Consents.about(child, "the child").permit("onward-referral", Set.of(Agency.BRIGHTSTART.code()),
                Set.of("identity", "contact", "concerns")).recordBy(Login.HUB_PATEL);
        onwardReferral = Hub.signpost(police, Directory.of(Agency.BRIGHTSTART).serviceId());

        Referrals.Submitted anotherFamily = Referrals.routine().submitBy(Login.DWP_AHMED);
        Hub.accept(anotherFamily, Agency.BRIGHTSTART);
        UUID anotherCase = Cases.openedFor(anotherFamily.id(), Login.WORKER_LEE);
        Cases.consentToTeam(anotherFamily.personIds(), Agency.RECOVERY);
        Cases.addToTeam(Login.WORKER_LEE, anotherCase, Agency.RECOVERY, "drug and alcohol support");
    }

    @Test
    void theHubOfTheAreaReadsTheWholeStoryInTimeOrder() {
        List<Map<String, Object>> entries = Eventually.get(() -> story(Login.HUB_PATEL),
                story -> contexts(story).containsAll(Set.of("referral", "case", "consent"))
                        && recordTypes(story).contains("onward-referral"));

        assertThat(entries).extracting(entry -> Instant.parse((String) entry.get("at")))
                .as("oldest first").isSorted();
        assertThat(entries).as("both referrals, under the one child")
                .anySatisfy(entry -> assertThat(entry).containsEntry("kind", "referral.submitted")
                        .containsEntry("recordId", schoolReferral.toString()).containsEntry("agency", "eastmere-academy"))
                .anySatisfy(entry -> assertThat(entry).containsEntry("kind", "referral.submitted")
                        .containsEntry("recordId", policeReferral.toString()).containsEntry("agency", "northshire-police"));
        assertThat(entries).as("the police's concern, as the hub may read it")
                .anySatisfy(entry -> assertThat(String.valueOf(entry.get("details"))).contains("Attended a domestic incident"));
        assertThat(entries).as("the case, from case-service")
                .anySatisfy(entry -> assertThat(entry).containsEntry("context", "case").containsEntry("recordId", caseId.toString()));
        assertThat(entries).as("the family's consents, from consent-service")
                .anySatisfy(entry -> assertThat(entry).containsEntry("context", "consent"));
        assertThat(entries).as("the onward referral to the charity's directory service")
                .anySatisfy(entry -> assertThat(entry).containsEntry("recordType", "onward-referral")
                        .containsEntry("recordId", onwardReferral.toString()));
        assertThat(recordTypes(entries)).as("the hub's match of the two referrals").anyMatch(type -> type.contains("match"));
    }

    @Test
    void theLeadAgencyReadsItsPartWithoutTheHubsMatches() {
        List<Map<String, Object>> entries = Eventually.get(() -> story(Login.HV_MORGAN), story -> contexts(story).contains("case"));

        assertThat(entries).anySatisfy(entry -> assertThat(entry).containsEntry("recordId", caseId.toString()));
        assertThat(entries).anySatisfy(entry -> assertThat(entry).containsEntry("recordId", schoolReferral.toString()));
        assertThat(recordTypes(entries)).as("matches and alerts are the hub's").noneMatch(type -> type.contains("match") || type.contains("alert"));
        assertThat(entries).as("the police's referral is not the lead's to read")
                .noneSatisfy(entry -> assertThat(entry).containsEntry("recordId", policeReferral.toString()));
    }

    @Test
    void nobodyElseLearnsThatTheChildHasAStory() {
        for (Login stranger : List.of(Login.PC_HUGHES, Login.RECOVERY_COLE, Login.WORKER_LEE, Login.AUDITOR_DPO, Login.DPO_REID,
                Login.POLICE_RECORDS_SYSTEM)) {
            Gateway.as(stranger).queryParam("purpose", PURPOSE).when().get("/api/people/{id}/chronology", child)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        Gateway.as(Login.HUB_PATEL).queryParam("purpose", PURPOSE).when().get("/api/people/{id}/chronology", UUID.randomUUID())
                .then().statusCode(404);
        Gateway.as(Login.HUB_PATEL).when().get("/api/people/{id}/chronology", child)
                .then().statusCode(400).contentType("application/problem+json");
        Gateway.as(Login.HUB_PATEL).queryParam("purpose", " ").when().get("/api/people/{id}/chronology", child)
                .then().statusCode(400);

        Eventually.assertThat(() -> assertThat(Auditor.events("consent", Map.of("resourceId", child, "action", "chronology")))
                .as("every read and refusal, with its purpose")
                .anySatisfy(entry -> assertThat(entry).containsEntry("username", "recovery.cole")
                        .containsEntry("outcome", "denied").containsEntry("purpose", PURPOSE))
                .anySatisfy(entry -> assertThat(entry).containsEntry("username", "pc.hughes").containsEntry("outcome", "denied")));
    }

    @Test
    void everyReadIsAuditedWithItsPurpose() {
        story(Login.HUB_PATEL);
        Eventually.assertThat(() -> assertThat(Auditor.events("consent", Map.of("resourceId", child, "action", "chronology")))
                .anySatisfy(entry -> assertThat(entry).containsEntry("username", "hub.patel")
                        .containsEntry("outcome", "success").containsEntry("purpose", PURPOSE)));
    }

    private static List<Map<String, Object>> story(Login reader) {
        JsonPath story = Gateway.as(reader).queryParam("purpose", PURPOSE).when().get("/api/people/{id}/chronology", child)
                .then().log().ifValidationFails().statusCode(200).body("personId", equalTo(child.toString())).extract().jsonPath();
        return story.getList("entries");
    }

    private static Set<String> contexts(List<Map<String, Object>> entries) {
        return Set.copyOf(entries.stream().map(entry -> (String) entry.get("context")).toList());
    }

    private static List<String> recordTypes(List<Map<String, Object>> entries) {
        return entries.stream().map(entry -> String.valueOf(entry.get("recordType"))).toList();
    }
}
