package org.earlyhelp.cases.opening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.Families;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A person id is not a capability (ARCHITECTURE §3): a case lead may name, in a new case or a case's
 * people, only a person it may already see (on a case it sees, or on a referral its agency made or
 * leads); anyone else is 404, with no case, no family member, no event and no sharing question, so
 * its agency never becomes a participant in that child's records. The agencies and people here are
 * used by no other test.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class PersonIdsAreNotCapabilitiesTest {

    private static final String AREA = "ferrybridge";
    private static final String HOUSING = "ferrybridge-housing";

    @Inject
    ReferralFeed referrals;

    /** A case lead at a housing association that works with none of the families below. */
    private static String housingLead() {
        return Tokens.user("housing.lin").agency(HOUSING, "housing").roles("practitioner", "case-lead").bearer();
    }

    /** A child known only to the school that referred her and the health visitors who lead her case. */
    private Families.Accepted anotherAgencysChild() {
        Families.Accepted family = Families.accepted().referredBy("ferrybridge-school").ledBy("ferrybridge-health-visiting").in(AREA);
        referrals.accept(family);
        return family;
    }

    @Test
    void namingAnotherAgencysChildInANewCaseIs404AndOpensNothing() {
        Families.Accepted family = anotherAgencysChild();

        Api.post(housingLead(), "/api/cases", Map.of("area", AREA, "people", List.of(person(family.child, "Ava"))))
                .statusCode(404).contentType("application/problem+json");

        assertThat(Api.events(Agencies.eventConsumer(), "case.opened")).as("cases opened with the child")
                .filteredOn(event -> personIds(event).contains(family.child.toString())).hasSize(1);
        assertThat(Api.events(Agencies.eventConsumer(), "case.person-added")).as("the child added by hand anywhere")
                .noneMatch(event -> family.child.toString().equals(Api.data(event).get("personId")));
        given().header("Authorization", Agencies.auditor()).queryParam("person", family.child.toString())
                .queryParam("agency", HOUSING).queryParam("size", 100).when().get("/api/audit/case").then().statusCode(200)
                .body("items.outcome", hasItem("denied"));
    }

    @Test
    void addingAnotherAgencysChildToACaseIs404AndChangesNothing() {
        Families.Accepted family = anotherAgencysChild();
        String ownCase = Api.post(housingLead(), "/api/cases", Map.of("area", AREA, "people",
                List.of(Map.of("givenName", "Dale", "familyName", "Ferris", "child", false)))).statusCode(201).extract().path("id");
        String etag = Api.etag(housingLead(), ownCase);

        Api.request(housingLead(), etag).body(person(family.child, "Ava")).when().post("/api/cases/" + ownCase + "/people").then()
                .statusCode(404).contentType("application/problem+json");

        Api.read(housingLead(), ownCase).statusCode(200).header("ETag", etag)
                .body("family.personId", not(hasItem(family.child.toString())));
        assertThat(Api.events(Agencies.eventConsumer(), "case.person-added")).as("the child added by hand anywhere")
                .noneMatch(event -> family.child.toString().equals(Api.data(event).get("personId")));
        assertThat(StubNeighbours.questionsAbout(family.child)).as("sharing questions about the child").isEmpty();
        // Leading a case of its own gives it nothing of the child's: not the case, the list, the caseload or the feed.
        String childsCase = referrals.accept(family);
        Api.read(housingLead(), childsCase).statusCode(404);
        Api.get(housingLead(), "/api/cases?size=100").statusCode(200).body("items.id", not(hasItem(childsCase)));
        Api.get(housingLead(), "/api/caseload?scope=agency&status=all&size=100").statusCode(200)
                .body("items.id", not(hasItem(childsCase)));
        assertThat(Api.eventsAbout(housingLead(), "case.opened", childsCase)).isEmpty();
    }

    @Test
    void aCaseLeadNamesThePeopleItMaySee() {
        // A child its own agency referred (referral-service's feed), and the man on its own case.
        Families.Accepted referred = Families.accepted().referredBy(HOUSING).in(AREA);
        referrals.deliver("referral.submitted", referred.submittedData());
        String ownCase = Api.post(housingLead(), "/api/cases", Map.of("area", AREA, "people",
                List.of(Map.of("givenName", "Dale", "familyName", "Ferris", "child", false)))).statusCode(201).extract().path("id");
        String dale = Api.read(housingLead(), ownCase).extract().path("family[0].personId");

        String second = Api.post(housingLead(), "/api/cases", Map.of("area", AREA, "people",
                List.of(person(referred.child, "Ava"), person(UUID.fromString(dale), "Dale")))).statusCode(201).extract().path("id");
        Api.read(housingLead(), second).statusCode(200).body("family.personId", org.hamcrest.Matchers.contains(
                referred.child.toString(), dale));
    }

    private static Map<String, Object> person(UUID personId, String givenName) {
        Map<String, Object> person = new HashMap<>();
        person.put("personId", personId.toString());
        person.put("givenName", givenName);
        person.put("familyName", "Whitfield");
        person.put("child", true);
        return person;
    }

    @SuppressWarnings("unchecked")
    private static List<String> personIds(Map<String, Object> event) {
        return (List<String>) Api.data(event).get("personIds");
    }
}
