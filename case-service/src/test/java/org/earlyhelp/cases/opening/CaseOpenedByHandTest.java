package org.earlyhelp.cases.opening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A case lead opens a case by hand for a family their agency knows, and adds family members by hand;
 * a referral already on a case cannot be linked again; retries with the same Idempotency-Key open one case.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
@WithTestResource(StubNeighbours.class)
class CaseOpenedByHandTest {

    @Inject
    ReferralFeed referrals;

    private static final Map<String, Object> MOTHER_AND_BABY = Map.of("area", "kingsfold", "needs", List.of("early-years", "health"),
            "people", List.of(Map.of("givenName", "Kerry", "familyName", "Ashdown", "relationship", "mother", "child", false,
                    "postcode", "KF2 7QT"), Map.of("givenName", "Mia", "familyName", "Ashdown", "dateOfBirth", "2026-01-05",
                            "child", true)));

    @Test
    void aCaseLeadOpensACaseForAFamilyTheyKnowAndLeadsIt() {
        String caseId = Api.post(Agencies.charityLead(), "/api/cases", MOTHER_AND_BABY).statusCode(201)
                .body("leadAgency", equalTo(Agencies.CHARITY)).body("leadPractitioner", equalTo("worker.lee"))
                .body("openedVia", equalTo("hand")).body("area", equalTo("kingsfold"))
                .body("family.givenName", contains("Kerry", "Mia")).body("family[1].displayName", equalTo("Mia Ashdown"))
                .body("needs.need", containsInAnyOrder("early-years", "health")).extract().path("id");

        // The people are announced for "known to services" matching, to services only.
        List<Map<String, Object>> added = Api.eventsAbout(Agencies.eventConsumer(), "case.person-added", caseId);
        assertThat(added).hasSize(2);
        assertThat(Api.data(added.get(0))).containsEntry("givenName", "Kerry").containsEntry("postcode", "KF2 7QT");
        assertThat(Api.eventsAbout(Agencies.charityLead(), "case.person-added", caseId)).isEmpty();
        assertThat(Api.eventsAbout(Agencies.charityLead(), "case.opened", caseId)).hasSize(1);

        Api.get(Agencies.charityLead(), "/api/caseload").statusCode(200).body("items.id", hasItem(caseId));
        Api.get(Agencies.hubScreener(), "/api/caseload").statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(caseId)));
    }

    @Test
    void onlyCaseLeadsOpenCasesAndAFamilyIsNeeded() {
        Api.post(Agencies.dwp(), "/api/cases", MOTHER_AND_BABY).statusCode(403);
        Api.post(Agencies.charityLead(), "/api/cases", Map.of("area", "eastmere")).statusCode(400)
                .body("violations[0].field", equalTo("people"));
        Api.post(Agencies.charityLead(), "/api/cases", Map.of("people", MOTHER_AND_BABY.get("people"))).statusCode(400)
                .body("violations[0].field", equalTo("area"));
        Api.post(Agencies.charityLead(), "/api/cases", Map.of("area", "eastmere", "people", List.of(Map.of("givenName", "A")))).statusCode(400)
                .body("violations.field", hasItem("people[0].familyName"));
        Api.post(Agencies.charityLead(), "/api/cases", Map.of("area", "eastmere", "colour", "blue")).statusCode(400);
    }

    @Test
    void aReferralAlreadyOnACaseOrNotOursCannotBeLinked() {
        Families.Accepted family = Families.accepted().referredBy(Agencies.CHARITY);
        referrals.accept(family);
        Api.post(Agencies.healthVisitorLead(), "/api/cases", Map.of("referralIds", List.of(family.referralId.toString())))
                .statusCode(409);
        Api.post(Agencies.healthVisitorLead(), "/api/cases", Map.of("referralIds", List.of(UUID.randomUUID().toString())))
                .statusCode(400).body("violations[0].field", equalTo("referralIds[0]"));
        // Submitted but never accepted: not linkable either.
        Families.Accepted submitted = Families.accepted();
        referrals.deliver("referral.submitted", submitted.submittedData());
        Api.post(Agencies.healthVisitorLead(), "/api/cases", Map.of("referralIds", List.of(submitted.referralId.toString())))
                .statusCode(400);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyOpensOneCase() {
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", Agencies.charityLead()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(MOTHER_AND_BABY).when().post("/api/cases").then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", Agencies.charityLead()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(MOTHER_AND_BABY).when().post("/api/cases").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
    }

    @Test
    void aBabyAddedByHandIsSharedOnlyWithMembersPermittedToSeeHer() {
        Families.Accepted family = Families.accepted();
        String caseId = referrals.accept(family);
        UUID consent = UUID.randomUUID();
        StubNeighbours.permit(family.child, Agencies.CHARITY, consent);
        StubNeighbours.permit(family.parent, Agencies.CHARITY, consent);
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/members", Map.of("agency", Agencies.CHARITY, "role", "support"))
                .statusCode(201);
        Map<String, Object> baby = Map.of("givenName", "Rosie", "familyName", "Whitfield", "dateOfBirth", "2026-02-01", "child", true);

        // Nobody has asked the family about the baby yet: the charity may not see her, so she is not added.
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/people", baby).statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(Agencies.CHARITY));
        Api.read(Agencies.healthVisitorLead(), caseId).statusCode(200).body("family", org.hamcrest.Matchers.hasSize(2));

        // Known by a person id: health visiting referred her before she was born, so its case lead may name her.
        Families.Accepted rosiesReferral = Families.accepted().referredBy(Agencies.HEALTH_VISITING);
        referrals.deliver("referral.submitted", rosiesReferral.submittedData());
        UUID rosie = rosiesReferral.child;
        StubNeighbours.permit(rosie, Agencies.CHARITY, UUID.randomUUID());
        Map<String, Object> knownBaby = new java.util.HashMap<>(baby);
        knownBaby.put("personId", rosie.toString());
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/people", knownBaby).statusCode(201)
                .body("personId", equalTo(rosie.toString()));
        Api.read(Agencies.charityLead(), caseId).statusCode(200).body("family.personId", hasItem(rosie.toString()));
        Api.post(Agencies.healthVisitorLead(), "/api/cases/" + caseId + "/people", knownBaby).statusCode(409);
    }
}
