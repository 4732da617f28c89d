package org.earlyhelp.platform.events;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

/**
 * A toy consumer whose effect is a row in {@code toy_effect}, written in the event's transaction
 * like a real consumer's change. The table has no unique key on purpose: a double effect would show.
 */
abstract class RecordingConsumer extends FeedConsumer {

    @Inject
    DataSource dataSource;

    private volatile URI feed;
    private final Set<String> failOnceAfterEffect = ConcurrentHashMap.newKeySet();
    private final AtomicInteger handled = new AtomicInteger();
    private volatile long slowness;

    void follow(URI feed) {
        this.feed = feed;
    }

    /** The handler writes its effect for this event, then fails, once. */
    void failOnceAfterEffectOf(String eventId) {
        failOnceAfterEffect.add(eventId);
    }

    void takeMillisPerEvent(long millis) {
        this.slowness = millis;
    }

    int handled() {
        return handled.get();
    }

    @Override
    protected Optional<URI> feedUrl() {
        return Optional.ofNullable(feed);
    }

    @Override
    protected void handle(CloudEvent event) {
        handled.incrementAndGet();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO toy_effect (consumer, event_id, subject) VALUES (?, ?, ?)")) {
            insert.setString(1, name());
            insert.setString(2, event.id());
            insert.setString(3, event.subject());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (slowness > 0) {
            try {
                Thread.sleep(slowness);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failOnceAfterEffect.remove(event.id())) {
            throw new IllegalStateException("toy handler crashed after its effect on " + event.id());
        }
    }

    /** Clears this consumer's cursor, consumed ids, effects and test hooks. */
    void reset() throws SQLException {
        feed = null;
        failOnceAfterEffect.clear();
        handled.set(0);
        slowness = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS toy_effect (seq bigserial PRIMARY KEY, consumer text NOT NULL,"
                    + " event_id text NOT NULL, subject text)");
            for (String table : List.of("toy_effect", "consumed_event", "feed_cursor")) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE consumer = ?")) {
                    delete.setString(1, name());
                    delete.executeUpdate();
                }
            }
        }
    }

    /** Event ids this consumer has acted on, in the order the effects were committed. */
    List<String> effects() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT event_id FROM toy_effect WHERE consumer = ? ORDER BY seq")) {
            select.setString(1, name());
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    String storedCursor() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT cursor FROM feed_cursor WHERE consumer = ?")) {
            select.setString(1, name());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    void storeCursor(String cursor) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("INSERT INTO feed_cursor (consumer, cursor) VALUES (?, ?)"
                        + " ON CONFLICT (consumer) DO UPDATE SET cursor = excluded.cursor")) {
            upsert.setString(1, name());
            upsert.setString(2, cursor);
            upsert.executeUpdate();
        }
    }
}
