package org.earlyhelp.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Transactions that commit in another order than they started never make a feed reader skip
 * an event: the classic outbox gap is closed.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class OutOfOrderCommitTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @Inject
    FeedFollower follower;

    @Inject
    OwnFeedConsumer consumer;

    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopThread() {
        otherThread.shutdownNow();
    }

    @Test
    void anEventRecordedFirstButCommittedLastIsReadAfterTheOneThatCommittedBeforeIt() throws Exception {
        String start = FeedReader.head();
        consumer.reset();
        consumer.storeCursor(start);
        consumer.follow(URI.create(RestAssured.baseURI + ":" + RestAssured.port + FeedReader.FEED));
        CountDownLatch firstRecorded = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);

        // T1 records its event first, then stays open.
        Future<UUID> first = otherThread.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            UUID id = outbox.record(EventDraft.of("toy.noted", "first", null));
            firstRecorded.countDown();
            assertThat(commitFirst.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            return id;
        }));
        assertThat(firstRecorded.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        // T2 records later and commits first.
        UUID second = QuarkusTransaction.requiringNew().call(() -> outbox.record(EventDraft.of("toy.noted", "second", null)));

        // A reader between the two commits reads T2's event and keeps a cursor...
        FeedReader.Page between = FeedReader.readAll(FeedReader.serviceAccount(), start, 100);
        assertThat(between.ids()).containsExactly(second.toString());
        // ...as does a consumer, which stores its cursor.
        follower.poll(consumer);
        assertThat(consumer.effects()).containsExactly(second.toString());

        commitFirst.countDown();
        UUID firstId = first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        // The consumer, from its stored cursor, gets the late event too: both, once each.
        follower.poll(consumer);
        assertThat(consumer.effects()).containsExactly(second.toString(), firstId.toString());

        // ...and from that cursor still reads T1's event: nothing is skipped.
        assertThat(FeedReader.readAll(FeedReader.serviceAccount(), between.next(), 100).ids()).containsExactly(firstId.toString());
        // The feed is in commit order, once each.
        assertThat(FeedReader.readAll(FeedReader.serviceAccount(), start, 100).ids())
                .containsExactly(second.toString(), firstId.toString());
    }

    @Test
    void aPositionTakenButNotYetCommittedHoldsBackEveryLaterCommit() throws Exception {
        String start = FeedReader.head();
        UUID early = UUID.randomUUID();

        // Another replica is committing: it holds the outbox commit lock and has drawn its position.
        try (Connection replica = otherReplica()) {
            replica.setAutoCommit(false);
            try (Statement lock = replica.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(" + OutboxCommit.COMMIT_LOCK + ")");
            }
            try (PreparedStatement insert = replica.prepareStatement(OutboxCommit.INSERT)) {
                insert.setObject(1, early);
                insert.setString(2, "/early-help/test");
                insert.setString(3, "toy.noted");
                insert.setString(4, "early");
                insert.setObject(5, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                insert.setNull(6, java.sql.Types.VARCHAR);
                insert.setArray(7, replica.createArrayOf("text", new String[0]));
                insert.executeUpdate();
            }

            // This replica's transaction records an event and tries to commit: it must wait.
            Future<UUID> late = otherThread.submit(
                    () -> QuarkusTransaction.requiringNew().call(() -> outbox.record(EventDraft.of("toy.noted", "late", null))));
            await().atMost(PATIENCE).until(this::transactionsWaitingForTheCommitLock, waiting -> waiting == 1);

            // Nothing can be read past the uncommitted position, because nothing has been committed past it.
            FeedReader.Page whileHeld = FeedReader.readAll(FeedReader.serviceAccount(), start, 100);
            assertThat(whileHeld.events()).isEmpty();
            assertThat(whileHeld.next()).isEqualTo(start);
            assertThat(late).isNotDone();

            replica.commit();
            UUID lateId = late.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

            FeedReader.Page after = FeedReader.readAll(FeedReader.serviceAccount(), start, 100);
            assertThat(after.ids()).containsExactly(early.toString(), lateId.toString());
        }
    }

    private Connection otherReplica() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private long transactionsWaitingForTheCommitLock() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                        + " AND ((classid::bigint << 32) | objid::bigint) = " + OutboxCommit.COMMIT_LOCK)) {
            waiting.next();
            return waiting.getLong(1);
        }
    }
}
