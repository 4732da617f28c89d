package org.earlyhelp.referral.familycase;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The cases case-service holds, kept from its feed (the consumer in {@code events} calls the changes, in its
 * transaction), and the one question the rest of the service asks: which open cases are about these children.
 * A projection rather than a call to case-service, so that accepting a referral needs nothing more than it did.
 */
@ApplicationScoped
public class FamilyCases {

    private final EntityManager entities;

    FamilyCases(EntityManager entities) {
        this.entities = entities;
    }

    /** The open cases about any of {@code children}, oldest first, each naming which of them it is about. */
    public List<OpenCase> openAbout(Collection<UUID> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        return entities.createQuery("select distinct c from FamilyCase c join c.personIds p where c.open and p in :children"
                + " order by c.openedAt, c.caseId", FamilyCase.class).setParameter("children", children).getResultList().stream()
                .map(found -> found.view(children)).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(UUID caseId, String reference, String leadAgency, Collection<UUID> people, Instant at) {
        FamilyCase known = entities.find(FamilyCase.class, caseId);
        if (known == null) {
            known = new FamilyCase(caseId, reference, leadAgency, at);
            entities.persist(known);
        }
        known.about(people, at);
    }

    /** The case's family changed (a referral joined it, a member was added): {@code people} is the whole family now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void family(UUID caseId, Collection<UUID> people, Instant at) {
        find(caseId).ifPresent(known -> known.about(people, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void personAdded(UUID caseId, UUID person, Instant at) {
        find(caseId).ifPresent(known -> known.add(person, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ledBy(UUID caseId, String agency, Instant at) {
        find(caseId).ifPresent(known -> known.ledBy(agency, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(UUID caseId, Instant at) {
        find(caseId).ifPresent(known -> known.closed(at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reopened(UUID caseId, Collection<UUID> people, Instant at) {
        find(caseId).ifPresent(known -> {
            known.reopened(at);
            known.about(people, at);
        });
    }

    /** The case holds {@code referrals} (it opened from them, or they joined it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holds(UUID caseId, Collection<UUID> referrals) {
        for (UUID referral : referrals) {
            if (caseId != null && referral != null) {
                entities.createNativeQuery("insert into family_case_referral (case_id, referral_id) values (?1, ?2)"
                        + " on conflict do nothing").setParameter(1, caseId).setParameter(2, referral).executeUpdate();
            }
        }
    }

    /** The referrals case {@code caseId} holds, as its events and its closure told. */
    @SuppressWarnings("unchecked")
    public List<UUID> referralsOf(UUID caseId) {
        return entities.createNativeQuery("select referral_id from family_case_referral where case_id = ?1"
                + " union select id from referral where case_id = ?1").setParameter(1, caseId).getResultList();
    }

    /**
     * case-service erased the case (decision 0062): what this service projected from its events goes, the people
     * case-service added by hand with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(UUID caseId) {
        entities.flush();
        for (String table : List.of("family_case_referral", "family_case_person", "family_case", "case_person")) {
            entities.createNativeQuery("delete from " + table + " where case_id = ?1").setParameter(1, caseId).executeUpdate();
        }
        entities.clear();
    }

    private Optional<FamilyCase> find(UUID caseId) {
        return Optional.ofNullable(caseId == null ? null : entities.find(FamilyCase.class, caseId));
    }
}
