package org.earlyhelp.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A reader at the head may wait for the next event instead of polling. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class FeedLongPollTest {

    @Inject
    Outbox outbox;

    @Test
    void aWaitingReaderGetsTheEventRecordedWhileItWaits() throws Exception {
        String head = FeedReader.head();
        String bearer = FeedReader.serviceAccount().bearer();
        CompletableFuture<JsonPath> waiting = CompletableFuture.supplyAsync(() -> given().header("Authorization", bearer)
                .queryParam("after", head).queryParam("wait", 30)
                .when().get(FeedReader.FEED)
                .then().statusCode(200).extract().jsonPath());
        Thread.sleep(500); // let the request reach the server and find nothing yet
        String id = QuarkusTransaction.requiringNew().call(() -> outbox.record(EventDraft.of("toy.noted", "awaited", null))).toString();

        JsonPath page = waiting.get(60, TimeUnit.SECONDS);

        assertThat(page.getList("events.id")).containsExactly(id);
    }

    @Test
    void aWaitThatSeesNothingNewEndsWithAnEmptyPageAtTheSameCursor() {
        String head = FeedReader.head();

        JsonPath page = given().header("Authorization", FeedReader.serviceAccount().bearer())
                .queryParam("after", head).queryParam("wait", 1)
                .when().get(FeedReader.FEED)
                .then().statusCode(200).extract().jsonPath();

        assertThat(page.getList("events")).isEmpty();
        assertThat(page.getString("next")).isEqualTo(head);
    }
}
