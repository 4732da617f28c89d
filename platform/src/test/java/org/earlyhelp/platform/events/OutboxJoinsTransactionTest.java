package org.earlyhelp.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** An event is published if and only if the transaction that made the change commits. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class OutboxJoinsTransactionTest {

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    record Greeting(String text, int count) {
    }

    @BeforeEach
    void toyTable() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(ToyNote.TABLE);
        }
    }

    @Test
    void recordingAnEventOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.record(EventDraft.of("toy.noted", "1", null)))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void aCommittedEventIsPublishedAsACloudEvent() {
        String after = FeedReader.head();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID id = QuarkusTransaction.requiringNew().call(
                () -> outbox.record(EventDraft.of("toy.noted", "note-1", new Greeting("hello", 2), "agency:northshire-police")));

        FeedReader.Page page = FeedReader.readAll(FeedReader.serviceAccount(), after, 100);

        assertThat(page.events()).hasSize(1);
        Map<String, Object> event = page.events().get(0);
        assertThat(event).containsEntry("specversion", "1.0")
                .containsEntry("id", id.toString())
                .containsEntry("source", "/early-help/test")
                .containsEntry("type", "toy.noted")
                .containsEntry("subject", "note-1")
                .containsEntry("datacontenttype", "application/json")
                .containsEntry("data", Map.of("text", "hello", "count", 2))
                .containsEntry("cursor", page.next())
                .doesNotContainKey("audience");
        assertThat(Instant.parse((String) event.get("time"))).isBetween(before, Instant.now());
    }

    @Test
    void anEventWithoutSubjectOrDataLeavesThoseAttributesOut() {
        String after = FeedReader.head();
        QuarkusTransaction.requiringNew().run(() -> outbox.record(EventDraft.of("toy.pinged", null, null)));

        Map<String, Object> event = FeedReader.readAll(FeedReader.serviceAccount(), after, 100).events().get(0);

        assertThat(event).containsEntry("type", "toy.pinged").doesNotContainKeys("subject", "data");
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        String after = FeedReader.head();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.record(EventDraft.of("toy.noted", "rolled-back", null));
            QuarkusTransaction.setRollbackOnly();
        })).isInstanceOf(QuarkusTransactionException.class);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.record(EventDraft.of("toy.noted", "failed", null));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(FeedReader.readAll(FeedReader.serviceAccount(), after, 100).events()).isEmpty();
    }

    @Test
    void theEventCommitsInTheSameTransactionAsTheEntityItDescribes() throws SQLException {
        UUID noteId = UUID.randomUUID();
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> {
            ToyNote.of(noteId, "first").persist();
            return outbox.record(EventDraft.of("toy.noted", noteId.toString(), Map.of("text", "first")));
        });

        assertThat(transactionOf("SELECT xmin::text FROM outbox WHERE id = ?", eventId))
                .isEqualTo(transactionOf("SELECT xmin::text FROM toy_note WHERE id = ?", noteId));
        // Hibernate flushed the entity before the outbox took its commit lock, so the lock is held only for the commit.
        assertThat(ToyNote.commitLockHeldAtLastFlush).isFalse();
    }

    private String transactionOf(String sql, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }
}
