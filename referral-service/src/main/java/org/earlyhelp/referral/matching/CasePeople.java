package org.earlyhelp.referral.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;

/**
 * People case-service knows who never appeared on a referral here (a family member added to a case
 * by hand): kept as {@link CasePerson}s with the same search keys as people on referrals, so that
 * {@link CandidateSearch} finds them ("known from a case").
 */
@ApplicationScoped
public class CasePeople {

    private final EntityManager entities;
    private final AuditTrail audit;

    CasePeople(EntityManager entities, AuditTrail audit) {
        this.entities = entities;
        this.audit = audit;
    }

    /** Keeps the person (once: told again, the latest details stand), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(UUID personId, UUID caseId, String firstName, String lastName, LocalDate dateOfBirth, String postcode,
            Instant addedAt, String by) {
        CasePerson known = entities.find(CasePerson.class, personId);
        CasePerson person = known == null ? new CasePerson(personId, caseId, addedAt) : known;
        person.describe(firstName, lastName, dateOfBirth, postcode);
        if (known == null) {
            entities.persist(person);
        }
        audit.record(AuditEntry.system(by).action(AuditAction.CREATE).resource("case-person", personId).person(personId)
                .purpose("known-to-services").build());
    }
}
