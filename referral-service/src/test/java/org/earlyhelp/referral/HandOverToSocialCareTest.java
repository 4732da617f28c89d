package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.RealmOrganizations;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Escalation hands a referral over to children's social care's front door (decision 0064): the front door sees it in its
 * inbox with the hub's reasons, acknowledges it and records its outcome; a return to early help puts it back in the hub's
 * queue; an immediate-risk referral is in the inbox as it is submitted. The hand-over table of {@code docs/access.md},
 * row by row ({@link Who}).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class HandOverToSocialCareTest {

    static final String FRONT_DOOR = "northshire-childrens-social-care";
    static final String REASON = "Disclosure of harm at school: passed to children's social care";

    static String duty() {
        return Tokens.user("csc.duty").agency(FRONT_DOOR, "local-authority").areas("eastmere", "westbrook", "kingsfold")
                .roles("practitioner").bearer();
    }

    static String frontDoorSystem() {
        return Tokens.partnerSystem("csc-front-door-system").agency(FRONT_DOOR, "local-authority").bearer();
    }

    @Test
    void escalationHandsTheReferralOverWithTheHubsReasons() {
        String referral = Api.submitted(Agencies.teacher(), Referrals.typical().build());
        Api.act(Agencies.hubScreener(), referral, "triage", null).statusCode(200);
        Api.act(Agencies.hubScreener(), referral, "escalate", Map.of("reason", REASON)).statusCode(200);

        String handOver = handOverOf(duty(), referral);
        read(duty(), handOver).statusCode(200).body("status", equalTo("handed-over")).body("because", equalTo("hub-escalation"))
                .body("hubReason", equalTo(REASON)).body("handedOverBy", equalTo("sam.screener"))
                .body("referral.id", equalTo(referral)).body("referral.children[0].firstName", equalTo("Jayden"))
                .body("referral.concerns[0].category", equalTo("education"));

        Map<String, Object> event = Feed.about(Agencies.eventConsumer(), "referral.handed-over", handOver);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) event.get("data");
        assertThat(data).containsEntry("referralId", referral).containsEntry("frontDoorAgency", FRONT_DOOR)
                .containsEntry("status", "handed-over");
        assertThat(data.get("decidedBy")).asString().contains("sam.screener", "early help hub triage");
        assertThat(history(referral)).contains("handed-over");
    }

    @Test
    void anImmediateRiskReferralIsInTheInboxAsSubmittedAndStillInTheHubsQueue() {
        String area = RealmOrganizations.testDistrict(1); // a test-only district: this queue holds only this test's referrals
        String hub = Tokens.user("f.screener").agency(Agencies.HUB, "local-authority").areas(area).roles("hub-triage").bearer();
        String referral = Api.submitted(Agencies.policeOfficer(), Referrals.typical().area(area).urgency("immediate-risk").build());

        String handOver = handOverOf(duty(), referral);
        read(frontDoorSystem(), handOver).statusCode(200).body("because", equalTo("immediate-risk-at-submission"))
                .body("immediateRisk", equalTo(true)).body("handedOverBy", equalTo("pc.hughes"));
        given().header("Authorization", hub).when().get("/api/triage-queue").then().statusCode(200)
                .body("items.id", equalTo(List.of(referral))).body("items[0].queue", equalTo("escalation"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) Feed.about(Agencies.eventConsumer(), "referral.handed-over", handOver)
                .get("data");
        assertThat(data.get("decidedBy")).asString().contains("pc.hughes", "referrer");
        // A reader of the feed learns of the referral before its hand-over.
        assertThat(Feed.all(Agencies.eventConsumer()).stream().filter(event -> referral.equals(event.get("subject"))
                || handOver.equals(event.get("subject"))).map(event -> event.get("type")).toList())
                .startsWith("referral.submitted", "referral.handed-over");

        Api.actWith(hub, referral, "escalate", Map.of("reason", REASON), Api.etag(hub, referral)).statusCode(200);
        read(duty(), handOver).statusCode(200).body("hubReason", equalTo(REASON));
        assertThat(Feed.events(Agencies.eventConsumer(), "referral.handed-over").stream()
                .filter(event -> referral.equals(((Map<?, ?>) event.get("data")).get("referralId"))))
                .as("one hand-over, however it was decided").hasSize(1);
    }

    @Test
    void theFrontDoorAcknowledgesThenReturnsItToEarlyHelpAndTheHubSeesItAgain() {
        String area = RealmOrganizations.testDistrict(2);
        String lead = RealmOrganizations.testHub(2);
        String hub = Tokens.user("r.screener").agency(Agencies.HUB, "local-authority").areas(area).roles("hub-triage").bearer();
        String referral = Api.submitted(Agencies.policeOfficer(), Referrals.typical().area(area).urgency("immediate-risk").build());
        String handOver = handOverOf(duty(), referral);
        Map<String, Object> returned = Map.of("outcome", "no-further-action-returned-to-early-help",
                "note", "Threshold not met; the family would take early help");

        outcome(duty(), handOver, returned).statusCode(409);
        acknowledge(duty(), handOver).statusCode(200).body("status", equalTo("acknowledged"))
                .body("acknowledgedBy", equalTo("csc.duty"));
        acknowledge(duty(), handOver).statusCode(409);
        outcome(duty(), handOver, Map.of("outcome", "s48-something", "note", "x")).statusCode(400);
        outcome(duty(), handOver, returned).statusCode(200).body("status", equalTo("outcome-recorded"))
                .body("outcome", equalTo("no-further-action-returned-to-early-help"));
        outcome(duty(), handOver, Map.of("outcome", "s47-enquiry", "note", "Changed our mind")).statusCode(409);

        given().header("Authorization", hub).when().get("/api/triage-queue").then().statusCode(200)
                .body("items.id", equalTo(List.of(referral))).body("items[0].status", equalTo("in-triage"))
                .body("items[0].queue", equalTo("early-help"))
                .body("items[0].returnedToEarlyHelp.outcome", equalTo("no-further-action-returned-to-early-help"))
                .body("items[0].returnedToEarlyHelp.note", equalTo("Threshold not met; the family would take early help"));
        assertThat(history(hub, referral)).containsSubsequence("handed-over", "hand-over-acknowledged", "returned-to-early-help");
        var people = Api.read(hub, referral).statusCode(200).extract().jsonPath();
        StubSharingGate.permitLead(lead, people.getList("children.personId"));
        Api.actWith(hub, referral, "accept", Map.of("leadAgency", lead, "reason", "Early help after all"),
                Api.etag(hub, referral))
                .statusCode(200).body("status", equalTo("accepted"));
    }

    @Test
    void anS47OutcomeLeavesTheReferralEscalatedWithTheOutcomeInItsHistory() {
        String referral = escalated();
        String handOver = handOverOf(frontDoorSystem(), referral);
        acknowledge(frontDoorSystem(), handOver).statusCode(200);
        outcome(frontDoorSystem(), handOver, Map.of("outcome", "s47-enquiry", "note", "Strategy discussion held")).statusCode(200);
        Api.read(Agencies.hubScreener(), referral).statusCode(200).body("status", equalTo("escalated"));
        assertThat(history(referral)).contains("hand-over-outcome");
    }

    @Test
    void theFrontDoorSeesTheReferralThroughItsHandOversOnlyAndNothingElse() {
        String notEscalated = Api.submitted(Agencies.teacher(), Referrals.typical().build());
        String referral = escalated();
        handOverOf(duty(), referral);

        Api.read(duty(), referral).statusCode(404);
        Api.read(duty(), notEscalated).statusCode(404);
        given().header("Authorization", duty()).when().get("/api/referrals").then().statusCode(200)
                .body("items.id", not(hasItem(referral))).body("items.id", not(hasItem(notEscalated)));
        given().header("Authorization", duty()).when().get("/api/triage-queue").then().statusCode(403);
        given().header("Authorization", duty()).when().get("/api/referrals/" + referral + "/history").then().statusCode(404);
        given().header("Authorization", duty()).when().get("/api/alerts").then().statusCode(403);
        inbox(duty()).body("items.referralId", not(hasItem(notEscalated)));
    }

    @Test
    void theFrontDoorsFeedCarriesItsHandOversAndNothingElseAboutReferrals() {
        String referral = escalated();
        String handOver = handOverOf(duty(), referral);
        acknowledge(duty(), handOver).statusCode(200);

        List<Map<String, Object>> events = Feed.all(frontDoorSystem());
        assertThat(events).extracting(event -> event.get("type")).isNotEmpty()
                .allMatch(type -> type.toString().startsWith("referral.hand"));
        assertThat(events).extracting(event -> event.get("subject")).contains(handOver);
        assertThat(Feed.all(Agencies.charityWorker())).extracting(event -> event.get("subject")).doesNotContain(handOver);
        assertThat(Feed.all(Agencies.teacher())).extracting(event -> event.get("subject")).doesNotContain(handOver);
        assertThat(Feed.all(Agencies.hubScreener())).extracting(event -> event.get("type"))
                .contains("referral.handed-over", "referral.hand-over-acknowledged");
    }

    static final int SEES = 200;
    static final int NOT = 404;
    static final int ROLE = 403;

    /**
     * The hand-over row of the referral table, by role and relationship: what each caller gets reading a hand-over, finding
     * it in the inbox, and acknowledging it.
     */
    enum Who {
        // role, relationship                                                                  read  inbox  acknowledge
        FRONT_DOOR_PRACTITIONER(HandOverToSocialCareTest::duty, SEES, true, SEES),
        FRONT_DOOR_SYSTEM(HandOverToSocialCareTest::frontDoorSystem, SEES, true, SEES),
        FRONT_DOOR_AUDITOR(() -> Tokens.user("csc.audit").agency(FRONT_DOOR, "local-authority").roles("auditor").bearer(),
                NOT, false, ROLE),
        REFERRER_PRACTITIONER(Agencies::teacher, NOT, false, NOT),
        HUB_OF_THE_AREA(Agencies::hubScreener, NOT, false, NOT),
        HUB_OF_ANOTHER_AREA(Agencies::westbrookScreener, NOT, false, ROLE),
        ANOTHER_AGENCY_PRACTITIONER(Agencies::charityWorker, NOT, false, NOT),
        ANOTHER_AGENCY_SYSTEM(Agencies::policeSystem, NOT, false, NOT),
        AUDITOR(Agencies::auditor, NOT, false, ROLE),
        DATA_PROTECTION_OFFICER(Agencies::dataProtectionOfficer, NOT, false, ROLE);

        final Supplier<String> bearer;
        final int read;
        final boolean inbox;
        final int acknowledge;

        Who(Supplier<String> bearer, int read, boolean inbox, int acknowledge) {
            this.bearer = bearer;
            this.read = read;
            this.inbox = inbox;
            this.acknowledge = acknowledge;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Who.class)
    void theHandOverTable(Who who) {
        String referral = escalated();
        String handOver = handOverOf(duty(), referral);
        String bearer = who.bearer.get();

        read(bearer, handOver).statusCode(who.read);
        List<String> listed = inbox(bearer).extract().path("items.id");
        assertThat(listed.contains(handOver)).isEqualTo(who.inbox);
        acknowledge(bearer, handOver).statusCode(who.acknowledge);
        outcome(bearer, handOver, Map.of("outcome", "s47-enquiry", "note", "Strategy discussion held"))
                .statusCode(who.acknowledge == SEES ? SEES : who.acknowledge);
    }

    /** A referral from the school, escalated by the Eastmere hub; its id. */
    static String escalated() {
        String referral = Api.submitted(Agencies.teacher(), Referrals.typical().build());
        Api.act(Agencies.hubScreener(), referral, "escalate", Map.of("reason", REASON)).statusCode(200);
        return referral;
    }

    /** The id of the hand-over of {@code referral} in the caller's inbox. */
    static String handOverOf(String bearer, String referral) {
        List<Map<String, Object>> items = inbox(bearer).extract().path("items");
        return items.stream().filter(item -> referral.equals(item.get("referralId"))).map(item -> (String) item.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("No hand-over of " + referral + " in the inbox"));
    }

    static ValidatableResponse inbox(String bearer) {
        return given().header("Authorization", bearer).queryParam("size", 100).when().get("/api/hand-overs").then().statusCode(200);
    }

    static ValidatableResponse read(String bearer, String handOver) {
        return given().header("Authorization", bearer).when().get("/api/hand-overs/" + handOver).then();
    }

    static ValidatableResponse acknowledge(String bearer, String handOver) {
        return given().header("Authorization", bearer).when().post("/api/hand-overs/" + handOver + "/acknowledgement").then();
    }

    static ValidatableResponse outcome(String bearer, String handOver, Map<String, Object> body) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(body)
                .when().post("/api/hand-overs/" + handOver + "/outcome").then();
    }

    static List<String> history(String referral) {
        return history(Agencies.hubScreener(), referral);
    }

    static List<String> history(String bearer, String referral) {
        return given().header("Authorization", bearer).queryParam("size", 100)
                .when().get("/api/referrals/" + referral + "/history").then().statusCode(200).extract().path("items.action");
    }
}
