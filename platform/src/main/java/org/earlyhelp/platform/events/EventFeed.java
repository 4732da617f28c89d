package org.earlyhelp.platform.events;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.earlyhelp.platform.crypto.PersonalData;

/**
 * Reads this service's event feed: the outbox rows after a cursor, in position order, filtered
 * in SQL to what the caller may read.
 *
 * <p>"{@code position > cursor}" is safe only because positions become visible in increasing
 * order ({@link OutboxCommit}). The page and the feed's head are read in one statement, hence
 * one snapshot: when the page is not full, every event up to the head has been considered, so
 * the next cursor moves to the head even if the caller may read none of those events (a
 * filtered reader does not re-scan other agencies' events on every poll).
 */
@ApplicationScoped
class EventFeed {

    private static final String PAGE = """
            SELECT h.head, e.position, e.id, e.source, e.type, e.subject, e.occurred_at, e.data::text AS data
            FROM (SELECT max(position) AS head FROM outbox) AS h
            LEFT JOIN (
                SELECT position, id, source, type, subject, occurred_at, data
                FROM outbox
                WHERE position > ? %s
                ORDER BY position
                LIMIT ?) AS e ON true
            ORDER BY e.position""";
    private static final String ALL_EVENTS = PAGE.formatted("");
    private static final String ADDRESSED_EVENTS = PAGE.formatted("AND audience && ?");

    private final DataSource dataSource;
    private final PersonalData personalData;
    private final ObjectMapper json;

    EventFeed(DataSource dataSource, ObjectMapper json, PersonalData personalData) {
        this.dataSource = dataSource;
        this.personalData = personalData;
        this.json = json;
    }

    FeedPage read(FeedFilter filter, long after, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(filter.everything() ? ALL_EVENTS : ADDRESSED_EVENTS)) {
            int parameter = 1;
            query.setLong(parameter++, after);
            if (!filter.everything()) {
                Array agencies = connection.createArrayOf("text", filter.agencies().toArray());
                query.setArray(parameter++, agencies);
            }
            query.setInt(parameter, limit);
            List<CloudEvent> events = new ArrayList<>();
            long head = after;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    head = Math.max(head, rows.getLong("head"));
                    long position = rows.getLong("position");
                    if (!rows.wasNull()) {
                        events.add(toEvent(rows, position));
                    }
                }
            }
            long next = events.size() == limit ? Long.parseLong(events.get(events.size() - 1).cursor()) : head;
            return new FeedPage(events, Long.toString(next));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the event feed", e);
        }
    }

    private CloudEvent toEvent(ResultSet row, long position) throws SQLException {
        return new CloudEvent(
                CloudEvent.SPEC_VERSION,
                row.getString("id"),
                row.getString("source"),
                row.getString("type"),
                row.getString("subject"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                CloudEvent.JSON,
                parse(row.getString("data")),
                Long.toString(position));
    }

    private JsonNode parse(String data) {
        if (data == null) {
            return null;
        }
        try {
            JsonNode stored = json.readTree(data);
            // A sealed payload is a JSON string (Outbox); one stored before payloads were sealed is the JSON itself.
            return stored.isTextual() ? json.readTree(personalData.open(stored.textValue())) : stored;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox row holds invalid JSON", e);
        }
    }
}
