package org.earlyhelp.consent.decision;

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
 * {@code sharing-decision}: kept {@code earlyhelp.retention.keep.sharing-decision} from the decision. Decisions are never
 * changed; an erasure is the one way one goes (migration V5 lets it past the trigger for its transaction).
 */
@ApplicationScoped
class DecisionRetention implements RetentionRule {

    static final String TYPE = "sharing-decision";

    private final EntityManager entityManager;
    private final PersonLinks links;
    private final RecordRows rows;

    DecisionRetention(EntityManager entityManager, PersonLinks links, RecordRows rows) {
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
        return records(entityManager.createNativeQuery("select d.id, d.person_id from sharing_decision d where d.decided_at < ?1"
                + " order by d.decided_at limit ?2")
                .setParameter(1, RetentionJob.before(asOf, keep)).setParameter(2, limit).getResultList());
    }

    /**
     * Decisions about the person, and those resting on a consent or lawful basis of theirs (recorded under an id that was
     * linked to the decision's person when it was taken), which go with that consent or basis.
     */
    @Override
    public List<ErasableRecord> naming(UUID personId) {
        return records(entityManager.createNativeQuery("""
                select d.id, d.person_id from sharing_decision d
                where d.person_id in ?1
                   or d.consent_id in (select c.id from consent c where c.person_id in ?1)
                   or d.lawful_basis_id in (select b.id from lawful_basis b where b.person_id in ?1)
                order by d.decided_at""")
                .setParameter(1, links.idsOf(personId)).getResultList());
    }

    @Override
    public byte[] erase(ErasableRecord record) {
        entityManager.createNativeQuery("select set_config('earlyhelp.erasing', 'on', true)").getSingleResult();
        return rows.delete(UUID.fromString(record.recordId()), "sharing_decision.id");
    }

    private static List<ErasableRecord> records(List<?> found) {
        return found.stream().map(Object[].class::cast).map(row -> ErasableRecord.of(TYPE, row[0], List.of((UUID) row[1]))).toList();
    }
}
