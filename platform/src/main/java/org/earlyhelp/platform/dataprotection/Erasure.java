package org.earlyhelp.platform.dataprotection;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.crypto.PersonalData;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;
import org.earlyhelp.platform.identity.Caller;

/**
 * Erases one record everywhere this service keeps it (decision 0062): the rule deletes its rows and what the service
 * derived from them; here its events leave the outbox (so the feed no longer serves them) and its idempotency
 * responses go; a tombstone (ids, a digest of what went, who and why) and an audit entry stay; {@code record.erased}
 * tells the consumers to remove their projections. The audit trail itself holds ids, never names, so its chain is
 * left whole and still verifies.
 */
@ApplicationScoped
public class Erasure {

    /** The audit action of an erasure. */
    public static final String ERASE = "erase";
    /** Who erases when no one asked: the retention job. */
    public static final String RETENTION_JOB = "retention-job";

    private static final String DROP_EVENTS = "delete from outbox where subject = ?";
    private static final String DROP_RESPONSES = "delete from idempotency_key where location like ?";
    private static final String TOMBSTONE = "insert into erasure_tombstone"
            + " (record_type, record_id, person_ids, digest, cause, reason, erased_by) values (?, ?, ?, ?, ?, ?, ?)";

    private final Map<String, RetentionRule> rules;
    private final DataSource dataSource;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final PersonalData personalData;

    Erasure(Instance<RetentionRule> rules, DataSource dataSource, Outbox outbox, AuditTrail audit, PersonalData personalData) {
        this.rules = rules.stream().collect(Collectors.toUnmodifiableMap(RetentionRule::recordType, Function.identity()));
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.audit = audit;
        this.personalData = personalData;
    }

    /** The rules of this service, by record type. */
    public Map<String, RetentionRule> rules() {
        return rules;
    }

    /**
     * Erases {@code record} in the caller's transaction.
     *
     * @param cause  {@link RecordErased#RETENTION} or {@link RecordErased#ERASURE_REQUEST}
     * @param reason why, in words (kept sealed in the tombstone, never in the audit trail); may be null for retention
     * @param by     the data protection officer who asked, or null for the retention job
     * @return false if the record was already gone
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erase(ErasableRecord record, String cause, String reason, Caller by) {
        return erase(record, cause, reason, by == null ? AuditEntry.system(RETENTION_JOB) : AuditEntry.of(by),
                by == null ? RETENTION_JOB : by.username());
    }

    /**
     * As {@link #erase(ErasableRecord, String, String, Caller)}, for a service following another's event (a person
     * erased in consent-service): {@code actor} names who asked there, e.g. {@code erasure-request:dpo.reid}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erase(ErasableRecord record, String cause, String reason, String actor) {
        return erase(record, cause, reason, AuditEntry.system(actor), actor);
    }

    private boolean erase(ErasableRecord record, String cause, String reason, AuditEntry.Builder entry, String erasedBy) {
        RetentionRule rule = rules.get(record.recordType());
        if (rule == null) {
            throw new IllegalArgumentException("This service keeps no record type " + record.recordType());
        }
        byte[] digest = rule.erase(record);
        if (digest == null) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement events = connection.prepareStatement(DROP_EVENTS)) {
                events.setString(1, record.recordId());
                events.executeUpdate();
            }
            try (PreparedStatement responses = connection.prepareStatement(DROP_RESPONSES)) {
                responses.setString(1, "%" + record.recordId() + "%");
                responses.executeUpdate();
            }
            try (PreparedStatement tombstone = connection.prepareStatement(TOMBSTONE)) {
                Array people = connection.createArrayOf("uuid", record.personIds().toArray());
                tombstone.setString(1, record.recordType());
                tombstone.setString(2, record.recordId());
                tombstone.setArray(3, people);
                tombstone.setBytes(4, digest);
                tombstone.setString(5, cause);
                tombstone.setString(6, reason == null ? null : personalData.seal(reason));
                tombstone.setString(7, erasedBy);
                tombstone.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not erase " + record.recordType() + " " + record.recordId(), e);
        }
        audit.record(entry.action(ERASE).resource(record.recordType(), record.recordId()).people(record.personIds())
                .purpose(cause).build());
        // Written at commit, after the deletes above: this event stays on the feed.
        outbox.record(EventDraft.of(RecordErased.TYPE, record.recordId(),
                new RecordErased(record.recordType(), record.recordId(), record.personIds(), cause)));
        return true;
    }

    /** Every record of this service that names {@code personId}, rule by rule: what erasing the person would erase. */
    public List<ErasableRecord> naming(UUID personId) {
        List<ErasableRecord> found = new ArrayList<>();
        rules.values().forEach(rule -> found.addAll(rule.naming(personId)));
        return found;
    }

    /**
     * Erases every record naming {@code personId} in the caller's transaction, as {@code actor} asked (see
     * {@link #erase(ErasableRecord, String, String, String)}); the records erased.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ErasableRecord> erasePerson(UUID personId, String reason, String actor) {
        List<ErasableRecord> erased = new ArrayList<>();
        for (ErasableRecord record : naming(personId)) {
            if (erase(record, RecordErased.ERASURE_REQUEST, reason, actor)) {
                erased.add(record);
            }
        }
        return erased;
    }
}
