package org.earlyhelp.consent.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.earlyhelp.consent.ConsentApi.read;
import static org.earlyhelp.consent.ConsentApi.recorded;
import static org.earlyhelp.consent.ConsentApi.withdraw;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.Consents;
import org.earlyhelp.consent.Staff;
import org.earlyhelp.consent.participation.ParticipationFixture;
import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The family's names, date of birth, the consent's evidence, a withdrawal's reason and a lawful basis's justification
 * are nowhere in consent-service's database in clear, every table searched (issue 28 point 4, decision 0060), and
 * read back whole through the API.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class PersonalDataAtRestTest {

    @Inject
    ParticipationFixture participation;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void whatIdentifiesTheFamilyIsCiphertextInEveryTableAndReadsBackWhole() throws Exception {
        UUID child = UUID.randomUUID();
        participation.referralSubmitted(child, "northshire-police");
        String marker = "Zq" + UUID.randomUUID().toString().substring(0, 8);
        UUID consent = recorded(Staff.hubTriage(), Consents.parentalConsentFor(child)
                .with("personName", "Riley " + marker)
                .with("personBirthDate", "2013-11-17")
                .with("grantor", Map.of("kind", "parent-with-parental-responsibility", "name", "Sam " + marker))
                .with("evidenceReference", "Signed form " + marker));
        withdraw(Staff.hubTriage(), consent, "Mother withdrew by phone, " + marker).statusCode(200);
        String basis = given().header("Authorization", Staff.hubTriage().bearer()).contentType(ContentType.JSON)
                .body(Map.of("personId", child.toString(), "kind", "risk-of-significant-harm",
                        "justification", "Police found the baby alone, " + marker,
                        "decidedBy", Map.of("name", "Jo Patel", "role", "Early Help Hub team manager"),
                        "purposes", java.util.List.of("onward-referral"),
                        "recipientAgencies", java.util.List.of("northshire-recovery"),
                        "dataCategories", java.util.List.of("identity", "concerns")))
                .when().post("/api/lawful-bases").then().statusCode(201).extract().path("id");

        assertThat(ClearTextScan.tablesContaining(dataSource, marker)).as("tables holding the marker in clear").isEmpty();
        assertThat(ClearTextScan.tablesContaining(dataSource, "2013-11-17")).as("tables holding the date of birth").isEmpty();

        read(Staff.hubTriage(), consent).statusCode(200)
                .body("personName", equalTo("Riley " + marker))
                .body("personBirthDate", equalTo("2013-11-17"))
                .body("grantor.name", equalTo("Sam " + marker))
                .body("evidenceReference", equalTo("Signed form " + marker));
        given().header("Authorization", Staff.hubTriage().bearer()).when().get("/api/lawful-bases/" + basis)
                .then().statusCode(200).body("justification", equalTo("Police found the baby alone, " + marker));
    }
}
