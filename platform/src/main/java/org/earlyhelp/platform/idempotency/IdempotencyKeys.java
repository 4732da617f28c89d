package org.earlyhelp.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.crypto.PersonalData;

import io.quarkus.scheduler.Scheduled;

/**
 * The {@code idempotency_key} table. Claims and stores run on the connection of the current
 * transaction (Agroal enlists it), so a stored response commits or rolls back with the change.
 */
@ApplicationScoped
class IdempotencyKeys {

    private final DataSource dataSource;
    private final IdempotencyConfig config;
    private final PersonalData personalData;

    IdempotencyKeys(DataSource dataSource, IdempotencyConfig config, PersonalData personalData) {
        this.dataSource = dataSource;
        this.config = config;
        this.personalData = personalData;
    }

    /** A stored response may repeat what the family said (a note's text): sealed at rest like the record (decision 0060). */
    private byte[] sealed(byte[] body) {
        return body == null ? null
                : personalData.seal(Base64.getEncoder().encodeToString(body)).getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] opened(byte[] stored) {
        if (stored == null) {
            return null;
        }
        String text = new String(stored, StandardCharsets.US_ASCII);
        return PersonalData.isSealed(text) ? Base64.getDecoder().decode(personalData.open(text)) : stored;
    }

    /**
     * Claims the key for this request. Returns empty when claimed; otherwise the stored response
     * of the request that holds it. A concurrent holder makes this wait (unique index) until it
     * commits, in which case its response is returned, or rolls back, in which case we claim it.
     */
    Optional<StoredResponse> claim(String callerId, String key, String requestHash) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement expired = connection.prepareStatement(
                    "DELETE FROM idempotency_key WHERE caller_id = ? AND idempotency_key = ? AND expires_at < now()")) {
                expired.setString(1, callerId);
                expired.setString(2, key);
                expired.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO idempotency_key (caller_id, idempotency_key, request_hash, expires_at)
                    VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                insert.setString(1, callerId);
                insert.setString(2, key);
                insert.setString(3, requestHash);
                insert.setTimestamp(4, Timestamp.from(Instant.now().plus(config.ttl())));
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT request_hash, status, location, body FROM idempotency_key
                    WHERE caller_id = ? AND idempotency_key = ?""")) {
                select.setString(1, callerId);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("Idempotency key vanished between insert and read");
                    }
                    return Optional.of(new StoredResponse(row.getString(1), row.getInt(2), row.getString(3), opened(row.getBytes(4))));
                }
            }
        }
    }

    void store(String callerId, String key, int status, String location, byte[] body) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        UPDATE idempotency_key SET status = ?, location = ?, body = ?
                        WHERE caller_id = ? AND idempotency_key = ?""")) {
            update.setInt(1, status);
            update.setString(2, location);
            update.setBytes(3, sealed(body));
            update.setString(4, callerId);
            update.setString(5, key);
            update.executeUpdate();
        }
    }

    @Scheduled(every = "${earlyhelp.idempotency.cleanup-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteExpired() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotency_key WHERE expires_at < now()")) {
            delete.executeUpdate();
        }
    }
}
