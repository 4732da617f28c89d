package org.earlyhelp.platform.events;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A toy domain entity for the platform's own tests: a change that an event is recorded with.
 * It notes, when Hibernate flushes it, whether its transaction already held the outbox commit lock.
 */
@Entity
@Table(name = "toy_note")
public class ToyNote extends PanacheEntityBase {

    static final String TABLE = "CREATE TABLE IF NOT EXISTS toy_note (id uuid PRIMARY KEY, text text NOT NULL)";

    static volatile Boolean commitLockHeldAtLastFlush;

    @Id
    public UUID id;

    public String text;

    static ToyNote of(UUID id, String text) {
        ToyNote note = new ToyNote();
        note.id = id;
        note.text = text;
        return note;
    }

    @PostPersist
    void flushed() {
        // Same JTA transaction, so the same connection as the INSERT just flushed.
        try (Connection connection = CDI.current().select(DataSource.class).get().getConnection();
                Statement statement = connection.createStatement();
                ResultSet held = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                        + " AND pid = pg_backend_pid() AND ((classid::bigint << 32) | objid::bigint) = " + OutboxCommit.COMMIT_LOCK)) {
            held.next();
            commitLockHeldAtLastFlush = held.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
