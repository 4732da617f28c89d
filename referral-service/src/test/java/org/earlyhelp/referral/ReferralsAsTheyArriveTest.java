package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 27 point 6: referrals as they arrive in real life. A date of birth the referrer does not know (or knows only
 * as a year or an age), a day and month swapped, a nickname, and twins, each against the same child referred before.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReferralsAsTheyArriveTest {

    private static final Random RANDOM = new Random();

    @Test
    void aSwappedDayAndMonthFindTheChild() {
        String family = "Nolan" + unique();
        String school = Api.submitted(Agencies.teacher(), child("Mia", family, "2016-09-03", "EM3 1AA").build());
        String police = Api.submitted(Agencies.policeOfficer(), child("Mia", family, "2016-03-09", "EM3 1AA").build());

        Map<String, Object> match = matchOf(police, childOf(school)).orElseThrow();
        assertThat(strings(match.get("reasons"))).contains("date of birth with day and month swapped", "same postcode");
        assertThat(match.get("strong")).isEqualTo(true);
        assertThat(((Number) match.get("strongScore")).doubleValue()).isCloseTo(0.7, within(1e-6));
    }

    @Test
    void aNicknameOrAnotherSpellingFindsTheChild() {
        String[][] names = { { "Alexander", "Sasha" }, { "Małgorzata", "Gosia" }, { "Siobhan", "Shivaun" } };
        for (String[] name : names) {
            String family = "Kowalczyk" + unique();
            String born = BirthDays.of(8);
            String school = Api.submitted(Agencies.teacher(), child(name[0], family, born, "EM2 4BD").build());
            String police = Api.submitted(Agencies.policeOfficer(), child(name[1], family, born, "EM2 4BD").build());
            Map<String, Object> match = matchOf(police, childOf(school)).orElseThrow(() -> new AssertionError(name[1] + " not found"));
            assertThat(match.get("strong")).as(name[1]).isEqualTo(true);
            assertThat(strings(match.get("reasons"))).as(name[1])
                    .contains("known variant of the first name (" + name[0] + " for " + name[1] + ")");
        }
    }

    @Test
    void aChildWhoseDateOfBirthIsNotKnownIsReferredAndMatchedAsWeakerEvidence() {
        String family = "Lowe" + unique();
        LocalDate born = BirthDays.unique(7);
        String school = Api.submitted(Agencies.teacher(), child("Ava", family, born.toString(), "EM4 2BB").build());
        String dated = Api.submitted(Agencies.gp(), child("Ava", family, born.toString(), "EM4 2BB").build());

        String unknown = Api.submitted(Agencies.policeOfficer(), child("Ava", family, null, "EM4 2BB")
                .childField("dateOfBirthUnknown", true).build());
        Api.read(Agencies.policeOfficer(), unknown).statusCode(200).body("children[0].dateOfBirthUnknown", equalTo(true));
        String aged = Api.submitted(Agencies.policeOfficer(), child("Ava", family, null, "EM4 2BB").childField("approximateAge", 7)
                .build());
        String year = Api.submitted(Agencies.policeOfficer(), child("Ava", family, null, "EM4 2BB")
                .childField("birthYear", born.getYear()).build());

        double exact = score(matchOf(dated, childOf(school)).orElseThrow());
        Map<String, Object> withoutDate = matchOf(unknown, childOf(school)).orElseThrow();
        assertThat(strings(withoutDate.get("reasons"))).contains("same name", "date of birth missing", "same postcode");
        assertThat(score(withoutDate)).isLessThan(exact).isGreaterThanOrEqualTo(0.5);
        assertThat(strings(matchOf(aged, childOf(school)).orElseThrow().get("reasons"))).contains("date of birth fits the approximate age");
        assertThat(strings(matchOf(year, childOf(school)).orElseThrow().get("reasons"))).contains("date of birth fits the year of birth");
        assertThat(score(matchOf(aged, childOf(school)).orElseThrow())).isLessThan(exact);

        // The child referred with a date later is found from the one referred without.
        String later = Api.submitted(Agencies.gp(), child("Ava", family, born.toString(), "EM4 2BB").build());
        assertThat(matchOf(later, childOf(unknown))).isPresent();
    }

    @Test
    void aBornChildStillNeedsADateOfBirthOrToSaySoAndNeverTwo() {
        String family = "Marsh" + unique();
        Api.submit(Agencies.teacher(), child("Leo", family, null, "EM1 1AA").build()).statusCode(400)
                .body("violations.message", hasItem(org.hamcrest.Matchers.startsWith("give one of dateOfBirth")));
        Api.submit(Agencies.teacher(), child("Leo", family, "2018-02-02", "EM1 1AA").childField("birthYear", 2018).build())
                .statusCode(400);
        Api.submit(Agencies.teacher(), child("Leo", family, null, "EM1 1AA").childField("approximateAge", 40).build())
                .statusCode(400);
        Api.submit(Agencies.teacher(), child("Leo", family, null, "EM1 1AA").childField("birthYear", LocalDate.now().getYear() + 1)
                .build()).statusCode(400);
        Api.submit(Agencies.teacher(), child("Leo", family, null, "EM1 1AA").childField("dateOfBirthUnknown", false).build())
                .statusCode(400);
        given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100).when().get("/api/referrals").then()
                .statusCode(200).body("items.children.flatten()", org.hamcrest.Matchers.not(hasItem("Leo " + family)));
    }

    @Test
    void twinsAreNeverAStrongMatch() {
        String family = "Whitfield" + unique();
        String born = BirthDays.of(6);
        String ella = Api.submitted(Agencies.teacher(), child("Ella", family, born, "EM6 3CC").build());
        String grace = Api.submitted(Agencies.teacher(), child("Grace", family, born, "EM6 3CC").build());
        // Shown to the hub, for it may be the same child with a name misheard, but never strong.
        Map<String, Object> twin = matchOf(grace, childOf(ella)).orElseThrow();
        assertThat(twin.get("strong")).isEqualTo(false);
        assertThat(score(twin)).isLessThan(0.7);
        assertThat(strings(twin.get("reasons"))).anyMatch(reason -> reason.contains("a twin?"));
    }

    private static Referrals child(String first, String last, String born, String postcode) {
        Referrals referral = Referrals.child(first, last).bornOn(born);
        referral.childField("address", Map.of("line1", "3 Quarry Road", "town", "Eastmere", "postcode", postcode));
        return referral;
    }

    private static String unique() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return letters.toString();
    }

    private static double score(Map<String, Object> match) {
        return ((Number) match.get("score")).doubleValue();
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static String childOf(String referral) {
        return Api.read(Agencies.hubScreener(), referral).statusCode(200).extract().path("children[0].personId");
    }

    private static Optional<Map<String, Object>> matchOf(String referral, String candidatePersonId) {
        List<Map<String, Object>> all = given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100).when()
                .get("/api/referrals/" + referral + "/matches").then().statusCode(200).extract().jsonPath().getList("items");
        return all.stream().filter(match -> candidatePersonId.equals(match.get("candidatePersonId"))).findFirst();
    }
}
