package org.earlyhelp.consent.lawfulbasis;

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
 * {@code lawful-basis}: kept {@code earlyhelp.retention.keep.lawful-basis} from when it was recorded or, if later, from
 * the end of its validity; never while a kept sharing decision rests on it.
 */
@ApplicationScoped
class LawfulBasisRetention implements RetentionRule {

    static final String TYPE = "lawful-basis";

    private static final String FROM = "greatest(b.recorded_at, coalesce(b.valid_until, b.recorded_at))";

    private final EntityManager entityManager;
    private final PersonLinks links;
    private final RecordRows rows;

    LawfulBasisRetention(EntityManager entityManager, PersonLinks links, RecordRows rows) {
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
        return records(entityManager.createNativeQuery("select b.id, b.person_id from lawful_basis b where " + FROM + " < ?1"
                + " and not exists (select 1 from sharing_decision d where d.lawful_basis_id = b.id)"
                + " order by " + FROM + " limit ?2")
                .setParameter(1, RetentionJob.before(asOf, keep)).setParameter(2, limit).getResultList());
    }

    @Override
    public List<ErasableRecord> naming(UUID personId) {
        return records(entityManager.createNativeQuery("select b.id, b.person_id from lawful_basis b where b.person_id in ?1"
                + " order by b.recorded_at")
                .setParameter(1, links.idsOf(personId)).getResultList());
    }

    @Override
    public byte[] erase(ErasableRecord record) {
        return rows.delete(UUID.fromString(record.recordId()), "lawful_basis.id");
    }

    private static List<ErasableRecord> records(List<?> found) {
        return found.stream().map(Object[].class::cast).map(row -> ErasableRecord.of(TYPE, row[0], List.of((UUID) row[1]))).toList();
    }
}
