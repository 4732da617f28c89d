package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Signposting to a partner service: the receiving agency's inbox gets only what the consent
 * decision permits, nothing at all without a decision, and accepts or declines with a reason.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ConsentLimitedOnwardReferralTest {

    private static String referralWithMother() {
        String id = Api.submitted(Agencies.teacher(), Referrals.typical().member("Donna", "Whitfield", "1985-03-02", "mother")
                .concern("family-relationships", "Parenting under strain", "medium").build());
        Api.act(Agencies.hubScreener(), id, "triage", null).statusCode(200);
        return id;
    }

    private static ValidatableResponse signpost(String referral, String service) {
        return Api.act(Agencies.hubScreener(), referral, "signpost",
                Map.of("reason", "A parenting course fits", "services", List.of(Map.of("serviceId", service, "note", "Mornings"))));
    }

    private static String onwardOf(String referral, String bearer) {
        List<Map<String, Object>> items = given().header("Authorization", bearer).queryParam("size", 100)
                .when().get("/api/onward-referrals").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(item -> referral.equals(item.get("referralId"))).map(item -> (String) item.get("id"))
                .findFirst().orElse(null);
    }

    @Test
    void theCharitySeesOnlyWhatConsentPermits() {
        String referral = referralWithMother();
        String child = Api.read(Agencies.hubScreener(), referral).extract().path("children[0].personId");
        String mother = Api.read(Agencies.hubScreener(), referral).extract().path("household[0].personId");
        StubSharingGate.permit(child, Agencies.CHARITY, "identity", "concerns");

        signpost(referral, StubServiceDirectory.PARENTING_COURSE.toString()).statusCode(200).body("status", equalTo("signposted"));

        String onward = onwardOf(referral, Agencies.charityWorker());
        assertThat(onward).isNotNull();
        given().header("Authorization", Agencies.charityWorker()).when().get("/api/onward-referrals/" + onward)
                .then().statusCode(200)
                .body("status", equalTo("sent"))
                .body("serviceName", equalTo("Bright Start parenting course"))
                .body("shared.people", hasSize(1))
                .body("shared.people[0].personId", equalTo(child))
                .body("shared.people[0].firstName", equalTo("Jayden"))
                .body("shared.people[0].address", nullValue())
                .body("shared.people[0].school", nullValue())
                .body("shared.people.personId", not(hasItem(mother)))
                .body("shared.peopleWithheld", equalTo(1))
                .body("shared.concerns.category", hasItem("family-relationships"));

        // The receiving agency sees the onward referral, never the referral behind it.
        Api.read(Agencies.charityWorker(), referral).statusCode(404);
        given().header("Authorization", Agencies.policeOfficer()).when().get("/api/onward-referrals/" + onward).then().statusCode(404);

        @SuppressWarnings("unchecked")
        Map<String, Object> sent = (Map<String, Object>) Feed.about(Agencies.eventConsumer(), "onward-referral.sent", onward).get("data");
        assertThat(sent.get("receivingAgency")).isEqualTo(Agencies.CHARITY);
        assertThat(sent.get("personIds")).isEqualTo(List.of(child));
        assertThat(Feed.about(Agencies.eventConsumer(), "referral.signposted", referral)).isNotNull();

        given().header("Authorization", Agencies.auditor()).queryParam("resourceId", onward).queryParam("action", "share")
                .when().get("/api/audit/referral").then().statusCode(200).body("items[0].personIds", equalTo(List.of(child)));
    }

    @Test
    void withoutADecisionNothingIsSharedAndItWaitsWithAClearStatus() {
        String referral = referralWithMother();
        signpost(referral, StubServiceDirectory.PARENTING_COURSE.toString()).statusCode(200);

        assertThat(onwardOf(referral, Agencies.charityWorker())).isNull();
        String onward = onwardOf(referral, Agencies.hubScreener());
        given().header("Authorization", Agencies.hubScreener()).when().get("/api/onward-referrals/" + onward)
                .then().statusCode(200)
                .body("status", equalTo("awaiting-consent"))
                .body("statusDetail", notNullValue())
                .body("shared", nullValue())
                .body("consentReasons", hasItem("no-consent-or-lawful-basis"));
        given().header("Authorization", Agencies.charityWorker()).when().get("/api/onward-referrals/" + onward).then().statusCode(404);

        // Consent is recorded later; the hub checks again and it is sent.
        String child = Api.read(Agencies.hubScreener(), referral).extract().path("children[0].personId");
        StubSharingGate.permit(child, Agencies.CHARITY, "identity", "contact", "concerns");
        given().header("Authorization", Agencies.hubScreener()).when().post("/api/onward-referrals/" + onward + "/check-consent")
                .then().statusCode(200).body("status", equalTo("sent")).body("shared.people[0].address.postcode", notNullValue());
    }

    @Test
    void consentServiceIsAskedWithNoTransactionOpenAndACheckOvertakenMeanwhileIsToldSo() {
        StubSharingGate.askedInATransaction();
        String referral = referralWithMother();
        signpost(referral, StubServiceDirectory.PARENTING_COURSE.toString()).statusCode(200);
        String onward = onwardOf(referral, Agencies.hubScreener());
        StubSharingGate.permit(Api.read(Agencies.hubScreener(), referral).extract().path("children[0].personId"), Agencies.CHARITY,
                "identity");

        // While the hub's check waits for consent-service, a second check sends the onward referral.
        StubSharingGate.whileAsking(() -> given().header("Authorization", Agencies.hubScreener()).when()
                .post("/api/onward-referrals/" + onward + "/check-consent").then().statusCode(200).body("status", equalTo("sent")));
        given().header("Authorization", Agencies.hubScreener()).when().post("/api/onward-referrals/" + onward + "/check-consent")
                .then().statusCode(409).body("detail", containsString("changed while consent-service was asked"));

        given().header("Authorization", Agencies.charityWorker()).when().get("/api/onward-referrals/" + onward).then()
                .statusCode(200).body("status", equalTo("sent")).body("shared.people", hasSize(1));
        assertThat(StubSharingGate.askedInATransaction()).as("consent-service asked inside a transaction").isFalse();
    }

    @Test
    void theReceivingAgencyAcceptsOrDeclinesWithAReason() {
        String declined = referralWithMother();
        StubSharingGate.permit(Api.read(Agencies.hubScreener(), declined).extract().path("children[0].personId"), Agencies.CHARITY,
                "identity");
        signpost(declined, StubServiceDirectory.PARENTING_COURSE.toString()).statusCode(200);
        String onward = onwardOf(declined, Agencies.charityWorker());
        given().header("Authorization", Agencies.charityWorker()).contentType("application/json").body(Map.of())
                .when().post("/api/onward-referrals/" + onward + "/decline").then().statusCode(400);
        given().header("Authorization", Agencies.hubScreener()).contentType("application/json").body(Map.of("reason", "x"))
                .when().post("/api/onward-referrals/" + onward + "/decline").then().statusCode(403);
        given().header("Authorization", Agencies.charityWorker()).contentType("application/json")
                .body(Map.of("reason", "Course is full until spring"))
                .when().post("/api/onward-referrals/" + onward + "/decline")
                .then().statusCode(200).body("status", equalTo("declined")).body("declineReason", equalTo("Course is full until spring"));
        given().header("Authorization", Agencies.charityWorker()).when().post("/api/onward-referrals/" + onward + "/accept")
                .then().statusCode(409);
        assertThat(Feed.about(Agencies.eventConsumer(), "onward-referral.declined", onward)).isNotNull();

        String accepted = referralWithMother();
        StubSharingGate.permit(Api.read(Agencies.hubScreener(), accepted).extract().path("children[0].personId"), Agencies.CHARITY,
                "identity");
        signpost(accepted, StubServiceDirectory.PARENTING_COURSE.toString()).statusCode(200);
        given().header("Authorization", Agencies.charityWorker()).when()
                .post("/api/onward-referrals/" + onwardOf(accepted, Agencies.charityWorker()) + "/accept")
                .then().statusCode(200).body("status", equalTo("accepted")).body("decidedBy", equalTo("cw.brown"));
    }

    @Test
    void onlyTheReceivingAgencysPractitionersAndSystemDecideIt() {
        String referral = referralWithMother();
        StubSharingGate.permit(Api.read(Agencies.hubScreener(), referral).extract().path("children[0].personId"), Agencies.CHARITY,
                "identity");
        signpost(referral, StubServiceDirectory.PARENTING_COURSE.toString()).statusCode(200);
        String onward = onwardOf(referral, Agencies.charityWorker());
        String charityAuditor = Tokens.user("ada.auditor").agency(Agencies.CHARITY, "charity").roles("auditor").bearer();
        String charityDirectoryAdmin = Tokens.user("dan.admin").agency(Agencies.CHARITY, "charity").roles("directory-admin").bearer();

        // Belonging to the receiving agency reaches its inbox only through a working role (docs/access.md).
        for (String notPractitioner : List.of(charityAuditor, charityDirectoryAdmin)) {
            given().header("Authorization", notPractitioner).when().get("/api/onward-referrals/" + onward).then().statusCode(404);
            given().header("Authorization", notPractitioner).when().post("/api/onward-referrals/" + onward + "/accept")
                    .then().statusCode(403);
            given().header("Authorization", notPractitioner).contentType("application/json").body(Map.of("reason", "Not ours"))
                    .when().post("/api/onward-referrals/" + onward + "/decline").then().statusCode(403);
        }
        given().header("Authorization", Agencies.charityWorker()).when().get("/api/onward-referrals/" + onward)
                .then().statusCode(200).body("status", equalTo("sent"));

        String charitySystem = Tokens.partnerSystem("brightstart-system").agency(Agencies.CHARITY, "charity").bearer();
        given().header("Authorization", charitySystem).when().post("/api/onward-referrals/" + onward + "/accept")
                .then().statusCode(200).body("status", equalTo("accepted"));
    }

    @Test
    void aServiceOffThePlatformOrUnknownIsRefusedAndTheReferralStaysInTriage() {
        String referral = referralWithMother();
        signpost(referral, StubServiceDirectory.OFF_PLATFORM.toString()).statusCode(422);
        signpost(referral, java.util.UUID.randomUUID().toString()).statusCode(422);
        Api.act(Agencies.hubScreener(), referral, "signpost", Map.of("reason", "x", "services", List.of())).statusCode(400);
        Api.read(Agencies.hubScreener(), referral).body("status", equalTo("in-triage"));
    }
}
