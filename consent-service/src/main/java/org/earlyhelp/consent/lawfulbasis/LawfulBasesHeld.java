package org.earlyhelp.consent.lawfulbasis;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.consent.participation.PersonLinks;
import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.platform.dataprotection.HeldRecord;
import org.earlyhelp.platform.dataprotection.SubjectAccessSource;
import org.earlyhelp.platform.identity.Caller;

/**
 * The lawful bases recorded for sharing a person's data without consent, for a subject access request: kind,
 * justification, who decided and what they allow. The justification is the recording practitioner's words: the officer
 * reads it for other people's data before it goes out.
 */
@ApplicationScoped
class LawfulBasesHeld implements SubjectAccessSource {

    private final EntityManager entityManager;
    private final PersonLinks links;
    private final PersonReach reach;

    LawfulBasesHeld(EntityManager entityManager, PersonLinks links, PersonReach reach) {
        this.entityManager = entityManager;
        this.links = links;
        this.reach = reach;
    }

    @Override
    public List<HeldRecord> recordsAbout(UUID personId, Caller officer) {
        if (!reach.inAreasOf(officer, personId)) {
            return List.of();
        }
        return entityManager.createQuery("from LawfulBasis b where b.personId in :ids order by b.recordedAt", LawfulBasis.class)
                .setParameter("ids", links.idsOf(personId)).getResultStream()
                .map(basis -> new HeldRecord(LawfulBasisRetention.TYPE, basis.id.toString(), basis.recordedAt,
                        LawfulBasisView.of(basis), List.of()))
                .toList();
    }
}
