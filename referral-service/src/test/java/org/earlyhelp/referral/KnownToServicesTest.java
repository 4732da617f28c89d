package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * DOMAIN.md scenario 2, "many small worries": a school, the police and a GP refer the same
 * 13-year-old within weeks, with small spelling differences. The hub sees the matches with their
 * reasons, confirms them, and then sees one child, three agencies and one cumulative alert.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class KnownToServicesTest {

    /** Letters unique to one run, so the child is nobody else's in the shared test database. */
    private static String unique() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    @Test
    void threeAgenciesReferTheSameChildWithSpellingVariantsAndTheHubSeesOneChildAndOneAlert() {
        String family = unique();
        String born = BirthDays.of(13);
        String postcode = "EM" + (1 + new Random().nextInt(9)) + " " + (1 + new Random().nextInt(9)) + "ZZ";

        String school = Api.submitted(Agencies.teacher(),
                referral("Jayden", "Whitfield" + family, born, postcode, "education", "Attendance 62% this term"));
        String police = Api.submitted(Agencies.policeOfficer(),
                referral("Jaden", "Whitfeild" + family, born, postcode, "abuse-exploitation", "Missing overnight, found in town"));
        String schoolChild = childOf(school);

        JsonPath policeMatches = matches(police);
        Map<String, Object> match = matchFor(policeMatches, schoolChild);
        assertThat(((Number) match.get("score")).doubleValue()).isGreaterThanOrEqualTo(0.85);
        assertThat(strings(match.get("reasons"))).contains("same date of birth", "same postcode");
        confirm(police, (String) match.get("id"));
        assertThat(childOf(police)).isEqualTo(schoolChild);

        // The GP swaps first and last name.
        String gp = Api.submitted(Agencies.gp(), gpReferral("Whitfield" + family, "Jayden", born, postcode));
        Map<String, Object> gpMatch = matchFor(matches(gp), schoolChild);
        assertThat(strings(gpMatch.get("reasons"))).contains("same name with first and last names swapped",
                "same date of birth");
        // Strong matches count before the hub decides them (decision 0054): the alert is there, unconfirmed.
        assertThat(alertsFor(schoolChild)).singleElement().satisfies(raised -> assertThat(raised.get("unconfirmed")).isEqualTo(true));
        confirm(gp, (String) gpMatch.get("id"));

        assertThat(List.of(childOf(school), childOf(police), childOf(gp))).containsOnly(schoolChild);
        List<Map<String, Object>> alerts = alertsFor(schoolChild);
        assertThat(alerts).hasSize(1);
        Map<String, Object> alert = alerts.get(0);
        assertThat(alert.get("referralCount")).isEqualTo(3);
        assertThat(strings(alert.get("agencies"))).containsExactlyInAnyOrder(Agencies.SCHOOL, Agencies.POLICE, Agencies.GP);
        assertThat(alert.get("status")).isEqualTo("open");
        assertThat(alert.get("unconfirmed")).isEqualTo(false);

        given().header("Authorization", Agencies.hubScreener()).contentType("application/json")
                .body(Map.of("note", "Strategy: multi-agency meeting this week"))
                .when().post("/api/alerts/" + alert.get("id") + "/acknowledge")
                .then().statusCode(200).body("status", equalTo("acknowledged")).body("acknowledgedBy", equalTo("sam.screener"));
        given().header("Authorization", Agencies.hubScreener()).contentType("application/json").body(Map.of())
                .when().post("/api/alerts/" + alert.get("id") + "/acknowledge").then().statusCode(409);
        given().header("Authorization", Agencies.westbrookScreener()).contentType("application/json").body(Map.of())
                .when().post("/api/alerts/" + alert.get("id") + "/acknowledge").then().statusCode(404);

        // The link is on the feed for services that keep people by id.
        assertThat(Feed.events(Agencies.eventConsumer(), "referral.person-linked")).anyMatch(e -> gp.equals(e.get("subject")));
    }

    @Test
    void aRejectedMatchLeavesThePersonApartAndOnlyTheHubSeesMatches() {
        String family = unique();
        String born = BirthDays.of(9);
        String first = Api.submitted(Agencies.teacher(), referral("Mia", "Nolan" + family, born, "EM3 1AA", "education", "x"));
        String second = Api.submitted(Agencies.policeOfficer(), referral("Mia", "Nolan" + family, born, "EM3 1AA", "crime", "y"));
        Map<String, Object> match = matchFor(matches(second), childOf(first));
        given().header("Authorization", Agencies.hubScreener()).when()
                .post("/api/referrals/" + second + "/matches/" + match.get("id") + "/reject")
                .then().statusCode(200).body("status", equalTo("rejected"));
        assertThat(childOf(second)).isNotEqualTo(childOf(first));
        given().header("Authorization", Agencies.hubScreener()).when()
                .post("/api/referrals/" + second + "/matches/" + match.get("id") + "/confirm").then().statusCode(409);

        given().header("Authorization", Agencies.policeOfficer()).when().get("/api/referrals/" + second + "/matches")
                .then().statusCode(403);
        given().header("Authorization", Agencies.westbrookScreener()).when().get("/api/referrals/" + second + "/matches")
                .then().statusCode(404);
        given().header("Authorization", Agencies.westbrookScreener()).queryParam("page", 1).queryParam("size", 1).when()
                .get("/api/referrals/" + second + "/matches").then().statusCode(404);
    }

    @Test
    void theMatchesArePagedByPersonThenBestScore() {
        String family = unique();
        String born = BirthDays.of(9);
        String first = Api.submitted(Agencies.teacher(), referral("Jayden", "Whitfield" + family, born, "EM1 4QT", "education", "Attendance"));
        String second = Api.submitted(Agencies.policeOfficer(), referral("Jayden", "Whitfield" + family, born, "EM1 4QT", "crime", "Found in town"));
        String third = Api.submitted(Agencies.gp(), referral("Jayden", "Whitfield" + family, born, "EM1 4QT", "health", "Missed appointments"));
        JsonPath all = matches(third);
        assertThat(all.getInt("total")).isEqualTo(all.getList("items").size()).isGreaterThanOrEqualTo(2);
        assertThat(all.getList("items.candidatePersonId")).contains(childOf(first), childOf(second));
        JsonPath second0 = given().header("Authorization", Agencies.hubScreener()).queryParam("page", 1).queryParam("size", 1)
                .when().get("/api/referrals/" + third + "/matches").then().statusCode(200).extract().jsonPath();
        assertThat(second0.getInt("page")).isEqualTo(1);
        assertThat(second0.getInt("size")).isEqualTo(1);
        assertThat(second0.getInt("total")).isEqualTo(all.getInt("total"));
        assertThat(second0.getList("items.id")).containsExactly(all.getList("items.id").get(1));
    }

    @Test
    void twoReferralsFromOneAgencyRaiseNoAlert() {
        String family = unique();
        String born = BirthDays.of(7);
        String first = Api.submitted(Agencies.teacher(), referral("Ava", "Lowe" + family, born, "EM4 6DD", "education", "x"));
        for (int i = 0; i < 2; i++) {
            String next = Api.submitted(Agencies.teacher(), referral("Ava", "Lowe" + family, born, "EM4 6DD", "education", "x"));
            confirm(next, (String) matchFor(matches(next), childOf(first)).get("id"));
        }
        assertThat(alertsFor(childOf(first))).isEmpty();
    }

    /**
     * A common name: 55 earlier children share it exactly but were born on other days, while the child
     * referred again was recorded with a spelling slip. Only people born that day (or with no date of birth
     * recorded) can reach the threshold, so the namesakes do not crowd the child out of the candidates.
     */
    @Test
    void aCommonNameDoesNotHideTheChildBornThatDay() {
        String family = unique();
        LocalDate born = BirthDays.unique(11);
        for (int i = 1; i <= 55; i++) {
            Api.submitted(Agencies.teacher(), referral("Mia", "Nolan" + family, born.minusDays(i).toString(), "EM5 1AA",
                    "education", "namesake " + i));
        }
        String sameChild = Api.submitted(Agencies.teacher(), referral("Mia", "Nolann" + family, born.toString(), "EM5 2CD",
                "education", "Attendance 70%"));

        String police = Api.submitted(Agencies.policeOfficer(), referral("Mia", "Nolan" + family, born.toString(), "EM5 9XY",
                "crime", "Found in town at night"));
        JsonPath found = matches(police);
        assertThat(strings(matchFor(found, childOf(sameChild)).get("reasons"))).contains("same date of birth");
    }

    /** A parent first recorded without a date of birth is still offered when a later referral gives one. */
    @Test
    void aParentRecordedWithoutADateOfBirthIsStillFound() {
        String family = unique();
        String gp = Api.submitted(Agencies.gp(), Referrals.child("Ava", "Lowe" + family)
                .member("Leah", "Lowe" + family, null, "mother").build());
        String police = Api.submitted(Agencies.policeOfficer(), Referrals.child("Ava", "Lowe" + family)
                .member("Leah", "Lowe" + family, "1990-04-02", "mother").build());
        String mother = Api.read(Agencies.hubScreener(), gp).statusCode(200).extract().path("household[0].personId");
        // The police's mother, not their child: Ava's name can be similar enough to Leah's (a shared random surname).
        assertThat(strings(matchFor(matches(police), "Leah Lowe" + family, mother).get("reasons")))
                .contains("same name", "date of birth missing");
    }

    private static Map<String, Object> referral(String first, String last, String born, String postcode, String category,
            String what) {
        Map<String, Object> body = Referrals.child(first, last).onlyConcern(category, what, "medium").bornOn(born).build();
        setPostcode(body, postcode);
        return body;
    }

    private static Map<String, Object> gpReferral(String first, String last, String born, String postcode) {
        Map<String, Object> body = Referrals.child(first, last).bornOn(born).onlyConcern("health", "Mother's mental health", "medium")
                .build();
        setPostcode(body, postcode);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static void setPostcode(Map<String, Object> body, String postcode) {
        Map<String, Object> child = ((List<Map<String, Object>>) body.get("children")).get(0);
        child.put("address", Map.of("line1", "3 Quarry Road", "town", "Eastmere", "postcode", postcode));
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static String childOf(String referral) {
        return Api.read(Agencies.hubScreener(), referral).statusCode(200).extract().path("children[0].personId");
    }

    private static JsonPath matches(String referral) {
        return given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100).when()
                .get("/api/referrals/" + referral + "/matches").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> matchFor(JsonPath matches, String candidatePersonId) {
        List<Map<String, Object>> all = matches.getList("items");
        return all.stream().filter(match -> candidatePersonId.equals(match.get("candidatePersonId"))).findFirst()
                .orElseThrow(() -> new AssertionError("No match for " + candidatePersonId + " in " + all));
    }

    private static Map<String, Object> matchFor(JsonPath matches, String personName, String candidatePersonId) {
        List<Map<String, Object>> all = matches.getList("items");
        return all.stream().filter(match -> personName.equals(match.get("personName")))
                .filter(match -> candidatePersonId.equals(match.get("candidatePersonId"))).findFirst()
                .orElseThrow(() -> new AssertionError("No match of " + personName + " with " + candidatePersonId + " in " + all));
    }

    private static void confirm(String referral, String matchId) {
        given().header("Authorization", Agencies.hubScreener()).when()
                .post("/api/referrals/" + referral + "/matches/" + matchId + "/confirm")
                .then().statusCode(200).body("status", equalTo("confirmed"));
    }

    private static List<Map<String, Object>> alertsFor(String personId) {
        List<Map<String, Object>> all = given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100)
                .when().get("/api/alerts").then().statusCode(200).body("items", org.hamcrest.Matchers.notNullValue())
                .extract().jsonPath().getList("items");
        return all.stream().filter(alert -> personId.equals(alert.get("personId"))).toList();
    }
}
