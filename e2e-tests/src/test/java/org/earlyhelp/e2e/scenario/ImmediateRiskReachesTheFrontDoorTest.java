package org.earlyhelp.e2e.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Eventually;
import org.earlyhelp.e2e.Feeds;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Issue 29 point 2, "Step up to children's social care": a school refers a child at immediate risk. The referral is
 * handed over to the local authority's children's social care front door as it is submitted, so its duty worker sees it
 * in the inbox on the first look after the school's 201 (the time is measured and printed). The front door acknowledges
 * it and returns it to early help; the hub sees it back in its queue with the front door's outcome. The hand-over rests
 * on the lawful basis {@code risk-of-significant-harm}, recorded in consent-service in the referrer's name; the front
 * door's system follows the hand-overs on its feed; nobody else sees the hand-over.
 */
@EndToEnd
class ImmediateRiskReachesTheFrontDoorTest {

    @Test
    void anImmediateRiskReferralReachesTheFrontDoorAndComesBackToTheHubsQueue() {
        long asked = System.nanoTime();
        Referrals.Submitted referral = Referrals.about(People.child())
                .onlyConcern("abuse-exploitation", "Bruising to the face; says he is afraid to go home tonight", "significant-harm")
                .urgency("immediate-risk")
                .submitBy(Login.TEACHER_EVANS);
        long submitted = System.nanoTime();
        Map<String, Object> inInbox = inboxItem(Login.CSC_DUTY, referral.id());
        long seen = System.nanoTime();
        assertThat(inInbox).as("in the front door's inbox on its first look after the school's 201").isNotNull();
        System.out.printf("Immediate risk to the front door: submitted in %d ms, in the inbox %d ms after submission began%n",
                Duration.ofNanos(submitted - asked).toMillis(), Duration.ofNanos(seen - asked).toMillis());
        UUID handOver = UUID.fromString((String) inInbox.get("id"));
        assertThat(inInbox).containsEntry("status", "handed-over").containsEntry("immediateRisk", true)
                .containsEntry("because", "immediate-risk-at-submission");

        Gateway.as(Login.CSC_FRONT_DOOR_SYSTEM).when().get("/api/hand-overs/{id}", handOver).then().statusCode(200)
                .body("referral.concerns.description", hasItem("Bruising to the face; says he is afraid to go home tonight"));
        for (Login stranger : List.of(Login.PC_HUGHES, Login.TEACHER_EVANS, Login.WORKER_LEE, Login.AUDITOR_DPO, Login.DPO_REID)) {
            Gateway.as(stranger).when().get("/api/hand-overs/{id}", handOver).then().statusCode(404);
        }
        Gateway.as(Login.CSC_DUTY).when().get("/api/referrals/{id}", referral.id()).then().statusCode(404);
        Gateway.as(Login.CSC_DUTY).when().get("/api/referrals/{id}/matches", referral.id()).then().statusCode(403);
        assertThat(Hub.queueItem(referral.id())).as("at the top of the hub's queue too").containsEntry("queue", "escalation");

        Gateway.as(Login.CSC_DUTY).when().post("/api/hand-overs/{id}/acknowledgement", handOver)
                .then().statusCode(200).body("status", equalTo("acknowledged")).body("acknowledgedBy", equalTo("csc.duty"));
        String note = "Threshold for statutory intervention not met after a strategy discussion; early help for the family";
        Gateway.as(Login.CSC_DUTY).body(Map.of("outcome", "no-further-action-returned-to-early-help", "note", note))
                .when().post("/api/hand-overs/{id}/outcome", handOver)
                .then().statusCode(200).body("outcome", equalTo("no-further-action-returned-to-early-help"));
        Gateway.as(Login.CSC_DUTY).body(Map.of("outcome", "s47-enquiry", "note", "Second thoughts"))
                .when().post("/api/hand-overs/{id}/outcome", handOver)
                .then().statusCode(409).contentType("application/problem+json");

        Map<String, Object> back = Hub.queueItem(referral.id());
        assertThat(back).as("back in the hub's queue").isNotNull().containsEntry("status", "in-triage");
        assertThat(String.valueOf(back.get("returnedToEarlyHelp"))).contains("no-further-action-returned-to-early-help")
                .contains(note);
        Gateway.as(Login.TEACHER_EVANS).queryParam("size", 100).when().get("/api/triage-queue").then().statusCode(403);

        Eventually.assertThat(() -> assertThat(Feeds.about(Login.CSC_FRONT_DOOR_SYSTEM, "referral", "referral.handed-over", handOver))
                .as("the front door's system follows its hand-overs on the referral feed").isNotEmpty());
        assertThat(Feeds.about(Login.CSC_FRONT_DOOR_SYSTEM, "referral", "referral.submitted", referral.id()))
                .as("the hand-over, not the referral's own events, which stay with the school and the hub").isEmpty();

        Eventually.assertThat(() -> Gateway.as(Login.HUB_PATEL).queryParam("person", referral.childPersonId())
                .when().get("/api/lawful-bases").then().statusCode(200)
                .body("items.kind", hasItem("risk-of-significant-harm")));
        Gateway.as(Login.CSC_DUTY).queryParam("size", 100).when().get("/api/referrals").then().statusCode(200)
                .body("items.id", not(hasItem(referral.id().toString())));
    }

    /** The hand-over of {@code referralId} in {@code caller}'s inbox, or null. */
    private static Map<String, Object> inboxItem(Login caller, UUID referralId) {
        JsonPath inbox = Gateway.as(caller).queryParam("size", 100).when().get("/api/hand-overs").then().statusCode(200)
                .extract().jsonPath();
        return inbox.getMap("items.find { it.referralId == '" + referralId + "' }");
    }
}
