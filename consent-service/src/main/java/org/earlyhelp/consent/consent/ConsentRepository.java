package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.earlyhelp.consent.sharing.ConsentStatus;
import org.earlyhelp.platform.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /** Locks the row, so a concurrent change waits and then sees this one's version (its If-Match fails cleanly). */
    Optional<Consent> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Newest first: the sharing rules take the first consent that settles a question as its basis. */
    List<Consent> forPerson(UUID personId) {
        return list("personId", Sort.descending("recordedAt").and("id"), personId);
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
     * One page of the consents a reader may see: about {@code person} if given, in
     * {@code status} if given (as in force {@code now}), and only about people {@code agency}
     * takes part for if given.
     */
    PanacheQuery<Consent> search(UUID person, ConsentStatus status, Optional<String> agency, Instant now, PageRequest page) {
        StringBuilder where = new StringBuilder("from Consent c where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (person != null) {
            where.append(" and c.personId = :person");
            parameters.put("person", person);
        }
        if (status != null) {
            switch (status) {
                case ACTIVE, REFUSED -> {
                    where.append(" and c.status = :status and (c.periodEnd is null or c.periodEnd > :now)");
                    parameters.put("status", status.code());
                    parameters.put("now", now);
                }
                case EXPIRED -> {
                    where.append(" and (c.status = 'expired' or (c.status in ('active', 'refused') and c.periodEnd <= :now))");
                    parameters.put("now", now);
                }
                case WITHDRAWN -> where.append(" and c.status = 'withdrawn'");
            }
        }
        agency.ifPresent(code -> {
            where.append(" and exists (select 1 from Participation p where p.personId = c.personId and p.agency = :agency)");
            parameters.put("agency", code);
        });
        return find(where.append(" order by c.recordedAt desc, c.id").toString(), parameters).page(page.page(), page.size());
    }
}
