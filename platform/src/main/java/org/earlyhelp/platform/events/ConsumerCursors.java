package org.earlyhelp.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The consumer side's two tables: each consumer's cursor ({@code feed_cursor}) and the event ids
 * it has acted on ({@code consumed_event}). Inside a JTA transaction every call uses the
 * transaction's connection, so the claim, the handler's effect and the cursor commit together.
 */
@ApplicationScoped
class ConsumerCursors {

    /** Whether a transaction may act for a consumer. */
    enum Claim {
        /** This transaction holds the consumer's cursor row, and the cursor is where the caller expected. */
        HELD,
        /** Another replica holds the row right now. */
        BUSY,
        /** The cursor has moved since the caller read it (another replica went on): start again from the store. */
        MOVED
    }

    private final DataSource dataSource;

    ConsumerCursors(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stored cursor (null: from the beginning), creating the consumer's row on its first run. */
    String current(String consumer) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO feed_cursor (consumer) VALUES (?) ON CONFLICT (consumer) DO NOTHING")) {
                insert.setString(1, consumer);
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT cursor FROM feed_cursor WHERE consumer = ?")) {
                select.setString(1, consumer);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the cursor of consumer " + consumer, e);
        }
    }

    /**
     * Locks the consumer's row for the current transaction, without waiting: a replica that finds
     * it locked leaves the work to the one holding it.
     */
    Claim claim(String consumer, String expectedCursor) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT cursor FROM feed_cursor WHERE consumer = ? FOR UPDATE SKIP LOCKED")) {
            select.setString(1, consumer);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Claim.BUSY;
                }
                return Objects.equals(row.getString(1), expectedCursor) ? Claim.HELD : Claim.MOVED;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim consumer " + consumer, e);
        }
    }

    /** Notes that the consumer acts on this event; false if it already has (then it must not act again). */
    boolean markConsumed(String consumer, String eventId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO consumed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setString(2, eventId);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record event " + eventId + " as consumed by " + consumer, e);
        }
    }

    void advance(String consumer, String cursor) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE feed_cursor SET cursor = ?, updated_at = now() WHERE consumer = ?")) {
            update.setString(1, cursor);
            update.setString(2, consumer);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not advance the cursor of consumer " + consumer, e);
        }
    }
}
