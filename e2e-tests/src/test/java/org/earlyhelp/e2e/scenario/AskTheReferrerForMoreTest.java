package org.earlyhelp.e2e.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Issue 29 point 1, "Amend and ask for more": a school refers, the hub asks it a question, the school answers and adds
 * a concern. The 1-working-day decision clock stops while the hub waits and runs again from the answer with the working
 * time that was left, weekends and the England and Wales bank holidays skipped: the deadlines the suite shows are
 * checked against a count of working time written here from the rule (DOMAIN.md), not from the service's code.
 */
@EndToEnd
class AskTheReferrerForMoreTest {

    private static final ZoneId TRIAGE_ZONE = ZoneId.of("Europe/London");
    /** gov.uk/bank-holidays, England and Wales; the suite is configured with the same days. */
    private static final Set<LocalDate> BANK_HOLIDAYS = Set.of(
            LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-01"),
            LocalDate.parse("2027-03-26"), LocalDate.parse("2027-03-29"), LocalDate.parse("2027-05-03"),
            LocalDate.parse("2027-05-31"), LocalDate.parse("2027-08-30"), LocalDate.parse("2027-12-27"),
            LocalDate.parse("2027-12-28"), LocalDate.parse("2028-01-03"), LocalDate.parse("2028-04-14"),
            LocalDate.parse("2028-04-17"), LocalDate.parse("2028-05-01"), LocalDate.parse("2028-05-29"),
            LocalDate.parse("2028-08-28"), LocalDate.parse("2028-12-25"), LocalDate.parse("2028-12-26"));

    @Test
    void theHubAsksTheSchoolAnswersAndTheDecisionClockPausesAndResumes() {
        Referrals.Submitted referral = Referrals.about(People.child())
                .onlyConcern("education", "Attendance down to 78% this term; often late and tired", "medium")
                .submitBy(Login.TEACHER_EVANS);
        Referrals.Submitted inTriage = Hub.startTriage(referral);
        Instant dueWhenAsked = Instant.parse(read(Login.HUB_PATEL, referral).getString("decisionDueBy"));

        LocalDate answerBy = LocalDate.now(TRIAGE_ZONE).plusDays(3);
        Response asked = Gateway.as(Login.HUB_PATEL).header("If-Match", inTriage.etag())
                .body(Map.of("question", "Has the family agreed to a home visit? Who else lives at the address?",
                        "dueDate", answerBy.toString()))
                .when().post("/api/referrals/{id}/information-requests", referral.id());
        asked.then().statusCode(201);
        String requestId = asked.jsonPath().getString("id");

        JsonPath waiting = read(Login.HUB_PATEL, referral);
        assertThat(waiting.getString("status")).isEqualTo("awaiting-information");
        Instant pausedAt = Instant.parse(waiting.getString("decisionClock.pausedAt"));
        assertThat(Instant.parse(waiting.getString("decisionClock.dueBeforePause"))).isEqualTo(dueWhenAsked);
        assertThat(waiting.getBoolean("overdue")).as("never overdue while the hub waits for the referrer").isFalse();
        assertThat(Hub.queueItem(referral.id())).as("in the hub's queue, waiting")
                .containsEntry("status", "awaiting-information").containsEntry("informationDueBy", answerBy.toString());

        JsonPath question = Gateway.as(Login.TEACHER_EVANS).when()
                .get("/api/referrals/{id}/information-requests", referral.id()).then().statusCode(200).extract().jsonPath();
        assertThat(question.getString("items[0].question")).startsWith("Has the family agreed to a home visit?");
        Gateway.as(Login.PC_HUGHES).when().get("/api/referrals/{id}/information-requests", referral.id()).then().statusCode(404);

        Response answered = Gateway.as(Login.TEACHER_EVANS).header("If-Match", etagOf(Login.TEACHER_EVANS, referral))
                .body(Map.of("answer", "Mum agreed on the phone; her partner moved in in March."))
                .when().post("/api/referrals/{id}/information-requests/{requestId}/answer", referral.id(), requestId);
        answered.then().statusCode(200).body("status", equalTo("answered"));

        JsonPath resumed = read(Login.HUB_PATEL, referral);
        assertThat(resumed.getString("status")).isEqualTo("in-triage");
        Instant resumedAt = Instant.parse(resumed.getString("decisionClock.resumedAt"));
        Instant newDue = Instant.parse(resumed.getString("decisionDueBy"));
        // The service keeps the working time left in whole seconds (remainingWorkingTime), as a deadline needs no finer.
        Duration left = workingTimeBetween(pausedAt, dueWhenAsked).truncatedTo(ChronoUnit.SECONDS);
        assertThat(newDue).as("the working time left at %s (%s) counted again from %s", pausedAt, left, resumedAt)
                .isEqualTo(addWorkingTime(resumedAt, left));
        assertThat(Instant.parse(resumed.getString("decisionClock.dueAfterResume"))).isEqualTo(newDue);
        System.out.printf("Decision clock: due %s when asked at %s, %s of working time left; answered at %s, now due %s%n",
                dueWhenAsked, pausedAt, left, resumedAt, newDue);

        Response amended = Gateway.as(Login.TEACHER_EVANS).header("If-Match", etagOf(Login.TEACHER_EVANS, referral))
                .body(Map.of("newConcerns", List.of(Map.of("category", "domestic-abuse", "severity", "high",
                                "description", "Told his teacher about shouting at home most nights")),
                        "note", "Told us this morning"))
                .when().post("/api/referrals/{id}/amendments", referral.id());
        amended.then().statusCode(200).body("contentVersion", equalTo(2))
                .body("concerns.category", hasItem("domestic-abuse"));

        JsonPath history = Gateway.as(Login.HUB_PATEL).queryParam("size", 100)
                .when().get("/api/referrals/{id}/history", referral.id()).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = history.getList("items");
        assertThat(entries).as("the history tells who asked, who answered and who amended, and when")
                .anySatisfy(entry -> assertThat(entry).containsEntry("action", "information-requested")
                        .containsEntry("agency", "northshire-early-help").containsEntry("to", "awaiting-information")
                        .containsKey("at"))
                .anySatisfy(entry -> assertThat(entry).containsEntry("action", "information-provided")
                        .containsEntry("agency", "eastmere-academy").containsEntry("to", "in-triage"))
                .anySatisfy(entry -> {
                    assertThat(entry).containsEntry("action", "amended").containsEntry("agency", "eastmere-academy");
                    assertThat(String.valueOf(entry.get("detail"))).as("the history names what changed, not the details")
                            .contains("version 2").doesNotContain("shouting");
                });
    }

    private static JsonPath read(Login caller, Referrals.Submitted referral) {
        return Gateway.as(caller).when().get("/api/referrals/{id}", referral.id()).then().statusCode(200).extract().jsonPath();
    }

    private static String etagOf(Login caller, Referrals.Submitted referral) {
        return Gateway.as(caller).when().get("/api/referrals/{id}", referral.id()).then().statusCode(200).extract().header("ETag");
    }

    /** The time on working days (not weekends, not bank holidays) between two instants. */
    static Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (Instant at = from; at.isBefore(to); ) {
            LocalDate day = at.atZone(TRIAGE_ZONE).toLocalDate();
            Instant next = min(day.plusDays(1).atStartOfDay(TRIAGE_ZONE).toInstant(), to);
            if (working(day)) {
                total = total.plus(Duration.between(at, next));
            }
            at = next;
        }
        return total;
    }

    /** The instant {@code amount} of working time after {@code from}. */
    static Instant addWorkingTime(Instant from, Duration amount) {
        Instant at = from;
        Duration left = amount;
        while (!left.isZero() && !left.isNegative()) {
            LocalDate day = at.atZone(TRIAGE_ZONE).toLocalDate();
            Instant endOfDay = day.plusDays(1).atStartOfDay(TRIAGE_ZONE).toInstant();
            Duration today = working(day) ? Duration.between(at, endOfDay) : Duration.ZERO;
            if (left.compareTo(today) <= 0) {
                return at.plus(left);
            }
            left = left.minus(today);
            at = endOfDay;
        }
        return at;
    }

    private static boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !BANK_HOLIDAYS.contains(day);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
