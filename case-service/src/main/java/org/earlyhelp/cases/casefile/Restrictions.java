package org.earlyhelp.cases.casefile;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Who is restricted (UK GDPR Art. 18, decision 0062): a projection of consent-service's {@code person.restricted} and
 * {@code person.restriction-lifted}. A person on a case is restricted if they are, under any id they are known by
 * ({@link PersonLinks}); a case naming a restricted person is kept and read, never changed, and says so.
 */
@ApplicationScoped
public class Restrictions {

    /** The JPQL condition "the person on the case at {@code p} is restricted", in the one form every question uses. */
    private static final String RESTRICTED = "exists (select 1 from RestrictedPerson x where "
            + PersonLinks.knownAs("x.personId", "p.personId", "linked") + ")";

    private final EntityManager entityManager;

    Restrictions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Idempotent: restricting a restricted person keeps the first request. */
    public void restrict(UUID personId, UUID requestId, Instant at) {
        if (entityManager.find(RestrictedPerson.class, personId) == null) {
            entityManager.persist(new RestrictedPerson(personId, requestId, at));
        }
    }

    /** Idempotent. */
    public void lift(UUID personId) {
        entityManager.createQuery("delete from RestrictedPerson x where x.personId = :person").setParameter("person", personId)
                .executeUpdate();
    }

    /** The people on {@code kase} who are restricted, by the id the case has them under. */
    public Set<UUID> restrictedOn(Case kase) {
        return new HashSet<>(entityManager.createQuery("select p.personId from CasePerson p where p.parent.id = :caseId and "
                + RESTRICTED, UUID.class).setParameter("caseId", kase.id()).getResultList());
    }

    /** Of {@code caseIds}, those naming a restricted person. */
    public Set<UUID> restrictedCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> found = entityManager.createQuery("select distinct p.parent.id from CasePerson p where p.parent.id in :cases and "
                + RESTRICTED, UUID.class).setParameter("cases", caseIds).getResultList();
        return new HashSet<>(found);
    }

    /** 409 {@code processing-restricted} if {@code kase} names a restricted person: it may not be changed. */
    public void requireUnrestricted(Case kase) {
        if (!restrictedOn(kase).isEmpty()) {
            throw new ProcessingRestricted(kase.reference());
        }
    }
}
