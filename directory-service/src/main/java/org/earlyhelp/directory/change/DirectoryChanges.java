package org.earlyhelp.directory.change;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.directory.contract.DirectoryFeed;
import org.earlyhelp.platform.dataprotection.ErasableRecord;
import org.earlyhelp.platform.dataprotection.RetentionJob;
import org.earlyhelp.platform.dataprotection.RetentionRule;

/**
 * {@code directory-change}: the directory's change log, kept {@code earlyhelp.retention.keep.directory-change} (6 years)
 * from the change (decision 0061). The log is what {@link ChangeLog} writes: the audit trail's entries (kept by the
 * platform, whose own period is not applied yet, decision 0062) and the {@code directory.service-changed} events on the
 * feed, which this rule erases one by one (the feed's own 400 days, {@code outbox-event}, usually take them first). The
 * directory holds no family data: no record names a person, so a person's erasure takes nothing here.
 */
@ApplicationScoped
class DirectoryChanges implements RetentionRule {

    static final String TYPE = "directory-change";

    private final EntityManager entityManager;

    DirectoryChanges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public List<ErasableRecord> due(Instant asOf, Period keep, int limit) {
        List<?> ids = entityManager.createNativeQuery("select id from outbox where type = ?1 and occurred_at < ?2 order by position limit ?3")
                .setParameter(1, DirectoryFeed.ServiceChanged.TYPE).setParameter(2, RetentionJob.before(asOf, keep))
                .setParameter(3, limit).getResultList();
        return ids.stream().map(id -> ErasableRecord.of(TYPE, id, List.of())).toList();
    }

    @Override
    public List<ErasableRecord> naming(UUID personId) {
        return List.of();
    }

    @Override
    public byte[] erase(ErasableRecord record) {
        return (byte[]) entityManager.createNativeQuery("""
                with gone as (delete from outbox o where o.id = ?1 and o.type = ?2 returning o::text as r)
                select sha256(convert_to(r, 'UTF8')) from gone""")
                .setParameter(1, UUID.fromString(record.recordId())).setParameter(2, DirectoryFeed.ServiceChanged.TYPE)
                .getResultStream().findFirst().orElse(null);
    }
}
