package org.earlyhelp.e2e.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Auditor;
import org.earlyhelp.e2e.Consents;
import org.earlyhelp.e2e.Directory;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Eventually;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * DOMAIN.md scenario 3, "No consent, real risk": a mother refuses consent to share with the drug
 * and alcohol service, so the hub's onward referral waits with nothing shared. A later referral
 * shows a risk of significant harm; the hub records a lawful basis without consent, the share is
 * permitted and made, and the decision and its reasons are in consent-service's audit trail.
 */
@EndToEnd
class NoConsentRealRiskTest {

    private static final Set<String> SHARED = Set.of("identity", "contact", "concerns");
    private static final People.Person MIA = new People.Person("Mia", "Brennan", LocalDate.now().minusMonths(7), "EM5 8RD");
    private static final LocalDate MOTHER_BORN = LocalDate.now().minusYears(24).minusMonths(3);

    @Test
    void theHubSharesWithoutConsentOnARecordedLawfulBasisAndTheTrailShowsWhy() {
        // A health visitor refers; the mother agrees to early help but refuses any share with the drug service.
        Referrals.Submitted first = Referrals.aboutChild(MIA)
                .member("Kayleigh", "Brennan", MOTHER_BORN, "mother")
                .concern("substance-use", "Mother drinking heavily in the evenings; baby's weight gain has slowed", "high")
                .concern("health", "Missed two developmental checks", "medium")
                .submitBy(Login.HV_MORGAN);
        UUID baby = first.childPersonId();
        UUID mother = first.householdPersonIds().get(0);
        for (UUID person : List.of(baby, mother)) {
            Consents.about(person, person.equals(baby) ? "Mia Brennan" : "Kayleigh Brennan").givenByThemselves()
                    .refused().deny("onward-referral", Set.of(Agency.RECOVERY.code()), Consents.ALL_CATEGORIES)
                    .recordBy(Login.HV_MORGAN);
        }

        // The hub signposts to Northshire Recovery: nothing is shared, and the service cannot see it.
        UUID onward = Hub.signpost(first, Directory.of(Agency.RECOVERY).serviceId());
        Gateway.as(Login.HUB_PATEL).when().get("/api/onward-referrals/{id}", onward)
                .then().statusCode(200).body("status", equalTo("awaiting-consent")).body("consentReasons", hasItem("consent-refused"));
        Gateway.as(Login.RECOVERY_COLE).when().get("/api/onward-referrals/{id}", onward).then().statusCode(404);
        Gateway.as(Login.RECOVERY_COLE).queryParam("size", 100).when().get("/api/onward-referrals")
                .then().statusCode(200).body("items.id", not(hasItem(onward.toString())));
        Response refused = Consents.ask(Login.HUB_PATEL, mother, Agency.RECOVERY, "onward-referral", SHARED);
        refused.then().statusCode(201).body("outcome", equalTo("deny")).body("reasons", hasItem("consent-refused"));

        // A police referral about the same family shows a risk of significant harm: straight to the escalation queue.
        Referrals.Submitted risk = Referrals.aboutChild(MIA)
                .member("Kayleigh", "Brennan", MOTHER_BORN, "mother")
                .concern("abuse-exploitation", "Officers found the mother unconscious from drink, alone with the baby", "significant-harm")
                .urgency("immediate-risk")
                .submitBy(Login.PC_HUGHES);
        List<Map<String, Object>> queue = Gateway.as(Login.HUB_PATEL).queryParam("size", 100).when().get("/api/triage-queue")
                .then().statusCode(200).extract().jsonPath().getList("items");
        int position = positionOf(queue, risk.id());
        assertThat(queue.get(position)).containsEntry("queue", "escalation").containsEntry("flaggedUrgent", true);
        assertThat(queue.subList(0, position)).as("only immediate risks come before it")
                .allSatisfy(item -> assertThat(item).containsEntry("queue", "escalation"));
        Hub.confirmSameChild(risk, baby);

        // The hub records why it shares without consent, for both of them.
        String justification = "Police found the mother unconscious from drink caring for a 7-month-old alone; "
                + "the drug service must engage now. Her refusal cannot outweigh the risk of significant harm to the baby.";
        UUID basisForMother = Consents.recordLawfulBasis(Login.HUB_PATEL, mother, "risk-of-significant-harm", justification,
                Agency.RECOVERY, "onward-referral", SHARED);
        Consents.recordLawfulBasis(Login.HUB_PATEL, baby, "risk-of-significant-harm", justification, Agency.RECOVERY,
                "onward-referral", SHARED);

        Response permitted = Consents.ask(Login.HUB_PATEL, mother, Agency.RECOVERY, "onward-referral", SHARED);
        permitted.then().statusCode(201).body("outcome", equalTo("permit")).body("reasons", equalTo(List.of("lawful-basis")))
                .body("basis.lawfulBasisId", equalTo(basisForMother.toString()))
                .body("basis.lawfulBasisKind", equalTo("risk-of-significant-harm"));

        // The waiting onward referral is asked about again by itself (referral-service follows consent-service's feed)
        // and sent, with no hub action; the drug service now sees the family.
        Eventually.assertThat(() -> Gateway.as(Login.RECOVERY_COLE).when().get("/api/onward-referrals/{id}", onward)
                .then().statusCode(200).body("status", equalTo("sent")));
        Gateway.as(Login.RECOVERY_COLE).when().get("/api/onward-referrals/{id}", onward)
                .then().statusCode(200)
                .body("shared.people.personId", hasItems(baby.toString(), mother.toString()))
                .body("shared.concerns.category", hasItem("substance-use"));
        Gateway.as(Login.RECOVERY_COLE).when().get("/api/referrals/{id}", first.id()).then().statusCode(404);

        // The decisions and their reasons are in the audit trail, the refusal as well as the permit.
        Eventually.assertThat(() -> {
            List<Map<String, Object>> trail = Auditor.events("consent", Map.of("person", mother));
            assertThat(trail).anySatisfy(event -> {
                assertThat(event).containsEntry("action", "deny").containsEntry("resourceType", "sharing-decision")
                        .containsEntry("resourceId", refused.path("id"));
                assertThat((String) event.get("purpose")).contains("recipient=northshire-recovery", "reasons=consent-refused");
            });
            assertThat(trail).anySatisfy(event -> {
                assertThat(event).containsEntry("action", "permit").containsEntry("resourceId", permitted.path("id"))
                        .containsEntry("username", "hub.patel");
                assertThat((String) event.get("purpose")).contains("basis=lawful-basis:risk-of-significant-harm:" + basisForMother,
                        "reasons=lawful-basis");
            });
            assertThat(trail).anySatisfy(event -> assertThat(event).containsEntry("action", "create")
                    .containsEntry("resourceType", "lawful-basis").containsEntry("resourceId", basisForMother.toString()));
        });
        Gateway.as(Login.AUDITOR_DPO).when().get("/api/lawful-bases/{id}", basisForMother)
                .then().statusCode(200).body("justification", equalTo(justification)).body("decidedBy.name", equalTo("Jo Patel"));
    }

    private static int positionOf(List<Map<String, Object>> queue, UUID referral) {
        for (int i = 0; i < queue.size(); i++) {
            if (referral.toString().equals(queue.get(i).get("id"))) {
                return i;
            }
        }
        throw new AssertionError("Referral " + referral + " is not in the triage queue " + queue);
    }
}
