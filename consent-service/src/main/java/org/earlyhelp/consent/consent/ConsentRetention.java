package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.consent.participation.PersonLinks;
import org.earlyhelp.consent.retention.RecordRows;
import org.earlyhelp.platform.dataprotection.ErasableRecord;
import org.earlyhelp.platform.dataprotection.RetentionJob;
import org.earlyhelp.platform.dataprotection.RetentionRule;

/**
 * {@code consent-record}: a consent with all its versions and provisions, kept {@code earlyhelp.retention.keep.consent-record}
 * after it ended (withdrawn, or its period over), never while it is in force, and never while a kept sharing decision
 * rests on it (the decision goes first, and the consent with the next run).
 */
@ApplicationScoped
class ConsentRetention implements RetentionRule {

    static final String TYPE = "consent-record";

    /** When a consent ended: withdrawn or marked expired, or (not yet marked) its period over. */
    private static final String ENDED = "case when c.status in ('withdrawn', 'expired') then c.ended_at else c.period_end end";

    private final EntityManager entityManager;
    private final PersonLinks links;
    private final RecordRows rows;

    ConsentRetention(EntityManager entityManager, PersonLinks links, RecordRows rows) {
        this.entityManager = entityManager;
        this.links = links;
        this.rows = rows;
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public List<ErasableRecord> due(Instant asOf, Period keep, int limit) {
        return records(entityManager.createNativeQuery("select c.id, c.person_id from consent c where " + ENDED + " < ?1"
                + " and not exists (select 1 from sharing_decision d where d.consent_id = c.id)"
                + " order by " + ENDED + " limit ?2")
                .setParameter(1, RetentionJob.before(asOf, keep)).setParameter(2, limit).getResultList());
    }

    @Override
    public List<ErasableRecord> naming(UUID personId) {
        return records(entityManager.createNativeQuery("select c.id, c.person_id from consent c where c.person_id in ?1 order by c.recorded_at")
                .setParameter(1, links.idsOf(personId)).getResultList());
    }

    @Override
    public byte[] erase(ErasableRecord record) {
        return rows.delete(UUID.fromString(record.recordId()), "consent.id", "consent_provision.consent_id", "consent_version.consent_id");
    }

    private static List<ErasableRecord> records(List<?> found) {
        return found.stream().map(Object[].class::cast).map(row -> ErasableRecord.of(TYPE, row[0], List.of((UUID) row[1]))).toList();
    }
}
