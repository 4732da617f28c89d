package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Any agency refers a child or family: what it must send, what it gets back, and what the platform records. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReferralSubmissionTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aPractitionerRefersAChildAndTheReferringAgencyComesFromTheToken() {
        Api.submit(Agencies.teacher(), Referrals.typical().member("Donna", "Whitfield", "1985-03-02", "mother")
                        .childField("nhsNumber", "943 476 5919").build())
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/referrals/" + UUID_PATTERN))
                .header("ETag", notNullValue())
                .body("status", equalTo("submitted"))
                .body("queue", equalTo("early-help"))
                .body("referringAgency", equalTo(Agencies.SCHOOL))
                .body("referredBy", equalTo("ms.okafor"))
                .body("children[0].personId", matchesPattern(UUID_PATTERN))
                .body("children[0].firstName", equalTo("Jayden"))
                .body("children[0].nhsNumber", equalTo("943 476 5919"))
                .body("household[0].personId", matchesPattern(UUID_PATTERN))
                .body("household[0].relationship", equalTo("mother"))
                .body("concerns[0].category", equalTo("education"))
                .body("decisionDueBy", notNullValue())
                .body("overdue", equalTo(false));
    }

    @Test
    void theBodyCannotNameTheReferringAgency() {
        Map<String, Object> body = Referrals.typical().build();
        body.put("referringAgency", Agencies.HUB);
        Api.submit(Agencies.teacher(), body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("referringAgency"));
    }

    @Test
    void anUnbornChildIsReferredWithAnExpectedDueDate() {
        Api.submit(Agencies.policeOfficer(), Referrals.unbornChild().build())
                .statusCode(201)
                .body("children[0].unborn", equalTo(true))
                .body("children[0].expectedDueDate", notNullValue())
                .body("children[0].personId", matchesPattern(UUID_PATTERN))
                .body("household", hasSize(2))
                .body("household.relationship", equalTo(List.of("mother", "father")))
                .body("concerns.category", equalTo(List.of("early-years", "domestic-abuse")));
    }

    @Test
    void aChildNeedsADateOfBirthOrAnExpectedDueDateButNotBoth() {
        Api.submit(Agencies.teacher(), Referrals.typical().bornOn(null).build())
                .statusCode(400)
                .body("violations.field", hasItem("children[0].bornOrExpected"));
        Api.submit(Agencies.teacher(), Referrals.typical().childField("expectedDueDate", "2099-01-01").build())
                .statusCode(400)
                .body("violations.field", hasItem("children[0].bornOrExpected"));
    }

    @Test
    void anNhsNumberWithAWrongCheckDigitIsRefusedFieldByField() {
        Api.submit(Agencies.teacher(), Referrals.typical().childField("nhsNumber", "943 476 5918").build())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("children[0].nhsNumber"));
    }

    @Test
    void missingAndMalformedFieldsAreProblemsNotServerErrors() {
        Map<String, Object> body = Referrals.typical().build();
        body.remove("helpRequested");
        body.put("family", Map.of("knows", true, "agrees", false));
        Api.submit(Agencies.teacher(), body)
                .statusCode(400)
                .body("violations.field", hasItem("helpRequested"))
                .body("violations.field", hasItem("family.reasonGivenIfNot"));

        Api.submit(Agencies.teacher(), Referrals.typical().onlyConcern("witchcraft", "?", "low").build())
                .statusCode(400)
                .contentType("application/problem+json");
        Api.submit(Agencies.teacher(), Referrals.typical().childField("dateOfBirth", "13/05/2012").build())
                .statusCode(400);
        Api.submit(Agencies.teacher(), Referrals.typical().childField("address", Map.of("line1", "1 A St", "town", "X",
                "postcode", "NOT A POSTCODE")).build())
                .statusCode(400)
                .body("violations.field", hasItem("children[0].address.postcode"));
        given().header("Authorization", Agencies.teacher()).contentType(ContentType.JSON).body("{\"children\":")
                .when().post("/api/referrals").then().statusCode(400);
        given().header("Authorization", Agencies.teacher()).when().get("/api/referrals/not-a-uuid").then().statusCode(400);
    }

    @Test
    void onlyPractitionersAndPartnerSystemsRefer() {
        Api.submit(Agencies.auditor(), Referrals.typical().build()).statusCode(403);
    }

    @Test
    void aPartnerSystemThatRetriesGetsTheSameReferralOnce() {
        String key = "police-ref-" + UUID.randomUUID();
        Map<String, Object> body = Referrals.child("Retry", "Tester" + UUID.randomUUID().toString().substring(0, 6)).build();
        ExtractableResponse<Response> first = given().header("Authorization", Agencies.policeSystem())
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/referrals").then().statusCode(201).extract();
        ExtractableResponse<Response> retry = given().header("Authorization", Agencies.policeSystem())
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/referrals").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract();

        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.<String>path("children[0].personId")).isEqualTo(first.path("children[0].personId"));
        assertThat(first.<Boolean>path("viaPartnerSystem")).isTrue();
        List<String> submittedEvents = Feed.events(Agencies.eventConsumer(), "referral.submitted").stream()
                .filter(event -> first.path("id").equals(event.get("subject"))).map(event -> (String) event.get("id")).toList();
        assertThat(submittedEvents).hasSize(1);
    }

    @Test
    void aSubmissionIsPublishedWithThePeopleAndTheAgencies() {
        String id = Api.submitted(Agencies.policeOfficer(), Referrals.unbornChild().build());
        Map<String, Object> event = Feed.about(Agencies.eventConsumer(), "referral.submitted", id);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) event.get("data");
        assertThat(data.get("referralId")).isEqualTo(id);
        assertThat(data.get("referringAgency")).isEqualTo(Agencies.POLICE);
        assertThat((List<?>) data.get("personIds")).hasSize(3);
        assertThat((List<?>) data.get("childPersonIds")).hasSize(1);

        // The referrer and the hub read it on the feed; an agency with no part in it does not.
        assertThat(Feed.events(Agencies.policeOfficer(), "referral.submitted")).anyMatch(e -> id.equals(e.get("subject")));
        assertThat(Feed.events(Agencies.hubScreener(), "referral.submitted")).anyMatch(e -> id.equals(e.get("subject")));
        assertThat(Feed.events(Agencies.charityWorker(), "referral.submitted")).noneMatch(e -> id.equals(e.get("subject")));
    }

    @Test
    void theSubmissionAndEveryReadAreInTheAuditTrail() {
        String id = Api.submitted(Agencies.teacher(), Referrals.typical().build());
        Api.read(Agencies.hubScreener(), id).statusCode(200);
        given().header("Authorization", Agencies.auditor())
                .queryParam("resourceType", "referral").queryParam("resourceId", id)
                .when().get("/api/audit/referral")
                .then().statusCode(200)
                .body("items.action", hasItem("create"))
                .body("items.action", hasItem("read"))
                .body("items.agency", hasItem(Agencies.HUB))
                .body("items[0].personIds[0]", startsWith(""));
    }
}
