package org.earlyhelp.referral;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The hub's queue and referral list say, on every line, how far a referral's people are known to services (strong
 * matches, open alerts), and a longer page costs no more statements than a shorter one: no request per referral.
 */
@QuarkusTest
@TestProfile(KnownToServicesOnTheQueueTest.Statements.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class KnownToServicesOnTheQueueTest {

    /**
     * Hibernate counts the statements it prepares, on every thread: no scheduled job runs (the onward-consent recheck
     * every second in tests, the feed consumers, the NHS number backfill), so that none of their statements lands in a
     * page's count.
     */
    public static class Statements implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true", "quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    EntityManagerFactory persistence;

    @Test
    void theQueueAndTheListShowStrongMatchesAndAlertsWithoutAQueryPerReferral() {
        String born = BirthDays.of(10);
        String school = Api.submitted(Agencies.teacher(), Referrals.child("Rosie", "Hartley").bornOn(born).build());
        String police = Api.submitted(Agencies.policeOfficer(), Referrals.child("Rosie", "Hartley").bornOn(born).build());
        String gp = Api.submitted(Agencies.gp(), Referrals.child("Rosie", "Hartley").bornOn(born).build());
        for (int i = 0; i < 8; i++) {
            Api.submitted(Agencies.teacher(), Referrals.child("Child" + (char) ('a' + i), "Unrelated" + (char) ('a' + i)).build());
        }

        Map<String, Object> item = queueItem(gp);
        // Three agencies, one child by strong matches not yet confirmed: the alert is raised at once (decision 0054).
        assertThat(item.get("knownToServices")).isEqualTo(Map.of("strongMatches", 2, "openAlerts", 1));
        assertThat(((Map<?, ?>) queueItem(school).get("knownToServices")).get("strongMatches")).isEqualTo(0);

        Map<String, Object> listed = given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100).when()
                .get("/api/referrals").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(line -> police.equals(line.get("id"))).findFirst().orElseThrow();
        assertThat(((Map<?, ?>) listed.get("knownToServices")).get("strongMatches")).isEqualTo(1);
        // The referrer sees its referral listed, but not whether other agencies know the family.
        assertThat(given().header("Authorization", Agencies.policeOfficer()).queryParam("size", 100).when().get("/api/referrals")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(line -> police.equals(line.get("id"))).findFirst().orElseThrow()).doesNotContainKey("knownToServices");

        long shortPage = statements("/api/triage-queue", 2);
        long longPage = statements("/api/triage-queue", 11);
        assertThat(longPage).isEqualTo(shortPage);
        assertThat(statements("/api/referrals", 11)).isEqualTo(statements("/api/referrals", 2));
    }

    private long statements(String path, int size) {
        Statistics statistics = persistence.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        int items = given().header("Authorization", Agencies.hubScreener()).queryParam("size", size).when().get(path).then()
                .statusCode(200).extract().jsonPath().getList("items").size();
        assertThat(items).isEqualTo(size);
        return statistics.getPrepareStatementCount() - before;
    }

    private static Map<String, Object> queueItem(String referral) {
        List<Map<String, Object>> items = given().header("Authorization", Agencies.hubScreener()).queryParam("size", 100).when()
                .get("/api/triage-queue").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(item -> referral.equals(item.get("id"))).findFirst().orElseThrow();
    }
}
