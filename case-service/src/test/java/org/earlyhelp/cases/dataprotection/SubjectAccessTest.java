package org.earlyhelp.cases.dataprotection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.opening.ReferralFeed;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What case-service holds about a person, for a data protection officer answering a subject access request (decision
 * 0062): the cases of the officer's areas naming the person, what each holds about them, the rest of the family and the
 * notes about them apart; who read the cases. Nobody else may ask (the access table in the README).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class SubjectAccessTest {

    @Inject
    ReferralFeed referrals;

    private CaseFiles.Built built;

    @BeforeEach
    void aWorkedCase() {
        built = CaseFiles.worked(referrals, LocalDate.of(2015, 1, 2));
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + built.caseId() + "/notes",
                Map.of("text", "Sam " + built.marker() + " missed the appointment")).statusCode(201);
    }

    @Test
    void theOfficerGetsEveryCaseNamingThePersonWithTheRestOfTheFamilyApartAndWhoReadIt() {
        JsonPath held = given().header("Authorization", Agencies.dataProtectionOfficer())
                .when().get("/api/data-protection/case/people/" + built.family().child).then().statusCode(200)
                .body("context", equalTo("case")).body("records", hasSize(1))
                .body("records[0].recordType", equalTo("early-help-case"))
                .body("records[0].recordId", equalTo(built.caseId()))
                .body("records[0].about.person[0].familyName", equalTo("Fam" + built.marker()))
                .body("records[0].about.needs.find { it.need == 'housing' }.notes", equalTo("Rent arrears " + built.marker()))
                .body("records[0].about.actions[0].description", equalTo("Housing application " + built.marker()))
                .body("records[0].about.notes.text", hasItem("Home visit, " + built.marker()))
                .body("records[0].about.notes.text", not(hasItem("Sam " + built.marker() + " missed the appointment")))
                .body("records[0].about.reviews[0].summary", equalTo("Good engagement " + built.marker()))
                .body("records[0].about.reviews[0].attendees", hasSize(0))
                .body("records[0].about.history.action", hasItem("opened"))
                .body("records[0].about.team.agency", hasItem(Agencies.CHARITY))
                .body("accessLog.action", hasItem("read"))
                .extract().jsonPath();
        List<Map<String, Object>> thirdParties = held.getList("records[0].thirdParties");
        assertThat(thirdParties).extracting(party -> party.get("description"))
                .contains("family member: mother", "case note naming them", "attended the review of " + LocalDate.now());
        assertThat(held.getString("records[0].thirdParties.find { it.description == 'family member: mother' }.data.familyName"))
                .isEqualTo("Par" + built.marker());
        assertThat(held.getString("records[0].thirdParties.find { it.description == 'case note naming them' }.personId"))
                .isEqualTo(built.family().parent.toString());

        // The mother asks too: the child is the third party now, the note naming her is hers.
        given().header("Authorization", Agencies.dataProtectionOfficer())
                .when().get("/api/data-protection/case/people/" + built.family().parent).then().statusCode(200)
                .body("records[0].about.person[0].familyName", equalTo("Par" + built.marker()))
                .body("records[0].about.notes.text", hasItem("Sam " + built.marker() + " missed the appointment"))
                .body("records[0].thirdParties.data.familyName", hasItem("Fam" + built.marker()));
    }

    /** The README's access table for {@code GET /api/data-protection/case/people/{personId}}, row by row. */
    @Test
    void onlyAnOfficerOfTheCasesAreaGetsItsRecords() {
        record Row(String who, String bearer, int status, int records) {
        }
        List<Row> table = List.of(
                new Row("data protection officer of the case's area", Agencies.dataProtectionOfficer(), 200, 1),
                new Row("data protection officer of another area", Agencies.westbrookDataProtectionOfficer(), 200, 0),
                new Row("auditor without the officer's role", Agencies.auditor(), 403, 0),
                new Row("hub worker (screener of the case's area)", Agencies.hubScreener(), 403, 0),
                new Row("practitioner of the lead agency", Agencies.healthVisitorLead(), 403, 0),
                new Row("partner system of a team member", Agencies.charitySystem(), 403, 0));
        for (Row row : table) {
            var response = given().header("Authorization", row.bearer())
                    .when().get("/api/data-protection/case/people/" + built.family().child).then()
                    .statusCode(row.status());
            if (row.status() == 200) {
                assertThat(response.extract().jsonPath().getList("records")).as(row.who()).hasSize(row.records());
            } else {
                response.contentType("application/problem+json");
            }
            given().header("Authorization", row.bearer())
                    .when().get("/api/data-protection/case/people/" + built.family().child + "/erasure").then()
                    .statusCode(row.status());
        }
    }
}
