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

    private Optional<FamilyCase> find(UUID caseId) {
        return Optional.ofNullable(caseId == null ? null : entities.find(FamilyCase.class, caseId));
    }
}
