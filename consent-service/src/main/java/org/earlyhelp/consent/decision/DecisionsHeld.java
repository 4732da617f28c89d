package org.earlyhelp.consent.decision;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.consent.participation.PersonLinks;
import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.platform.dataprotection.HeldRecord;
import org.earlyhelp.platform.dataprotection.SubjectAccessSource;
import org.earlyhelp.platform.identity.Caller;

/** The sharing decisions taken about a person, for a subject access request: who asked to share what with whom, the answer and why. */
@ApplicationScoped
class DecisionsHeld implements SubjectAccessSource {

    private final EntityManager entityManager;
    private final PersonLinks links;
    private final PersonReach reach;

    DecisionsHeld(EntityManager entityManager, PersonLinks links, PersonReach reach) {
        this.entityManager = entityManager;
        this.links = links;
        this.reach = reach;
    }

    @Override
    public List<HeldRecord> recordsAbout(UUID personId, Caller officer) {
        if (!reach.inAreasOf(officer, personId)) {
            return List.of();
        }
        return entityManager.createQuery("from SharingDecision d where d.personId in :ids order by d.decidedAt", SharingDecision.class)
                .setParameter("ids", links.idsOf(personId)).getResultStream()
                .map(decision -> new HeldRecord(DecisionRetention.TYPE, decision.id.toString(), decision.decidedAt,
                        DecisionView.of(decision), List.of()))
                .toList();
    }
}
