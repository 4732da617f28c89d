package org.earlyhelp.e2e.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Cases;
import org.earlyhelp.e2e.Consents;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.Referrals;
import org.junit.jupiter.api.Test;

/**
 * The team around the family sees what the family's consent covered (decision 0057): the parents agree the school
 * sees education information only, so the school, on the team, reads the case without the police information in it
 * (the domestic abuse need and its assessment, the police's plan action, the chronology), while health visiting, the
 * lead, and the police, whose consent covers it, read it all.
 */
@EndToEnd
class TeamMemberSeesWhatConsentCoveredTest {

    private static final String INCIDENT = "Police attended a domestic incident at the home; father arrested";
    private static final String MARAC = "MARAC referral after the domestic incident";
    private static final String CHECK_IN = "Daily check-in at school";

    @Test
    void aSchoolWithEducationOnlyDoesNotSeePoliceInformation() {
        Referrals.Submitted referral = Hub.accept(Referrals.routine()
                .member("Jo", "Okafor", LocalDate.now().minusYears(31), "mother")
                .concern("domestic-abuse", "Police called to the home twice this month", "high")
                .submitBy(Login.PC_HUGHES), Agency.HEALTH_VISITING);
        UUID caseId = Cases.openedFor(referral.id(), Login.HV_MORGAN);

        Cases.consentToTeam(referral.personIds(), Agency.POLICE, Consents.ALL_CATEGORIES);
        Cases.joinTeam(Login.HV_MORGAN, caseId, Agency.POLICE, "neighbourhood officer").then().statusCode(201)
                .body("dataCategories", containsInAnyOrder("concerns", "police-information", "case-notes"));
        Cases.consentToTeam(referral.personIds(), Agency.ACADEMY, Set.of("identity", "contact", "education"));
        Cases.joinTeam(Login.HV_MORGAN, caseId, Agency.ACADEMY, "designated safeguarding lead").then().statusCode(201)
                .body("dataCategories", contains("education"));

        Cases.assessNeed(Login.HV_MORGAN, caseId, "domestic-abuse", "high", INCIDENT);
        Cases.planAction(Login.HV_MORGAN, caseId, MARAC, Agency.POLICE, LocalDate.now().plusWeeks(1));
        Cases.planAction(Login.HV_MORGAN, caseId, CHECK_IN, Agency.ACADEMY, LocalDate.now().plusWeeks(1));
        Cases.writeNote(Login.HV_MORGAN, caseId, INCIDENT, false);

        String asSchool = Cases.read(Login.TEACHER_EVANS, caseId).then().statusCode(200)
                .body("needs.need", contains("education")).body("plan.description", contains(CHECK_IN))
                .extract().asString();
        assertThat(asSchool).doesNotContain("domestic", "MARAC", "arrested");
        Gateway.as(Login.TEACHER_EVANS).when().get("/api/cases/{id}/notes", caseId).then().statusCode(200).body("items", empty());
        assertThat(Gateway.as(Login.TEACHER_EVANS).when().get("/api/cases/{id}/history?size=100", caseId).then().statusCode(200)
                .extract().asString()).doesNotContain("domestic-abuse");

        Cases.read(Login.HV_MORGAN, caseId).then().statusCode(200)
                .body("needs.need", containsInAnyOrder("domestic-abuse", "education"))
                .body("plan.description", containsInAnyOrder(MARAC, CHECK_IN));
        Cases.read(Login.PC_HUGHES, caseId).then().statusCode(200).body("needs.need", hasItem("domestic-abuse"))
                .body("plan.description", hasItem(MARAC));
        Gateway.as(Login.PC_HUGHES).when().get("/api/cases/{id}/notes", caseId).then().statusCode(200)
                .body("items.text", contains(INCIDENT));
    }
}
