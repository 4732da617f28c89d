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
 * by hand): kept in {@code case_person} with the same search keys as people on referrals, so that
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
        // An upsert, so a second delivery of the same person keeps one row.
        entities.createNativeQuery("""
                INSERT INTO case_person (person_id, case_id, first_name, last_name, date_of_birth, postcode_key, name_key,
                                         phonetic_key, added_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                ON CONFLICT (person_id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
                    date_of_birth = excluded.date_of_birth, postcode_key = excluded.postcode_key,
                    name_key = excluded.name_key, phonetic_key = excluded.phonetic_key""")
                .setParameter(1, personId).setParameter(2, caseId).setParameter(3, firstName).setParameter(4, lastName)
                .setParameter(5, dateOfBirth).setParameter(6, NameKeys.postcode(postcode))
                .setParameter(7, NameKeys.name(firstName, lastName)).setParameter(8, NameKeys.phonetic(firstName, lastName))
                .setParameter(9, addedAt).executeUpdate();
        audit.record(AuditEntry.system(by).action(AuditAction.CREATE).resource("case-person", personId).person(personId)
                .purpose("known-to-services").build());
    }
}
