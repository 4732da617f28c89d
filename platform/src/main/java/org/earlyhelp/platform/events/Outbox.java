package org.earlyhelp.platform.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.context.ServiceContext;
import org.earlyhelp.platform.crypto.PersonalData;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records a domain event together with the change it describes: call {@link #record} inside the
 * transaction that makes the change. The event is published on this service's feed
 * ({@code GET /api/events/<context>}) if and only if that transaction commits.
 *
 * <p>The row is not inserted at once: the event is kept with the transaction and written at its
 * very end, under the outbox commit lock, so that feed positions follow commit order (see
 * {@link OutboxCommit} and the package documentation for why that closes the feed's gap).
 */
@ApplicationScoped
public class Outbox {

    private static final String SOURCE_PREFIX = "/early-help/";

    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final String source;
    private final PersonalData personalData;

    Outbox(TransactionSynchronizationRegistry transactions, DataSource dataSource, ObjectMapper json, ServiceContext context,
            PersonalData personalData) {
        this.transactions = transactions;
        this.personalData = personalData;
        this.dataSource = dataSource;
        this.json = json;
        this.source = SOURCE_PREFIX + context.name();
    }

    /**
     * Records the event in the caller's transaction; fails if there is none, because an event
     * written outside the change's transaction could be published for a change that never happened.
     *
     * @return the id the event is published with
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(EventDraft draft) {
        OutboxRow row = new OutboxRow(UUID.randomUUID(), source, draft.type(), draft.subject(),
                // PostgreSQL keeps microseconds; the event carries the same time it is read back with.
                Instant.now().truncatedTo(ChronoUnit.MICROS), serialise(draft.data()),
                draft.audience().stream().sorted().toArray(String[]::new));
        OutboxCommit.of(transactions, dataSource).add(row);
        return row.id();
    }

    private String serialise(Object data) {
        if (data == null) {
            return null;
        }
        try {
            // Payloads may name people (referral.accepted does): sealed at rest like any personal data (decision 0060),
            // stored as a JSON string; the feed opens them again.
            return json.writeValueAsString(personalData.seal(json.writeValueAsString(data)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not serialisable to JSON: " + data.getClass().getName(), e);
        }
    }
}
