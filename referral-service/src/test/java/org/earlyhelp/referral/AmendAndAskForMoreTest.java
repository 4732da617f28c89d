package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.platform.test.ClearTextScan;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.referral.events.ConsentFeedDelivery;
import org.earlyhelp.referral.information.PausedClock;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 29 point 1 (decision 0063): the referrer amends its referral before the hub decides it, kept as versions with
 * who and when, sealed, matched again on a corrected identity; the hub asks the referrer for more, the 1-working-day
 * clock pausing at the question and resuming at the answer, and the queue flags a question unanswered past its date.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AmendAndAskForMoreTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    PausedClock clock;
    @Inject
    ConsentFeedDelivery consentFeed;

    /** A family of this test alone (a restriction here must not reach another test's child through a strong match). */
    static Referrals family() {
        return Referrals.child("Jayden", ReferralRetentionTest.marker()).bornOn(ReferralRetentionTest.bornSomeDay());
    }

    static ValidatableResponse amend(String bearer, String referral, Map<String, Object> amendment) {
        return Api.actWith(bearer, referral, "amendments", amendment, Api.etag(Agencies.hubScreener(), referral)).log().ifValidationFails();
    }

    static ValidatableResponse ask(String bearer, String referral, String question, LocalDate due) {
        return Api.actWith(bearer, referral, "information-requests", Map.of("question", question, "dueDate", due.toString()),
                Api.etag(Agencies.hubScreener(), referral)).log().ifValidationFails();
    }

    static ValidatableResponse answer(String bearer, String referral, String request, String text) {
        return Api.actWith(bearer, referral, "information-requests/" + request + "/answer", Map.of("answer", text),
                Api.etag(Agencies.hubScreener(), referral)).log().ifValidationFails();
    }

    static List<Map<String, Object>> history(String referral) {
        return given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100).when()
                .get("/api/referrals/" + referral + "/history").then().statusCode(200).extract().jsonPath().getList("items");
    }

    static Map<String, Object> queueItem(String referral) {
        List<Map<String, Object>> items = given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100).when()
                .get("/api/triage-queue").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(item -> referral.equals(item.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("Referral " + referral + " is not on the hub's queue"));
    }

    @Test
    void anAmendedConcernIsAVersionInTheHistoryWithWhoAndWhenAndSealed() throws Exception {
        String marker = ReferralRetentionTest.marker();
        String referral = Api.submitted(Agencies.teacher(), family().build());
        String concern = "Told his teacher about shouting at home, " + marker;

        amend(Agencies.teacher(), referral, Map.of(
                "newConcerns", List.of(Map.of("category", "domestic-abuse", "description", concern, "severity", "high")),
                "familyViews", "Mum now agrees to meet the worker, " + marker,
                "note", "Disclosed on Monday, " + marker))
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("contentVersion", equalTo(2))
                .body("concerns.description", hasItem(concern))
                .body("concerns.description", hasItem("Attendance below 80% this term"))
                .body("familyViews", equalTo("Mum now agrees to meet the worker, " + marker))
                .body("status", equalTo("submitted"));

        Api.read(Agencies.hubScreener(), referral).statusCode(200).body("contentVersion", equalTo(2))
                .body("concerns.description", hasItem(concern));
        assertThat(history(referral)).filteredOn(line -> "amended".equals(line.get("action"))).singleElement()
                .satisfies(line -> {
                    assertThat(line.get("by")).isEqualTo("ms.okafor");
                    assertThat(line.get("agency")).isEqualTo(Agencies.SCHOOL);
                    assertThat(Instant.parse((String) line.get("at"))).isAfter(Instant.now().minusSeconds(60));
                    assertThat((String) line.get("detail")).contains("version 2", "1 concern added (domestic-abuse)",
                            "the family's views").doesNotContain(marker);
                    assertThat((String) line.get("reason")).contains("Disclosed on Monday");
                });
        JsonPath versions = given().header("Authorization", Agencies.teacher()).when()
                .get("/api/referrals/" + referral + "/amendments").then().statusCode(200).extract().jsonPath();
        assertThat(versions.getInt("total")).isEqualTo(1);
        assertThat(versions.getInt("items[0].contentVersion")).isEqualTo(2);
        assertThat(versions.getString("items[0].agency")).isEqualTo(Agencies.SCHOOL);
        assertThat(versions.getString("items[0].amendment.newConcerns[0].description")).isEqualTo(concern);

        assertThat(ClearTextScan.tablesContaining(dataSource, marker)).as("tables holding the amendment in clear").isEmpty();
        assertThat(Feed.about(Agencies.eventConsumer(), "referral.amended", referral).toString()).doesNotContain(marker);
        // The referrer's own feed has it; an agency with no part in the referral does not.
        assertThat(Feed.events(Agencies.teacher(), "referral.amended")).anySatisfy(event -> assertThat(event.get("subject")).isEqualTo(referral));
        assertThat(Feed.events(Agencies.dwp(), "referral.amended")).noneSatisfy(event -> assertThat(event.get("subject")).isEqualTo(referral));
    }

    @Test
    void aCorrectedSurnameIsMatchedAgainAndANewCandidateAppears() {
        String rightSurname = ReferralRetentionTest.marker();
        String known = Api.submitted(Agencies.policeOfficer(), Referrals.child("Jayden", rightSurname)
                .onlyConcern("crime", "Seen out late", "medium").build());
        String knownChild = Hub.childOf(known);
        // The school knows neither his date of birth nor his surname as the police wrote it: too little to match.
        // (A surname that neither looks nor sounds like the police's: markers all start "Zq".)
        String referral = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", "Mortimer" + Hub.unique()).bornOn(null)
                .childField("dateOfBirthUnknown", true)
                .childField("address", Map.of("line1", "3 Canal Row", "town", "Eastmere", "postcode", "EM1 7ZZ")).build());
        assertThat(Hub.matches(referral)).noneSatisfy(match -> assertThat(match.get("candidatePersonId")).isEqualTo(knownChild));

        amend(Agencies.teacher(), referral, Map.of("corrections", List.of(Map.of("personId", Hub.childOf(referral),
                "lastName", rightSurname)))).statusCode(200).body("children[0].lastName", equalTo(rightSurname));

        assertThat(Hub.matches(referral)).anySatisfy(match -> assertThat(match.get("candidatePersonId")).isEqualTo(knownChild));
        // The index follows the corrected name: a later referral under it finds this child too.
        String later = Api.submitted(Agencies.gp(), Referrals.child("Jayden", rightSurname)
                .onlyConcern("health", "Missed appointments", "medium").build());
        assertThat(Hub.matches(later)).anySatisfy(match -> assertThat(match.get("candidatePersonId")).isEqualTo(Hub.childOf(referral)));
        assertThat(history(referral)).filteredOn(line -> "amended".equals(line.get("action"))).singleElement()
                .satisfies(line -> assertThat((String) line.get("detail")).contains("lastName").doesNotContain(rightSurname));
        assertThat(Feed.about(Agencies.eventConsumer(), "referral.amended", referral).toString()).contains("identitiesChanged=true");
    }

    @Test
    void aCorrectedSurnameThatMakesThreeAgenciesReferralsOneChildRaisesTheAlert() {
        String surname = ReferralRetentionTest.marker();
        String born = ReferralRetentionTest.bornSomeDay();
        String police = Api.submitted(Agencies.policeOfficer(), Referrals.child("Jayden", surname).bornOn(born)
                .onlyConcern("crime", "Seen out late", "medium").build());
        String gp = Api.submitted(Agencies.gp(), Referrals.child("Jayden", surname).bornOn(born)
                .onlyConcern("health", "Missed appointments", "medium").build());
        // The school typed a surname that neither looks nor sounds like his, and did not know his date of birth: too little
        // to match, so two referrals, not yet the pattern.
        String school = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", "Mortimer" + Hub.unique()).bornOn(null)
                .childField("dateOfBirthUnknown", true).build());
        List<String> children = List.of(Hub.childOf(police), Hub.childOf(gp), Hub.childOf(school));
        assertThat(children).allSatisfy(child -> assertThat(Hub.alertsFor(child, null)).isEmpty());

        amend(Agencies.teacher(), school, Map.of("corrections", List.of(Map.of("personId", Hub.childOf(school), "lastName", surname,
                "dateOfBirth", born))))
                .statusCode(200);

        List<Map<String, Object>> alerts = children.stream().flatMap(child -> Hub.alertsFor(child, null).stream()).distinct().toList();
        assertThat(alerts).as("one alert about the child, now that the school's referral names him rightly").singleElement()
                .satisfies(alert -> {
                    assertThat(alert.get("referralCount")).isEqualTo(3);
                    assertThat(alert.get("unconfirmed")).isEqualTo(true);
                });
    }

    @Test
    void badAmendmentsAre400AndStoreNothing() {
        String referral = Api.submitted(Agencies.teacher(), family().member("Donna", "Whitfield", "1985-03-02", "mother")
                .build());
        String mother = Api.read(Agencies.teacher(), referral).extract().path("household[0].personId");
        List<Map<String, Object>> bad = List.of(
                Map.of(),
                Map.of("urgency", "immediate-risk"),
                Map.of("area", "westbrook", "familyViews", "x"),
                Map.of("newConcerns", List.of(Map.of("category", "no-such-category", "description", "x", "severity", "high"))),
                Map.of("newConcerns", List.of(Map.of("category", "housing", "severity", "high"))),
                Map.of("corrections", List.of(Map.of("personId", UUID.randomUUID().toString(), "lastName", "Other"))),
                Map.of("corrections", List.of(Map.of("personId", mother))),
                Map.of("corrections", List.of(Map.of("personId", mother, "postcode", "EM1 4AB"))),
                Map.of("corrections", List.of(Map.of("personId", mother, "lastName", " "))),
                Map.of("corrections", List.of(Map.of("personId", mother, "dateOfBirth", LocalDate.now().plusDays(3).toString()))),
                Map.of("corrections", List.of(Map.of("personId", Hub.childOf(referral), "nhsNumber", "1234567890"))));
        for (Map<String, Object> body : bad) {
            amend(Agencies.teacher(), referral, body).statusCode(400).contentType("application/problem+json");
        }
        Api.read(Agencies.teacher(), referral).statusCode(200).body("contentVersion", equalTo(1));
        assertThat(history(referral)).noneSatisfy(line -> assertThat(line.get("action")).isEqualTo("amended"));
    }

    @Test
    void aDecidedReferralCannotBeAmendedNorARestrictedOne() {
        String decided = Api.submitted(Agencies.teacher(), family().build());
        Api.act(Agencies.hubScreener(), decided, "triage", null).statusCode(200);
        Api.act(Agencies.hubScreener(), decided, "close-with-no-further-action", Map.of("reason", "Support in school is enough"))
                .statusCode(200);
        amend(Agencies.teacher(), decided, Map.of("familyViews", "Mum agrees now")).statusCode(409)
                .contentType("application/problem+json");

        String restricted = Api.submitted(Agencies.teacher(), family().build());
        String child = Hub.childOf(restricted);
        consentFeed.deliver(ConsentFeed.PersonRestriction.RESTRICTED, UUID.fromString(child),
                new ConsentFeed.PersonRestriction(UUID.fromString(child), UUID.randomUUID(), "dpo.reid", Instant.now()));
        amend(Agencies.teacher(), restricted, Map.of("familyViews", "Mum agrees now")).statusCode(409)
                .body("type", endsWith("/processing-restricted"));
        ask(Agencies.hubScreener(), restricted, "Does mum agree?", LocalDate.now().plusDays(2)).statusCode(409)
                .body("type", endsWith("/processing-restricted"));
        Api.read(Agencies.teacher(), restricted).body("contentVersion", equalTo(1)).body("status", equalTo("submitted"));
    }

    @Test
    void theHubAsksTheClockPausesAndTheAnswerResumesItWithTheWorkingTimeLeft() throws Exception {
        String marker = ReferralRetentionTest.marker();
        String referral = Api.submitted(Agencies.teacher(), family().build());
        Api.act(Agencies.hubScreener(), referral, "triage", null).statusCode(200);
        Instant dueBefore = Instant.parse(Api.read(Agencies.hubScreener(), referral).extract().path("decisionDueBy"));
        LocalDate answerDue = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3);

        String request = ask(Agencies.hubScreener(), referral, "Who else lives at the address? " + marker, answerDue)
                .statusCode(201).header("Location", containsString("/information-requests/")).header("ETag", notNullValue())
                .body("status", equalTo("open")).body("dueDate", equalTo(answerDue.toString()))
                .body("dueBeforePause", equalTo(dueBefore.toString())).extract().path("id");

        Api.read(Agencies.teacher(), referral).statusCode(200).body("status", equalTo("awaiting-information"))
                .body("overdue", equalTo(false))
                .body("decisionClock.pausedAt", notNullValue()).body("decisionClock.resumedAt", nullValue());
        Map<String, Object> waiting = queueItem(referral);
        assertThat(waiting.get("status")).isEqualTo("awaiting-information");
        assertThat(waiting.get("informationDueBy")).isEqualTo(answerDue.toString());
        assertThat(waiting.get("informationOverdue")).isEqualTo(false);
        // The referrer reads the question.
        given().header("Authorization", Agencies.teacher()).when().get("/api/referrals/" + referral + "/information-requests")
                .then().statusCode(200).body("items[0].question", equalTo("Who else lives at the address? " + marker));
        // A second question waits for the first to be answered; the hub cannot decide meanwhile.
        ask(Agencies.hubScreener(), referral, "And the school?", answerDue).statusCode(409);
        Api.act(Agencies.hubScreener(), referral, "close-with-no-further-action", Map.of("reason", "x")).statusCode(409);
        // The referrer may amend while the hub waits.
        amend(Agencies.teacher(), referral, Map.of("familyViews", "Her partner moved in in March")).statusCode(200)
                .body("status", equalTo("awaiting-information"));

        JsonPath answered = answer(Agencies.teacher(), referral, request, "Her partner, since March. " + marker).statusCode(200)
                .body("status", equalTo("answered")).extract().jsonPath();
        Instant pausedAt = Instant.parse(answered.getString("pausedAt"));
        Instant resumedAt = Instant.parse(answered.getString("resumedAt"));
        // Kept in whole seconds: on a working day the pause falls within a second, and its fraction is not owed.
        Duration remaining = clock.remaining(pausedAt, dueBefore).truncatedTo(ChronoUnit.SECONDS);
        Instant dueAfter = clock.resumedDue(resumedAt, remaining);
        assertThat(answered.getString("remainingWorkingTime")).isEqualTo(remaining.toString());
        assertThat(Instant.parse(answered.getString("dueAfterResume"))).isEqualTo(dueAfter);

        Api.read(Agencies.hubScreener(), referral).statusCode(200).body("status", equalTo("in-triage"))
                .body("decisionDueBy", equalTo(dueAfter.toString()))
                .body("decisionClock.pausedAt", equalTo(pausedAt.toString()))
                .body("decisionClock.dueBeforePause", equalTo(dueBefore.toString()))
                .body("decisionClock.resumedAt", equalTo(resumedAt.toString()))
                .body("decisionClock.dueAfterResume", equalTo(dueAfter.toString()));
        List<Map<String, Object>> lines = history(referral);
        assertThat(lines).filteredOn(line -> "information-requested".equals(line.get("action"))).singleElement()
                .satisfies(line -> {
                    assertThat(line.get("from")).isEqualTo("in-triage");
                    assertThat(line.get("to")).isEqualTo("awaiting-information");
                    assertThat((String) line.get("detail")).contains("paused", dueBefore.toString()).doesNotContain(marker);
                });
        assertThat(lines).filteredOn(line -> "information-provided".equals(line.get("action"))).singleElement()
                .satisfies(line -> {
                    assertThat(line.get("by")).isEqualTo("ms.okafor");
                    assertThat(line.get("to")).isEqualTo("in-triage");
                    assertThat((String) line.get("detail")).contains("resumed", dueAfter.toString()).doesNotContain(marker);
                });
        answer(Agencies.teacher(), referral, request, "Again").statusCode(409);
        assertThat(ClearTextScan.tablesContaining(dataSource, marker)).as("tables holding the question or answer in clear").isEmpty();
        for (String type : List.of("referral.information-requested", "referral.information-provided")) {
            assertThat(Feed.about(Agencies.eventConsumer(), type, referral).toString()).doesNotContain(marker);
            assertThat(Feed.events(Agencies.teacher(), type)).anySatisfy(event -> assertThat(event.get("subject")).isEqualTo(referral));
        }
        // Decided as usual from here.
        Api.act(Agencies.hubScreener(), referral, "close-with-no-further-action", Map.of("reason", "Enough support")).statusCode(200);
    }

    @Test
    void aQuestionUnansweredPastItsDateIsFlaggedOnTheQueueAndTheHubCanWithdrawIt() throws Exception {
        String referral = Api.submitted(Agencies.teacher(), family().build());
        ask(Agencies.hubScreener(), referral, "Does mum agree?", LocalDate.now().minusDays(1)).statusCode(400);
        String request = ask(Agencies.hubScreener(), referral, "Does mum agree?", LocalDate.now().plusDays(1)).statusCode(201)
                .extract().path("id");
        try (Connection connection = dataSource.getConnection(); PreparedStatement moved = connection.prepareStatement(
                "update information_request set due_date = current_date - 2 where id = ?")) {
            moved.setObject(1, UUID.fromString(request));
            moved.executeUpdate();
        }
        Map<String, Object> item = queueItem(referral);
        assertThat(item.get("informationOverdue")).isEqualTo(true);
        assertThat(item.get("informationDueBy")).isEqualTo(LocalDate.now().minusDays(2).toString());
        assertThat(item.get("overdue")).isEqualTo(false);

        Api.actWith(Agencies.hubScreener(), referral, "information-requests/" + request + "/withdraw", null,
                Api.etag(Agencies.hubScreener(), referral)).statusCode(200).body("status", equalTo("withdrawn"));
        Api.read(Agencies.hubScreener(), referral).body("status", equalTo("submitted"))
                .body("decisionClock.resumedAt", notNullValue());
        assertThat(queueItem(referral)).doesNotContainKey("informationDueBy").containsEntry("informationOverdue", false);
        assertThat(Feed.about(Agencies.eventConsumer(), "referral.information-request-withdrawn", referral)).isNotNull();
        // Answering a withdrawn question is too late.
        answer(Agencies.teacher(), referral, request, "Yes").statusCode(409);
        answer(Agencies.teacher(), referral, UUID.randomUUID().toString(), "Yes").statusCode(404);
    }

    @Test
    void aQuestionStillOpenWhenTheReferralIsEscalatedOrWithdrawnIsClosedWithItAndNobodyAnswersIt() {
        String escalated = Api.submitted(Agencies.teacher(), family().build());
        String toTheHub = ask(Agencies.hubScreener(), escalated, "Who else lives at the address?", LocalDate.now().plusDays(2))
                .statusCode(201).extract().path("id");
        Api.act(Agencies.hubScreener(), escalated, "escalate", Map.of("reason", "The school rang: a bruise on his face"))
                .statusCode(200).body("status", equalTo("escalated"));
        String withdrawn = Api.submitted(Agencies.teacher(), family().build());
        String toTheReferrer = ask(Agencies.hubScreener(), withdrawn, "Does mum agree?", LocalDate.now().plusDays(2))
                .statusCode(201).extract().path("id");
        Api.act(Agencies.teacher(), withdrawn, "withdraw", Map.of("reason", "Mum moved the family out of the area"))
                .statusCode(200).body("status", equalTo("withdrawn"));

        for (String[] question : new String[][] { { escalated, toTheHub }, { withdrawn, toTheReferrer } }) {
            Map<String, Object> asked = given().header("Authorization", Agencies.teacher()).when()
                    .get("/api/referrals/" + question[0] + "/information-requests").then().statusCode(200).extract().jsonPath()
                    .<Map<String, Object>>getList("items").get(0);
            assertThat(asked).containsEntry("id", question[1]).containsEntry("status", "closed")
                    .containsEntry("overdue", false).containsKey("settledAt")
                    .as("the clock never ran again").doesNotContainKeys("resumedAt", "dueAfterResume");
            answer(Agencies.teacher(), question[0], question[1], "Nobody else").statusCode(409);
        }
    }

    @Test
    void aNewConcernOfSignificantHarmMakesItAnImmediateRiskReferral() {
        String referral = Api.submitted(Agencies.teacher(), family().build());
        amend(Agencies.teacher(), referral, Map.of("newConcerns", List.of(Map.of("category", "abuse-exploitation",
                "description", "Bruising seen on both arms", "severity", "significant-harm")))).statusCode(200)
                .body("immediateRisk", equalTo(true)).body("queue", equalTo("escalation"));
        ask(Agencies.hubScreener(), referral, "Any more?", LocalDate.now().plusDays(1)).statusCode(409);
        Api.read(Agencies.hubScreener(), referral).body("status", not(equalTo("awaiting-information")));
    }
}
