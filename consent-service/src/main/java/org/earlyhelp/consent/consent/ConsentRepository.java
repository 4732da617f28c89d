package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.earlyhelp.consent.sharing.ConsentStatus;
import org.earlyhelp.platform.access.Condition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /**
     * Locks the consent's row and reads it again: a concurrent change waits, and then this one sees
     * its version (so its If-Match fails cleanly rather than overwriting).
     */
    Consent lockForChange(Consent consent) {
        getEntityManager().refresh(consent, LockModeType.PESSIMISTIC_WRITE);
        return consent;
    }

    /** Newest first: the sharing rules take the first consent that settles a question as its basis. */
    List<Consent> forPeople(Collection<UUID> personIds) {
        return list("personId in ?1", Sort.descending("recordedAt").and("id"), personIds);
    }

    /** Consents whose period has ended but that are not marked expired yet; skips rows another replica holds. */
    List<Consent> lapsed(Instant now, int limit) {
        return find("status in ('active', 'refused') and periodEnd <= ?1", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .page(0, limit)
                .list();
    }

    /**
     * The search filter over consents {@code r} (who may see them is {@link ConsentVisibility}'s
     * business): about {@code person} if given, in {@code status} if given, as in force {@code now}.
     */
    static Condition filter(UUID person, ConsentStatus status, Instant now) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (person != null) {
            where.append(" and r.personId = :person");
            parameters.put("person", person);
        }
        if (status != null) {
            switch (status) {
                case ACTIVE, REFUSED -> {
                    where.append(" and r.status = :status and (r.periodEnd is null or r.periodEnd > :now)");
                    parameters.put("status", status.code());
                    parameters.put("now", now);
                }
                case EXPIRED -> {
                    where.append(" and (r.status = 'expired' or (r.status in ('active', 'refused') and r.periodEnd <= :now))");
                    parameters.put("now", now);
                }
                case WITHDRAWN -> where.append(" and r.status = 'withdrawn'");
            }
        }
        return Condition.of(where.toString(), parameters);
    }
}
