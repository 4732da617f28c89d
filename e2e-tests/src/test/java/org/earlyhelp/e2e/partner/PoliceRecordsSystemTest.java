package org.earlyhelp.e2e.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.Eventually;
import org.earlyhelp.e2e.Feeds;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;
import org.earlyhelp.e2e.TheSuite;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * The partner-system path: the police records system submits a referral with client credentials,
 * retries it with the same {@code Idempotency-Key} as a system on a flaky link would (one after
 * another and all at once), and follows the referral event feed, which holds only what its
 * agency may read.
 */
@EndToEnd
class PoliceRecordsSystemTest {

    private static final Login SYSTEM = Login.POLICE_RECORDS_SYSTEM;

    @Test
    void retriesWithTheSameKeyMakeOneReferral() {
        People.Person child = People.child();
        Map<String, Object> body = Referrals.about(child)
                .onlyConcern("domestic-abuse", "Third domestic incident at the address this year; child present", "high")
                .build();
        String key = "police-records/incident/" + UUID.randomUUID();

        Response first = submit(key, body);
        first.then().statusCode(201);
        String id = first.path("id");
        assertThat(first.header("Location")).as("located at the gateway, the system's only way in")
                .isEqualTo(TheSuite.running().gatewayUrl() + "/api/referrals/" + id);
        Response retry = submit(key, body);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));

        List<CompletableFuture<Response>> burst = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            burst.add(CompletableFuture.supplyAsync(() -> submit(key, body)));
        }
        Set<String> ids = burst.stream().map(CompletableFuture::join)
                .peek(response -> response.then().statusCode(201))
                .map(response -> response.<String>path("id")).collect(Collectors.toSet());
        assertThat(ids).containsExactly(id);

        submit(key, Referrals.about(People.child()).build())
                .then().statusCode(422).contentType("application/problem+json");

        List<Map<String, Object>> ours = Gateway.as(SYSTEM).queryParam("size", 100).when().get("/api/referrals")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(ours).filteredOn(item -> ((List<?>) item.get("children")).contains(child.displayName()))
                .extracting(item -> item.get("id")).containsExactly(id);
        Gateway.as(Login.PC_HUGHES).when().get("/api/referrals/{id}", id)
                .then().statusCode(200).body("viaPartnerSystem", equalTo(true))
                .body("referringAgency", equalTo(Agency.POLICE.code()));
        assertThat(Feeds.about(SYSTEM, "referral", "referral.submitted", id)).as("one referral, one event").hasSize(1);
    }

    @Test
    void theEventFeedHoldsOnlyWhatThePoliceMayRead() {
        Referrals.Submitted ours = Referrals.routine().submitBy(SYSTEM);
        Referrals.Submitted school = Referrals.routine().submitBy(Login.TEACHER_EVANS);
        Referrals.Submitted ledByUs = Hub.accept(Referrals.routine().submitBy(Login.TEACHER_EVANS), Agency.POLICE);

        List<Map<String, Object>> feed = Eventually.get(() -> Feeds.read(SYSTEM, "referral"),
                events -> subjects(events).containsAll(Set.of(ours.id().toString(), ledByUs.id().toString())));

        assertThat(subjects(feed)).contains(ours.id().toString(), ledByUs.id().toString())
                .doesNotContain(school.id().toString());
        assertThat(feed).as("every event names the police as referrer, lead or receiver").allSatisfy(event -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) event.get("data");
            assertThat(List.of(String.valueOf(data.get("referringAgency")), String.valueOf(data.get("leadAgency")),
                    String.valueOf(data.get("receivingAgency")))).contains(Agency.POLICE.code());
        });
        assertThat(feed).extracting(event -> event.get("specversion")).containsOnly("1.0");
        assertThat(Feeds.read(Login.BRIGHTSTART_SYSTEM, "referral")).extracting(event -> event.get("subject"))
                .doesNotContain(ours.id().toString(), ledByUs.id().toString());
    }

    private static Response submit(String idempotencyKey, Map<String, Object> body) {
        return Gateway.as(SYSTEM).header("Idempotency-Key", idempotencyKey).body(body).when().post("/api/referrals");
    }

    private static Set<String> subjects(List<Map<String, Object>> events) {
        return events.stream().map(event -> String.valueOf(event.get("subject"))).collect(Collectors.toSet());
    }
}
