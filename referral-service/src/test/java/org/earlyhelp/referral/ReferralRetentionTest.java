package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.dataprotection.RetentionJob;
import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 28 point 1: once its retention period has run (decision 0061), each kind of referral record is gone from every
 * table of referral-service (its rows, people, history, matching index, candidate matches elsewhere, onward referrals,
 * alerts, events), a record not yet due stays, and a tombstone, an {@code erase} audit entry (the chain still verifying)
 * and {@code record.erased} on the feed remain.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ReferralRetentionTest {

    @Inject
    RetentionJob retention;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalData personalData;

    @Inject
    EntityManager entities;

    /** Letters unique to one test: a name nobody else has in the shared test database. */
    static String marker() {
        return "Zq" + Hub.unique() + Hub.unique();
    }

    /** A day of birth no other test's child shares, so that matching finds only this test's family ({@link BirthDays}). */
    static String bornSomeDay() {
        return BirthDays.any();
    }

    /** The retention clock moved {@code years} (and two days) on. */
    private static Instant yearsOn(int years) {
        return Instant.now().atOffset(ZoneOffset.UTC).plusYears(years).plusDays(2).toInstant();
    }

    @Test
    void aReferralClosedWithNoFurtherActionGoesEverywhereAfterThreeYearsAndTheAlertOnItIsCountedAgain() throws Exception {
        String marker = marker();
        String variant = marker.substring(0, marker.length() - 1) + (marker.endsWith("y") ? "x" : "y");
        String born = bornSomeDay();
        String ledNowhere = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", marker).bornOn(born)
                .member("Donna", marker, "1985-03-02", "mother")
                .onlyConcern("housing", "The boiler failed, says " + marker, "medium").build());
        // Two more agencies refer the same child, spelt a little differently: matched, confirmed, an alert on all three.
        String police = Api.submitted(Agencies.policeOfficer(), Referrals.child("Jayden", variant).bornOn(born)
                .onlyConcern("crime", "Found in town at night", "medium").build());
        String gp = Api.submitted(Agencies.gp(), Referrals.child("Jayden", variant).bornOn(born)
                .onlyConcern("health", "Missed appointments", "medium").build());
        String child = Hub.childOf(ledNowhere);
        Hub.decide(police, Hub.matchId(police, child), "confirm").statusCode(200);
        Hub.decide(gp, Hub.matchId(gp, child), "confirm").statusCode(200);
        assertThat(Hub.oneAlertFor(child).get("referralCount")).isEqualTo(3);
        Api.act(Agencies.hubScreener(), ledNowhere, "triage", null).statusCode(200);
        Api.act(Agencies.hubScreener(), ledNowhere, "close-with-no-further-action", Map.of("reason", "Resolved at school, " + marker))
                .statusCode(200);
        // Signposted, its onward referral waiting for consent: not due for years.
        String kept = marker();
        String signposted = Api.submitted(Agencies.teacher(), Referrals.child("Mia", kept).build());
        Api.act(Agencies.hubScreener(), signposted, "triage", null).statusCode(200);
        Api.act(Agencies.hubScreener(), signposted, "signpost", Map.of("reason", "A course fits",
                "services", List.of(Map.of("serviceId", StubServiceDirectory.PARENTING_COURSE.toString())))).statusCode(200);

        assertThat(retention.run(yearsOn(3), false).records())
                .anySatisfy(record -> assertThat(record.recordId()).isEqualTo(ledNowhere));

        DataProtectionChecks.nowhere(dataSource, personalData, marker);
        DataProtectionChecks.stillKept(dataSource, personalData, kept);
        Api.read(Agencies.hubScreener(), ledNowhere).statusCode(404);
        Api.read(Agencies.hubScreener(), signposted).statusCode(200);
        DataProtectionChecks.tombstoned(dataSource, "referral-led-nowhere", ledNowhere, "retention");
        assertThat(DataProtectionChecks.eventTypesAbout(ledNowhere)).containsExactly("record.erased");
        // The other referrals keep the child and the confirmed link, without the erased referral's spelling of the name.
        Api.read(Agencies.hubScreener(), police).statusCode(200).body("children[0].personId", equalTo(child))
                .body("children[0].lastName", equalTo(variant));
        assertThat(Hub.matches(police)).filteredOn(match -> child.equals(match.get("candidatePersonId"))).singleElement()
                .satisfies(match -> assertThat(match.get("status")).isEqualTo("confirmed"));
        // The alert rests on two referrals now: below the rule, withdrawn with why, named as the referrals left name him.
        Map<String, Object> alert = Hub.alertsFor(child, "withdrawn").get(0);
        assertThat(alert.get("referralCount")).isEqualTo(2);
        assertThat((String) alert.get("withdrawnReason")).contains(ledNowhere + " was erased");
        assertThat(alert.get("personName")).isEqualTo("Jayden " + variant);
    }

    @Test
    void aSignpostedReferralGoesWithItsOnwardReferralsSixYearsAfterTheLastOfThemEnded() throws Exception {
        String marker = marker();
        String signposted = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", marker)
                .onlyConcern("family-relationships", "Parenting under strain, " + marker, "medium").build());
        Api.act(Agencies.hubScreener(), signposted, "triage", null).statusCode(200);
        StubSharingGate.permit(Hub.childOf(signposted), Agencies.CHARITY, "identity", "contact", "concerns");
        Api.act(Agencies.hubScreener(), signposted, "signpost", Map.of("reason", "A course fits " + marker,
                "services", List.of(Map.of("serviceId", StubServiceDirectory.PARENTING_COURSE.toString(), "note", "Ask for " + marker))))
                .statusCode(200);
        String onward = onwardOf(signposted);
        given().header("Authorization", Agencies.charityWorker()).when().post("/api/onward-referrals/" + onward + "/accept")
                .then().statusCode(200);
        // Still waiting for the hub: never due.
        String kept = marker();
        String undecided = Api.submitted(Agencies.teacher(), Referrals.child("Mia", kept).build());

        assertThat(retention.run(yearsOn(3), false).records()).noneSatisfy(record ->
                assertThat(record.recordId()).isEqualTo(signposted));
        assertThat(retention.run(yearsOn(6), false).records())
                .anySatisfy(record -> assertThat(record.recordId()).isEqualTo(signposted));

        DataProtectionChecks.nowhere(dataSource, personalData, marker);
        DataProtectionChecks.stillKept(dataSource, personalData, kept);
        Api.read(Agencies.hubScreener(), undecided).statusCode(200);
        given().header("Authorization", Agencies.charityWorker()).when().get("/api/onward-referrals/" + onward).then().statusCode(404);
        DataProtectionChecks.tombstoned(dataSource, "signposted-referral", signposted, "retention");
        assertThat(DataProtectionChecks.eventTypesAbout(signposted)).containsExactly("record.erased");
        assertThat(DataProtectionChecks.eventTypesAbout(onward)).isEmpty();
    }

    @Test
    void anOnwardReferralClosedWithNothingSharedGoesOnItsOwnAfterThreeYears() throws Exception {
        String kept = marker();
        String marker = marker();
        String signposted = Api.submitted(Agencies.teacher(), Referrals.child("Jayden", kept).build());
        Api.act(Agencies.hubScreener(), signposted, "triage", null).statusCode(200);
        Api.act(Agencies.hubScreener(), signposted, "signpost", Map.of("reason", "A course fits",
                "services", List.of(Map.of("serviceId", StubServiceDirectory.PARENTING_COURSE.toString(), "note", "Ask for " + marker))))
                .statusCode(200);
        String onward = onwardOf(signposted);
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "update onward_referral set created_at = now() - interval '15 days' where id = cast(:id as uuid)")
                .setParameter("id", onward).executeUpdate());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", Agencies.hubScreener())
                .when().get("/api/onward-referrals/" + onward).then().body("status", equalTo("consent-not-given")));

        assertThat(retention.run(yearsOn(3), false).records())
                .anySatisfy(record -> assertThat(record.recordId()).isEqualTo(onward))
                .noneSatisfy(record -> assertThat(record.recordId()).isEqualTo(signposted));

        DataProtectionChecks.nowhere(dataSource, personalData, marker);
        DataProtectionChecks.stillKept(dataSource, personalData, kept);
        given().header("Authorization", Agencies.hubScreener()).when().get("/api/onward-referrals/" + onward).then().statusCode(404);
        Api.read(Agencies.hubScreener(), signposted).statusCode(200).body("status", equalTo("signposted"));
        DataProtectionChecks.tombstoned(dataSource, "onward-referral-not-shared", onward, "retention");
        assertThat(DataProtectionChecks.eventTypesAbout(onward)).containsExactly("record.erased");
    }

    static String onwardOf(String referral) {
        List<Map<String, Object>> items = given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100)
                .when().get("/api/onward-referrals").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(item -> referral.equals(item.get("referralId"))).map(item -> (String) item.get("id"))
                .findFirst().orElseThrow();
    }
}
