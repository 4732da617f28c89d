package org.earlyhelp.consent.lawfulbasis;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;
import org.earlyhelp.referral.contract.ReferralFeed;

/**
 * The lawful basis of a hand-over to children's social care (decision 0064), recorded from referral-service's
 * {@code referral.handed-over} event in the transaction that consumes it: risk of significant harm, one per person on the
 * referral, in the name of who decided the hand-over. Once per hand-over and person, however often the event comes (a
 * unique index keeps it so). A restriction of processing does not hold it back: it never stands in the way of protecting a
 * child (UK GDPR Art. 18(2), decision 0062). It makes the front door no participant: it reaches no consent or lawful
 * basis here.
 */
@ApplicationScoped
public class HandOverLawfulBases {

    /** Who the audit trail says recorded it: this service, following the referral feed. */
    static final String ACTOR = "referral-events";

    private final LawfulBasisRepository repository;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final PersonReach persons;

    HandOverLawfulBases(LawfulBasisRepository repository, Outbox outbox, AuditTrail audit, PersonReach persons) {
        this.repository = repository;
        this.outbox = outbox;
        this.audit = audit;
        this.persons = persons;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void handedOver(ReferralFeed.HandOver handOver) {
        if (handOver.decidedBy() == null || handOver.frontDoorAgency() == null) {
            throw new IllegalArgumentException("A referral.handed-over event without its decider or front door: " + handOver);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ReferralFeed.Decider decider = handOver.decidedBy();
        for (UUID person : handOver.personIds()) {
            if (repository.count("handOverId = ?1 and personId = ?2", handOver.handOverId(), person) > 0) {
                continue;
            }
            LawfulBasis basis = LawfulBasis.forHandOver(handOver.handOverId(), handOver.referralId(), person,
                    handOver.frontDoorAgency(), decider.name(), decider.userId(), decider.agency(), decider.role(), now);
            repository.persist(basis);
            outbox.record(new EventDraft(ConsentFeed.LawfulBasisRecorded.TYPE, basis.id.toString(),
                    new ConsentFeed.LawfulBasisRecorded(basis.id, basis.personId, basis.kind, List.of(basis.purposes),
                            List.of(basis.dataCategories), List.of(basis.recipientAgencies), List.of(), basis.validFrom, null),
                    persons.audienceFor(person)));
            audit.record(AuditEntry.system(ACTOR).action(AuditAction.CREATE).resource(LawfulBasisService.RESOURCE, basis.id)
                    .person(person).purpose(basis.kind).build());
        }
        repository.flush();
    }
}
