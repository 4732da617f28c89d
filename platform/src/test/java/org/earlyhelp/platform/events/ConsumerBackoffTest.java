package org.earlyhelp.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A consumer whose producer is down backs off, and catches up on everything once the producer is back. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ConsumerBackoffTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    // As configured for tests in application.properties: 500ms, doubling, at most 2s.
    private static final Duration MAX = Duration.ofSeconds(2);

    @Inject
    FeedFollower follower;

    @Inject
    RecoveringConsumer consumer;

    private StubFeed producer;

    @BeforeEach
    void producerThatIsDown() throws Exception {
        consumer.reset();
        producer = StubFeed.down();
        consumer.follow(producer.url());
    }

    @AfterEach
    void stopEverything() {
        follower.stop();
        producer.close();
    }

    @Test
    void theFollowerDoesNotRunInTestsUntilATestStartsIt() {
        assertThat(follower.isRunning()).isFalse();
    }

    @Test
    void aConsumerBacksOffWhileItsProducerIsDownAndCatchesUpWhenItIsBack() throws Exception {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(producer.publish("toy.noted"));
        }

        follower.start();

        // Down: every attempt fails, and the wait between attempts doubles up to its maximum.
        await().atMost(PATIENCE).until(() -> follower.backoffState(consumer).failures() >= 4);
        Backoff.State down = follower.backoffState(consumer);
        assertThat(down.delay()).isEqualTo(MAX);
        assertThat(consumer.effects()).isEmpty();

        // Back, but overloaded at first: two more failures, then it serves.
        producer.answerUnavailable(2);
        producer.start();

        await().atMost(PATIENCE).until(() -> consumer.effects().size() == events.size());
        assertThat(consumer.effects()).containsExactlyElementsOf(events);
        assertThat(producer.unavailableAnswersGiven()).isEqualTo(2);
        await().atMost(PATIENCE).until(() -> follower.backoffState(consumer).failures() == 0);
    }

    @Test
    void aStoppedFollowerActsOnNothingMore() throws Exception {
        producer.start();
        String first = producer.publish("toy.noted");
        follower.start();
        await().atMost(PATIENCE).until(() -> consumer.effects().size() == 1);

        follower.stop();
        producer.publish("toy.noted");
        follower.pollDueConsumers();

        assertThat(follower.isRunning()).isFalse();
        assertThat(consumer.effects()).containsExactly(first);
    }
}
