package org.earlyhelp.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Events reach a consumer at least once, and it acts on each exactly once: duplicates, lost
 * cursors, handler crashes and competing replicas never double an effect nor lose one.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ConsumerExactlyOnceTest {

    @Inject
    FeedFollower follower;

    @Inject
    StubFeedConsumer consumer;

    @Inject
    OwnFeedConsumer ownFeedConsumer;

    @Inject
    Outbox outbox;

    private StubFeed producer;

    @BeforeEach
    void freshConsumerAndProducer() throws SQLException {
        consumer.reset();
        ownFeedConsumer.reset();
        producer = StubFeed.up();
        consumer.follow(producer.url());
    }

    @AfterEach
    void stopProducer() {
        producer.close();
    }

    @Test
    void anEventDeliveredTwiceIsActedOnOnce() throws SQLException {
        String first = producer.publish("toy.noted");
        String second = producer.publish("toy.noted");
        producer.republish(first, "toy.noted");

        assertThat(follower.poll(consumer)).isEqualTo(FeedFollower.Round.CAUGHT_UP);

        assertThat(consumer.effects()).containsExactly(first, second);
        assertThat(consumer.storedCursor()).isEqualTo("3");
    }

    @Test
    void aConsumerThatLosesItsCursorReadsTheFeedAgainWithoutActingTwice() throws SQLException {
        List<String> events = publish(3);
        follower.poll(consumer);
        assertThat(consumer.effects()).containsExactlyElementsOf(events);

        // As if the cursor had been lost after the effects committed (restored backup, operator reset).
        consumer.storeCursor(null);
        assertThat(follower.poll(consumer)).isEqualTo(FeedFollower.Round.CAUGHT_UP);

        assertThat(consumer.effects()).containsExactlyElementsOf(events);
        assertThat(consumer.handled()).isEqualTo(3);
        assertThat(consumer.storedCursor()).isEqualTo("3");
    }

    @Test
    void aHandlerThatCrashesAfterItsEffectLeavesNoTraceAndTheEventIsActedOnWhenRetried() throws SQLException {
        List<String> events = publish(3);
        consumer.failOnceAfterEffectOf(events.get(1));

        assertThat(follower.poll(consumer)).isEqualTo(FeedFollower.Round.FAILED);
        // The crashed event's effect, consumed mark and cursor move were rolled back together.
        assertThat(consumer.effects()).containsExactly(events.get(0));
        assertThat(consumer.storedCursor()).isEqualTo("1");
        assertThat(follower.backoffState(consumer).failures()).isEqualTo(1);

        assertThat(follower.poll(consumer)).isEqualTo(FeedFollower.Round.CAUGHT_UP);

        assertThat(consumer.effects()).containsExactlyElementsOf(events);
        assertThat(consumer.storedCursor()).isEqualTo("3");
        assertThat(follower.backoffState(consumer).failures()).isZero();
    }

    @Test
    void twoReplicasFollowingTheSameFeedActOnEachEventOnceInFeedOrder() throws Exception {
        List<String> events = publish(40);
        consumer.takeMillisPerEvent(5);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            Callable<Void> replica = () -> {
                while (!"40".equals(consumer.storedCursor())) {
                    follower.poll(consumer);
                }
                return null;
            };
            List<Future<Void>> running = new ArrayList<>();
            running.add(replicas.submit(replica));
            running.add(replicas.submit(replica));
            for (Future<Void> each : running) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }

        assertThat(consumer.effects()).containsExactlyElementsOf(events);
    }

    @Test
    void aConsumerReadsItsFeedWithTheTokenItsCredentialsSupply() {
        producer.publish("toy.noted");

        follower.poll(consumer);

        assertThat(producer.lastAuthorization()).startsWith("Bearer ey");
    }

    @Test
    void aConsumerFollowsARealFeedOverHttpAsAnotherServiceWould() throws SQLException {
        ownFeedConsumer.storeCursor(FeedReader.head());
        ownFeedConsumer.follow(URI.create(RestAssured.baseURI + ":" + RestAssured.port + FeedReader.FEED));
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            recorded.add(QuarkusTransaction.requiringNew().call(
                    () -> outbox.record(EventDraft.of("toy.noted", "real", null, "agency:some-agency"))).toString());
        }

        assertThat(follower.poll(ownFeedConsumer)).isEqualTo(FeedFollower.Round.CAUGHT_UP);

        assertThat(ownFeedConsumer.effects()).containsExactlyElementsOf(recorded);
    }

    private List<String> publish(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(producer.publish("toy.noted"));
        }
        return ids;
    }
}
