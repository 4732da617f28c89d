package org.earlyhelp.referral.handover;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.contract.ReferralFeed;
import org.earlyhelp.referral.referral.DecisionDeadline;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralEscalated;
import org.earlyhelp.referral.referral.ReferralService;
import org.earlyhelp.referral.referral.ReferralSubmitted;

/**
 * Hand-overs to children's social care's front door (decision 0064). Made in the transaction of the change that causes
 * them: the hub's escalation ({@link ReferralEscalated}), or a submission showing immediate risk ({@link ReferralSubmitted}),
 * each with a {@code referral.handed-over} event in the same outbox, from which consent-service records the lawful basis
 * {@code risk-of-significant-harm} in the decider's name: nothing waits on consent-service, nothing is lost while it is
 * down. The front door reads its inbox, acknowledges receipt and records its outcome; a return to early help puts the
 * referral back in the hub's queue.
 */
@ApplicationScoped
public class HandOvers {

    /** The hub's inbox order: the front door's open hand-overs first, immediate risk first among them, then newest. */
    private static final String MOST_PRESSING_FIRST = "case when r.status = 'OUTCOME_RECORDED' then 1 else 0 end, "
            + "case when r.immediateRisk = true then 0 else 1 end, r.handedOverAt desc, r.id";
    private static final String HUB_ROLE = "early help hub triage";
    private static final String REFERRER_ROLE = "referrer, flagging immediate risk at submission";

    private final EntityManager entities;
    private final Records records;
    private final ReferralService referrals;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final DecisionDeadline deadline;
    private final HandOverConfig config;

    HandOvers(EntityManager entities, Records records, ReferralService referrals, Outbox outbox, AuditTrail audit,
            DecisionDeadline deadline, HandOverConfig config) {
        this.entities = entities;
        this.records = records;
        this.referrals = referrals;
        this.outbox = outbox;
        this.audit = audit;
        this.deadline = deadline;
        this.config = config;
    }

    /** Immediate risk: handed over as it is submitted, in the referrer's name; the hub still has it in its escalation queue. */
    void submitted(@Observes ReferralSubmitted submitted) {
        Referral referral = submitted.referral();
        if (!referral.immediateRisk()) {
            return;
        }
        Actor referrer = new Actor(referral.referredByUser(), referral.referredByName(), referral.referringAgency());
        HandOver handOver = HandOver.immediateRisk(referral, config.frontDoorAgency(), referrer, referral.submittedAt());
        entities.persist(handOver);
        referral.recordHandOver("handed-over", "immediate risk: handed over to " + handOver.frontDoorAgency
                + " on submission", referrer, referral.submittedAt());
        publish(ReferralFeed.HandOver.HANDED_OVER, handOver, new ReferralFeed.Decider(referrer.userId(), referrer.name(),
                referrer.agency(), REFERRER_ROLE));
    }

    /**
     * The hub escalated: handed over in the screener's name, unless it stands handed over already (immediate risk at
     * submission), when the hub's reasons join that hand-over.
     */
    void escalated(@Observes ReferralEscalated escalated) {
        Referral referral = escalated.referral();
        Instant now = Instant.now();
        List<HandOver> standing = entities.createQuery("select h from HandOver h where h.referral = :referral"
                + " and (h.outcome is null or h.outcome <> :returned)", HandOver.class).setParameter("referral", referral)
                .setParameter("returned", FrontDoorOutcome.NO_FURTHER_ACTION_RETURNED_TO_EARLY_HELP).getResultList();
        if (!standing.isEmpty()) {
            HandOver handOver = standing.get(0);
            handOver.hubEscalated(escalated.reason(), now);
            referral.recordHandOver("hand-over-reasons-added", "the hub's reasons added to the hand-over to "
                    + handOver.frontDoorAgency, escalated.by(), now);
            return;
        }
        HandOver handOver = HandOver.escalated(referral, config.frontDoorAgency(), escalated.reason(), escalated.by(), now);
        entities.persist(handOver);
        referral.recordHandOver("handed-over", "handed over to " + handOver.frontDoorAgency, escalated.by(), now);
        Actor by = escalated.by();
        publish(ReferralFeed.HandOver.HANDED_OVER, handOver, new ReferralFeed.Decider(by.userId(), by.name(), by.agency(),
                HUB_ROLE));
    }

    /**
     * Every hand-over of referral {@code referralId}, oldest first, without the referral (for subject access, which gives
     * the referral itself and has checked its officer).
     */
    public List<HandOverView> ofReferral(UUID referralId) {
        return entities.createQuery("from HandOver h where h.referral.id = :referral order by h.handedOverAt, h.id", HandOver.class)
                .setParameter("referral", referralId).getResultStream().map(handOver -> HandOverView.of(handOver, null)).toList();
    }

    @Transactional
    Page<HandOverView> inbox(Caller caller, PageRequest page) {
        Instant now = Instant.now();
        return records.page(caller, HandOverVisibility.RECEIVED, null, MOST_PRESSING_FIRST, page)
                .map(handOver -> view(handOver, now));
    }

    @Transactional
    HandOverView read(UUID id, Caller caller) {
        return view(records.read(caller, HandOverVisibility.RECEIVED, id), Instant.now());
    }

    @Transactional
    HandOverView acknowledge(UUID id, Caller caller) {
        HandOver handOver = records.find(caller, HandOverVisibility.RECEIVED, id, AuditAction.UPDATE);
        Instant now = Instant.now();
        handOver.acknowledge(caller.username(), now);
        handOver.referral.recordHandOver("hand-over-acknowledged", handOver.frontDoorAgency + " acknowledged receipt",
                Actor.of(caller), now);
        return changed(handOver, caller, ReferralFeed.HandOver.ACKNOWLEDGED, now);
    }

    /** The outcome; a return to early help puts the referral back in the hub's queue with a new decision deadline. */
    @Transactional
    HandOverView recordOutcome(UUID id, Outcome outcome, Caller caller) {
        HandOver handOver = records.find(caller, HandOverVisibility.RECEIVED, id, AuditAction.UPDATE);
        Instant now = Instant.now();
        handOver.recordOutcome(outcome.outcome(), outcome.note(), caller.username(), now);
        Referral referral = handOver.referral;
        if (handOver.returned()) {
            referral.returnToEarlyHelp(handOver.frontDoorAgency, outcome.outcome().value(), outcome.note(), Actor.of(caller), now,
                    deadline.dueBy(now));
        } else {
            referral.recordHandOver("hand-over-outcome", handOver.frontDoorAgency + " recorded " + outcome.outcome().value(),
                    Actor.of(caller), now);
        }
        return changed(handOver, caller, ReferralFeed.HandOver.OUTCOME_RECORDED, now);
    }

    private HandOverView changed(HandOver handOver, Caller caller, String type, Instant now) {
        publish(type, handOver, null);
        audit.record(AuditEntry.of(caller).action(AuditAction.UPDATE).resource(HandOverVisibility.RESOURCE, handOver.id)
                .people(handOver.referral.personIds()).purpose(HandOverVisibility.PURPOSE).build());
        entities.flush();
        return view(handOver, now);
    }

    private HandOverView view(HandOver handOver, Instant now) {
        return HandOverView.of(handOver, referrals.view(handOver.referral, now));
    }

    /**
     * Ids and codes: to the front door it was handed over to and the hub of the referral's area, never the referrer (it
     * follows the referral's history) nor anyone else; consent-service reads every event as a service.
     */
    private void publish(String type, HandOver handOver, ReferralFeed.Decider decidedBy) {
        Referral referral = handOver.referral;
        outbox.record(EventDraft.of(type, handOver.id.toString(), new ReferralFeed.HandOver(handOver.id, referral.id(),
                handOver.frontDoorAgency, referral.referringAgency(), referral.area(), referral.personIds(),
                handOver.immediateRisk, handOver.status.value(), handOver.outcome == null ? null : handOver.outcome.value(),
                decidedBy), Reach.agencyKey(handOver.frontDoorAgency), Reach.areaKey(referral.area())));
    }
}
