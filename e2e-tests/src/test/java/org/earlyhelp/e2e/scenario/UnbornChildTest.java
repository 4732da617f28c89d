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
import org.earlyhelp.e2e.Cases;
import org.earlyhelp.e2e.Consents;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Eventually;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.Referrals;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * DOMAIN.md scenario 1, "Unborn child": a police officer refers a young couple expecting a baby,
 * both from homes with domestic abuse. The hub sees no earlier contact and accepts the referral for
 * early help; a case opens with the health visiting service as lead; with the parents' consent a
 * parenting charity and the DWP join the team; a plan is made, reviewed, and the case closes with
 * {@code needs-met}. At each step, what each agency can and cannot see.
 */
@EndToEnd
class UnbornChildTest {

    private static final String TEAM = "team-around-family";
    /** What a member of the team around the family sees of each family member (case-service asks for these). */
    /** The parents agree the team sees who they are, the concerns and the case notes (decision 0057). */
    private static final Set<String> AGREED = Set.of("identity", "contact", "concerns", "case-notes");

    @Test
    void aCaseLedByHealthVisitingClosesWithNeedsMetAndEachAgencySeesOnlyItsPart() {
        Referrals.Submitted referral = Referrals.unborn("Carter", LocalDate.now().plusMonths(4), "EM2 7QT")
                .member("Chloe", "Carter", LocalDate.now().minusYears(19).minusMonths(2), "mother")
                .member("Liam", "Doyle", LocalDate.now().minusYears(20).minusMonths(7), "father")
                .concern("early-years", "First baby; both parents grew up in homes with domestic abuse", "medium")
                .concern("domestic-abuse", "Police attended an argument at the address last month; no offence recorded", "high")
                .helpRequested("Support for the couple before the birth: parenting, relationships, money")
                .submitBy(Login.PC_HUGHES);
        UUID baby = referral.childPersonId();

        Gateway.as(Login.PC_HUGHES).when().get("/api/referrals/{id}", referral.id())
                .then().statusCode(200).body("children[0].unborn", equalTo(true)).body("status", equalTo("submitted"));
        noReferralVisibleTo(Login.DWP_AHMED, referral);
        noReferralVisibleTo(Login.WORKER_LEE, referral);
        noReferralVisibleTo(Login.HV_MORGAN, referral);

        // The hub: no earlier contact with this family; accepted for early help, health visiting leads.
        assertThat(Hub.matches(referral).getList("items")).as("known to services").isEmpty();
        Hub.accept(referral, Agency.HEALTH_VISITING);
        Gateway.as(Login.HV_MORGAN).when().get("/api/referrals/{id}", referral.id())
                .then().statusCode(200).body("status", equalTo("accepted"))
                .body("leadAgency", equalTo(Agency.HEALTH_VISITING.code()));
        noReferralVisibleTo(Login.DWP_AHMED, referral);

        // case-service opens the case from the accepted referral; the health visitor takes it.
        UUID caseId = Cases.openedFor(referral.id(), Login.HV_MORGAN);
        Cases.takeLead(Login.HV_MORGAN, caseId);
        Cases.read(Login.HV_MORGAN, caseId).then().statusCode(200)
                .body("leadAgency", equalTo(Agency.HEALTH_VISITING.code()))
                .body("family.personId", hasItems(referral.personIds().stream().map(UUID::toString).toArray(String[]::new)))
                .body("needs.need", hasItems("early-years", "domestic-abuse"));
        for (Login outsider : List.of(Login.DWP_AHMED, Login.WORKER_LEE, Login.PC_HUGHES, Login.BRIGHTSTART_SYSTEM)) {
            Cases.read(outsider, caseId).then().statusCode(404);
        }

        // Before the parents agree, the DWP may not join: nothing is shared and nobody is added. (Their consent so far covers
        // only health visiting's early help assessment, given before the referral was accepted.)
        Consents.ask(Login.HV_MORGAN, baby, Agency.DWP, TEAM, Set.of("identity"))
                .then().statusCode(201).body("outcome", equalTo("deny")).body("reasons", hasItem("purpose-not-covered"));
        Gateway.as(Login.HV_MORGAN).body(Map.of("agency", Agency.DWP.code(), "role", "work coach"))
                .when().post("/api/cases/{id}/members", caseId)
                .then().statusCode(409).body("refusals.personId", hasItem(baby.toString()));
        Cases.read(Login.DWP_AHMED, caseId).then().statusCode(404);
        consentRecordsAboutTheBaby(Login.DWP_AHMED, baby).then().statusCode(200).body("total", equalTo(0));

        // The parents agree to the charity and the DWP working with them, for who they are, how to reach them,
        // the worries and the case notes; nothing more (no health or police information).
        UUID babyConsent = null;
        for (UUID person : referral.personIds()) {
            Consents.Recorded consent = Consents.about(person, "a member of the Carter family")
                    .permit(TEAM, Set.of(Agency.BRIGHTSTART.code(), Agency.DWP.code()), AGREED)
                    .recordBy(Login.HV_MORGAN);
            if (person.equals(baby)) {
                babyConsent = consent.id();
            }
        }
        Consents.ask(Login.HV_MORGAN, baby, Agency.DWP, TEAM, AGREED)
                .then().statusCode(201).body("outcome", equalTo("permit")).body("reasons", equalTo(List.of("consent-permits")))
                .body("basis.consentId", equalTo(babyConsent.toString())).body("basis.consentVersion", equalTo(1));
        Consents.ask(Login.HV_MORGAN, baby, Agency.DWP, TEAM, Set.of("police-information"))
                .then().statusCode(201).body("outcome", equalTo("deny")).body("reasons", hasItem("categories-not-covered"));

        Cases.addToTeam(Login.HV_MORGAN, caseId, Agency.BRIGHTSTART, "parenting support");
        Cases.addToTeam(Login.HV_MORGAN, caseId, Agency.DWP, "work coach");
        for (Login member : List.of(Login.DWP_AHMED, Login.WORKER_LEE, Login.BRIGHTSTART_SYSTEM)) {
            Cases.read(member, caseId).then().statusCode(200)
                    .body("team.agency", hasItems(Agency.BRIGHTSTART.code(), Agency.DWP.code()))
                    .body("family.personId", hasItem(baby.toString()));
        }
        noReferralVisibleTo(Login.DWP_AHMED, referral);
        Cases.read(Login.PC_HUGHES, caseId).then().statusCode(404);
        // On the team, the DWP works with the family: it reads the consent it works under (consent-service
        // learns of the new member from case-service's feed).
        UUID dwpReads = babyConsent;
        Eventually.assertThat(() -> consentRecordsAboutTheBaby(Login.DWP_AHMED, baby).then().statusCode(200)
                .body("items.id", hasItem(dwpReads.toString())));

        // A plan, each action owned by an agency on the team; notes, one of them for the DWP's eyes only.
        UUID parenting = Cases.planAction(Login.HV_MORGAN, caseId, "Bump to Baby group before the birth", Agency.BRIGHTSTART,
                LocalDate.now().plusWeeks(8));
        UUID money = Cases.planAction(Login.HV_MORGAN, caseId, "Benefits and budgeting check for the couple", Agency.DWP,
                LocalDate.now().plusWeeks(4));
        UUID shared = Cases.writeNote(Login.DWP_AHMED, caseId, "Universal Credit claim started; first appointment booked.", false);
        UUID restricted = Cases.writeNote(Login.DWP_AHMED, caseId, "Father has an open fraud referral (DWP only).", true);
        assertThat(notesAs(Login.WORKER_LEE, caseId)).contains(shared.toString()).doesNotContain(restricted.toString());
        assertThat(notesAs(Login.HV_MORGAN, caseId)).contains(shared.toString()).doesNotContain(restricted.toString());
        assertThat(notesAs(Login.DWP_AHMED, caseId)).contains(shared.toString(), restricted.toString());
        Gateway.as(Login.WORKER_LEE).header("If-Match", Cases.etag(Login.WORKER_LEE, caseId)).body(Map.of("status", "done"))
                .when().post("/api/cases/{id}/actions/{action}/status", caseId, money).then().statusCode(403);

        // Review, the work done, and closure with the needs met.
        Gateway.as(Login.HV_MORGAN)
                .body(Map.of("heldOn", LocalDate.now().toString(), "nextReviewDue", LocalDate.now().plusWeeks(6).toString(),
                        "attendees", List.of(Map.of("name", "Chloe Carter"), Map.of("name", "Liam Doyle"),
                                Map.of("name", "Health visitor", "agency", Agency.HEALTH_VISITING.code()),
                                Map.of("name", "Family worker", "agency", Agency.BRIGHTSTART.code()),
                                Map.of("name", "Work coach", "agency", Agency.DWP.code())),
                        "progress", List.of(Map.of("need", "early-years", "progress", "improved"),
                                Map.of("need", "domestic-abuse", "progress", "improved")),
                        "summary", "Both parents attending the group; no further incidents."))
                .when().post("/api/cases/{id}/reviews", caseId).then().statusCode(201);
        Cases.moveAction(Login.WORKER_LEE, caseId, parenting, "done");
        Cases.moveAction(Login.DWP_AHMED, caseId, money, "done");
        Gateway.as(Login.HV_MORGAN).header("If-Match", Cases.etag(Login.HV_MORGAN, caseId))
                .body(Map.of("reason", "Baby born well; parents confident and managing their money",
                        "outcomes", List.of(Map.of("need", "early-years", "outcome", "needs-met"),
                                Map.of("need", "domestic-abuse", "outcome", "needs-met"))))
                .when().post("/api/cases/{id}/close", caseId)
                .then().statusCode(200).body("status", equalTo("closed")).body("outcome", equalTo("needs-met"));

        // referral-service learns the outcome from case-service's feed; the referring officer sees it.
        Eventually.assertThat(() -> Gateway.as(Login.PC_HUGHES).when().get("/api/referrals/{id}", referral.id())
                .then().statusCode(200).body("caseOutcome", equalTo("needs-met")));
        noReferralVisibleTo(Login.DWP_AHMED, referral);
    }

    private static List<String> notesAs(Login reader, UUID caseId) {
        return Gateway.as(reader).queryParam("size", 100).when().get("/api/cases/{id}/notes", caseId).then().statusCode(200)
                .extract().path("items.id");
    }

    private static Response consentRecordsAboutTheBaby(Login reader, UUID baby) {
        return Gateway.as(reader).queryParam("person", baby).when().get("/api/consents");
    }

    /** The caller's agency cannot read the referral and does not find it in its list. */
    private static void noReferralVisibleTo(Login agency, Referrals.Submitted referral) {
        Gateway.as(agency).when().get("/api/referrals/{id}", referral.id()).then().statusCode(404);
        Gateway.as(agency).queryParam("size", 100).when().get("/api/referrals")
                .then().statusCode(200).body("items.id", not(hasItem(referral.id().toString())));
    }
}
