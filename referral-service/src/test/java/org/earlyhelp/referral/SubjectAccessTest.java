package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 28 point 2 (decision 0062): a data protection officer asks what referral-service holds about a person in the
 * officer's areas (the referrals naming them, with other household members as third parties; matches and links;
 * alerts; onward referrals with what they shared), and finds the person by name and date of birth first. Nobody else
 * may ask; every question and refusal is audited.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SubjectAccessTest {

    /** The access table of the README's Data protection section: who may ask (200) and who is refused (403). */
    private static final Map<String, Integer> WHO_MAY_ASK = Map.of(
            "data protection officer", 200,
            "auditor without the officer's role", 403,
            "hub screener", 403,
            "practitioner", 403,
            "partner system", 403);

    private static String bearer(String who) {
        return switch (who) {
            case "data protection officer" -> Agencies.dataProtectionOfficer();
            case "auditor without the officer's role" -> Agencies.auditor();
            case "hub screener" -> Agencies.hubScreener();
            case "practitioner" -> Agencies.teacher();
            case "partner system" -> Agencies.policeSystem();
            default -> throw new IllegalArgumentException(who);
        };
    }

    private static ValidatableResponse holdings(String bearer, String personId) {
        return given().header("Authorization", bearer).when().get("/api/data-protection/referral/people/" + personId).then();
    }

    private static ValidatableResponse lookUp(String bearer, Map<String, String> query) {
        return given().header("Authorization", bearer).queryParams(query).when().get("/api/data-protection/referral/person-lookup")
                .then();
    }

    @Test
    void theOfficerGetsTheReferralsAmendmentsTheHubsQuestionsWithTheAnswersAndItsHandOver() {
        String surname = ReferralRetentionTest.marker();
        String referral = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", surname)
                .bornOn(ReferralRetentionTest.bornSomeDay()).build());
        String child = Hub.childOf(referral);
        AmendAndAskForMoreTest.amend(Agencies.teacher(), referral, Map.of("familyViews", "Mum now says " + surname + " sleeps at his nan's",
                "note", "Mum rang")).statusCode(200);
        String question = AmendAndAskForMoreTest.ask(Agencies.hubScreener(), referral, "Who else lives with Jayden?",
                java.time.LocalDate.now().plusDays(2)).statusCode(201).extract().path("id");
        AmendAndAskForMoreTest.answer(Agencies.teacher(), referral, question, "His uncle " + surname + ", since May").statusCode(200);
        Api.act(Agencies.hubScreener(), referral, "escalate", Map.of("reason", "The uncle is known to the police")).statusCode(200);

        JsonPath held = holdings(Agencies.dataProtectionOfficer(), child).statusCode(200).extract().jsonPath();
        held.setRootPath("records.find { it.recordId == '" + referral + "' }.about");
        assertThat(held.getString("amendments[0].amendment.familyViews")).isEqualTo("Mum now says " + surname + " sleeps at his nan's");
        assertThat(held.getString("amendments[0].by")).isNotBlank();
        assertThat(held.getString("questions[0].question")).isEqualTo("Who else lives with Jayden?");
        assertThat(held.getString("questions[0].answer")).isEqualTo("His uncle " + surname + ", since May");
        assertThat(held.getString("handOvers[0].hubReason")).isEqualTo("The uncle is known to the police");
        assertThat(held.getString("handOvers[0].frontDoorAgency")).isNotBlank();
    }

    @Test
    void theOfficerGetsEveryReferralMatchAndOnwardReferralAboutThePersonWithTheFamilyApartAndNobodyElseMay() {
        String surname = ReferralRetentionTest.marker();
        String born = ReferralRetentionTest.bornSomeDay();
        String referral = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", surname).bornOn(born)
                .member("Donna", surname, "1985-03-02", "mother")
                .onlyConcern("housing", "The boiler failed at " + surname + "'s", "medium").build());
        String child = Hub.childOf(referral);
        String again = Api.submitted(Agencies.policeOfficer(), Referrals.child("Jayden", surname).bornOn(born)
                .onlyConcern("crime", "Seen out late", "medium").build());
        Hub.decide(again, Hub.matchId(again, child), "confirm").statusCode(200);
        Api.act(Agencies.hubScreener(), referral, "triage", null).statusCode(200);
        StubSharingGate.permit(child, Agencies.CHARITY, "identity", "concerns");
        Api.act(Agencies.hubScreener(), referral, "signpost", Map.of("reason", "A course fits",
                "services", List.of(Map.of("serviceId", StubServiceDirectory.PARENTING_COURSE.toString(), "note", "Mornings"))))
                .statusCode(200);

        JsonPath held = holdings(Agencies.dataProtectionOfficer(), child).statusCode(200)
                .body("context", equalTo("referral")).body("personId", equalTo(child)).extract().jsonPath();
        List<Map<String, Object>> records = held.getList("records");
        assertThat(records).filteredOn(record -> "signposted-referral".equals(record.get("recordType"))).singleElement()
                .satisfies(record -> {
                    assertThat(record.get("recordId")).isEqualTo(referral);
                    assertThat(record.toString()).contains("Jayden", surname, "The boiler failed", "eastmere-academy", "A course fits");
                    assertThat(String.valueOf(record.get("thirdParties"))).contains("Donna", "household member: mother");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> about = (Map<String, Object>) record.get("about");
                    assertThat(String.valueOf(about.get("you"))).doesNotContain("Donna");
                });
        assertThat(records).filteredOn(record -> "referral".equals(record.get("recordType"))).singleElement()
                .satisfies(record -> assertThat(record.get("recordId")).isEqualTo(again));
        assertThat(records).filteredOn(record -> "person-match".equals(record.get("recordType"))).isNotEmpty();
        assertThat(records).filteredOn(record -> "onward-referral".equals(record.get("recordType"))).singleElement()
                .satisfies(record -> assertThat(String.valueOf(record.get("about"))).contains("Jayden", "Mornings"));
        assertThat(held.getList("accessLog")).isNotEmpty();

        // Outside the officer's areas: nothing.
        holdings(Agencies.westbrookDataProtectionOfficer(), child).statusCode(200).body("records", hasSize(0));
        WHO_MAY_ASK.forEach((who, status) -> holdings(bearer(who), child).statusCode(status));
        given().header("Authorization", Agencies.auditor()).queryParam("action", "subject-access").queryParam("outcome", "denied")
                .queryParam("person", child).when().get("/api/audit/referral").then().statusCode(200).body("total", equalTo(4));
    }

    @Test
    void theOfficerFindsThePersonByNameAndDateOfBirthSpeltAsTheyMayBeInTheirAreasOnly() {
        String surname = ReferralRetentionTest.marker();
        String born = ReferralRetentionTest.bornSomeDay();
        String referral = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", surname).bornOn(born).build());
        String child = Hub.childOf(referral);
        Map<String, String> misspelt = Map.of("givenName", "Jaydon", "familyName", surname, "dateOfBirth", born);

        lookUp(Agencies.dataProtectionOfficer(), misspelt).statusCode(200)
                .body("candidates[0].personId", equalTo(child))
                .body("candidates[0].givenName", equalTo("Jayden"))
                .body("candidates[0].familyName", equalTo(surname))
                .body("candidates[0].dateOfBirth", equalTo(born))
                .body("candidates[0].referrals", hasItem(referral));
        lookUp(Agencies.westbrookDataProtectionOfficer(), misspelt).statusCode(200).body("candidates", hasSize(0));
        given().header("Authorization", Agencies.auditor()).queryParam("action", "person-search").queryParam("person", child)
                .when().get("/api/audit/referral").then().statusCode(200).body("items[0].outcome", equalTo("success"));

        // Bad questions: a problem, nothing found.
        lookUp(Agencies.dataProtectionOfficer(), Map.of("givenName", "Jayden", "dateOfBirth", born)).statusCode(400)
                .contentType("application/problem+json");
        lookUp(Agencies.dataProtectionOfficer(), Map.of("familyName", surname)).statusCode(400)
                .contentType("application/problem+json");
        lookUp(Agencies.dataProtectionOfficer(), Map.of("familyName", surname, "dateOfBirth", "14/05/2016")).statusCode(400)
                .contentType("application/problem+json");
        WHO_MAY_ASK.forEach((who, status) -> lookUp(bearer(who), misspelt).statusCode(status));
    }

    @Test
    void theLookUpHasAPathOfItsOwnAndThePlatformAnswersItsQuestionsAboutOnePerson() {
        String surname = ReferralRetentionTest.marker();
        String born = ReferralRetentionTest.bornSomeDay();
        String referral = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", surname).bornOn(born).build());
        String child = Hub.childOf(referral);
        Map<String, String> query = Map.of("familyName", surname, "dateOfBirth", born);

        lookUp(Agencies.dataProtectionOfficer(), query).statusCode(200).body("candidates[0].personId", equalTo(child));
        // Its old path, under the platform's people/{personId}, is nobody's now.
        given().header("Authorization", Agencies.dataProtectionOfficer()).queryParams(query).when()
                .get("/api/data-protection/referral/people").then().statusCode(404).contentType("application/problem+json");
        // The platform's DataProtectionResource answers for one person, no longer shadowed by a resource of this service.
        holdings(Agencies.dataProtectionOfficer(), child).statusCode(200).body("context", equalTo("referral"))
                .body("personId", equalTo(child)).body("records.recordId", hasItem(referral));
        given().header("Authorization", Agencies.dataProtectionOfficer()).when()
                .get("/api/data-protection/referral/people/" + child + "/erasure").then().statusCode(200)
                .body("recordId", hasItem(referral));
        holdings(Agencies.dataProtectionOfficer(), "not-a-person-id").statusCode(400).contentType("application/problem+json");
        holdings(Agencies.teacher(), child).statusCode(403);
    }
}
