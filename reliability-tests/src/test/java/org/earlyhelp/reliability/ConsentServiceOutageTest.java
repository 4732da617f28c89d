package org.earlyhelp.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * consent-service is down when the hub signposts a family to a charity. Consent was given, but
 * nobody can confirm it now, so nothing is shared (fail closed): the onward referral waits with
 * a clear reason and the charity sees nothing. Once consent-service is back, the hub checks again
 * and the charity receives what the consent permits, once.
 */
@ExtendWith(Suite.Shared.class)
class ConsentServiceOutageTest {

    private static final String HUB = "hub.patel";
    private static final String CHARITY = "brightstart-family-support";
    private static final String CHARITY_WORKER = "worker.lee";
    private static final String CHARITY_SERVICE = "BrightStart Family Key Worker";

    @Test
    void sharesAreRefusedWhileConsentServiceIsDownAndGoOutOnceItIsBack(Suite suite) throws Exception {
        String key = Referrals.key("consent-outage", 0);
        String referral = new Submissions(suite).submit(0, key).referralId();
        assertThat(referral).isNotNull();
        triage(suite, referral);
        String child = suite.as(HUB).when().get("/api/referrals/" + referral).then().statusCode(200)
                .extract().path("children[0].personId");
        recordConsentToShareWithTheCharity(suite, child);
        String service = directoryService(suite);

        String onward;
        suite.stack.stop("consent-service");
        try {
            // Asked directly, the question is refused with a problem a client understands.
            suite.as(HUB).contentType(ContentType.JSON).body(Map.of("personId", child, "recipientAgency", CHARITY,
                            "recipientAgencyType", "charity", "purpose", "onward-referral", "dataCategories", List.of("identity")))
                    .when().post("/api/sharing-decisions")
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("consent service is not available"));

            suite.as(HUB).contentType(ContentType.JSON).header("If-Match", etag(suite, referral))
                    .body(Map.of("reason", "A family key worker fits", "services", List.of(Map.of("serviceId", service))))
                    .when().post("/api/referrals/" + referral + "/signpost")
                    .then().statusCode(200).body("status", equalTo("signposted"));
            onward = onwardReferralOf(suite, referral);
            suite.as(HUB).when().get("/api/onward-referrals/" + onward).then().statusCode(200)
                    .body("status", equalTo("awaiting-consent"))
                    .body("statusDetail", containsString("nothing has been shared"))
                    .body("consentReasons", hasItem("consent-service-unavailable"))
                    .body("shared", nullValue());
            suite.as(CHARITY_WORKER).when().get("/api/onward-referrals/" + onward).then().statusCode(404);
        } finally {
            suite.ensureRunning("consent-service");
        }

        JsonPath sent = checkConsentUntilSent(suite, onward, Duration.ofMinutes(1));
        assertThat(sent.getString("status")).as("after consent-service is back: %s", sent.prettify()).isEqualTo("sent");
        JsonPath received = suite.as(CHARITY_WORKER).when().get("/api/onward-referrals/" + onward).then().statusCode(200)
                .extract().jsonPath();
        assertThat(received.getList("shared.people.personId")).containsExactly(child);

        List<Map<String, Object>> inbox = suite.as(CHARITY_WORKER).queryParam("size", 100).when().get("/api/onward-referrals")
                .then().statusCode(200).extract().jsonPath().getList("items");
        long forThisReferral = inbox.stream().filter(item -> referral.equals(item.get("referralId"))).count();
        Map<String, Long> sentEvents = new EventFeed(() -> suite.asSystem("brightstart-system"), "referral")
                .countBySubject("onward-referral.sent");
        assertThat(forThisReferral).as("onward referrals the charity received for the family").isEqualTo(1);
        assertThat(sentEvents.getOrDefault(onward, 0L)).as("onward-referral.sent events on the charity's feed").isEqualTo(1);

        suite.ledger.survived("consent-service stopped while the hub signposted a family", "a sharing question was refused"
                + " with a 503 problem; the onward referral waited with nothing shared (consent-service-unavailable) and went"
                + " out once after the restart", "onward referrals", 1, 1 - forThisReferral, sentEvents.get(onward) - 1);
    }

    private static void triage(Suite suite, String referral) {
        suite.as(HUB).header("If-Match", etag(suite, referral)).when().post("/api/referrals/" + referral + "/triage")
                .then().statusCode(200);
    }

    private static String etag(Suite suite, String referral) {
        return suite.as(HUB).when().get("/api/referrals/" + referral).then().statusCode(200).extract().header("ETag");
    }

    /** The mother's written consent: the child's identity, contact details and concerns may go to the charity for an onward referral. */
    private static void recordConsentToShareWithTheCharity(Suite suite, String child) {
        io.restassured.response.Response recorded = consentRequest(suite, child).when().post("/api/consents");
        // consent-service learns that the hub screens this child's area from the referral feed, a moment after the referral.
        for (Instant until = Instant.now().plusSeconds(30); recorded.statusCode() == 404 && Instant.now().isBefore(until); ) {
            pause();
            recorded = consentRequest(suite, child).when().post("/api/consents");
        }
        recorded.then().statusCode(201);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.specification.RequestSpecification consentRequest(Suite suite, String child) {
        return suite.as(HUB).contentType(ContentType.JSON).body(Map.of(
                        "personId", child,
                        "personName", "Child of the consent outage family",
                        "personBirthDate", LocalDate.of(2012, 1, 1).toString(),
                        "grantor", Map.of("kind", "parent-with-parental-responsibility", "name", "Sam Whitfield"),
                        "method", "written",
                        "status", "active",
                        "evidenceReference", "DOC-RELIABILITY-1",
                        "provisions", List.of(Map.of("type", "permit", "purposes", List.of("onward-referral"),
                                "recipientAgencies", List.of(CHARITY), "dataCategories", List.of("identity", "contact", "concerns")))));
    }

    private static String directoryService(Suite suite) {
        List<Map<String, Object>> found = io.restassured.RestAssured.given().baseUri(suite.gatewayUrl())
                .queryParam("search", CHARITY_SERVICE).queryParam("minimal", "true")
                .when().get("/oruk/services")
                .then().statusCode(200).extract().jsonPath().getList("contents");
        return found.stream().filter(service -> CHARITY_SERVICE.equals(service.get("name"))).map(service -> (String) service.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("No '" + CHARITY_SERVICE + "' in the demo directory: " + found));
    }

    private static String onwardReferralOf(Suite suite, String referral) {
        List<Map<String, Object>> items = suite.as(HUB).queryParam("size", 100).when().get("/api/onward-referrals")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<String> ids = items.stream().filter(item -> referral.equals(item.get("referralId")))
                .map(item -> (String) item.get("id")).toList();
        assertThat(ids).as("onward referrals of the signposted referral").hasSize(1);
        return ids.get(0);
    }

    /**
     * The hub asks again until the share goes out: right after the restart the consent client may
     * still hold its circuit open for a few seconds, and then the answer is still "awaiting consent".
     * referral-service may have sent it by itself meanwhile (a consent change it read on consent-service's
     * feed): then the hub's check is a 409 and the onward referral is read as it is.
     */
    private static JsonPath checkConsentUntilSent(Suite suite, String onward, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            io.restassured.response.Response check = suite.as(HUB).when().post("/api/onward-referrals/" + onward + "/check-consent");
            JsonPath answer = check.statusCode() == 409
                    ? suite.as(HUB).when().get("/api/onward-referrals/" + onward).then().statusCode(200).extract().jsonPath()
                    : check.then().statusCode(200).extract().jsonPath();
            if (!"awaiting-consent".equals(answer.getString("status")) || Instant.now().isAfter(deadline)) {
                return answer;
            }
            Thread.sleep(1000);
        }
    }
}
