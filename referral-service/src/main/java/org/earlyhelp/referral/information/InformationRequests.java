package org.earlyhelp.referral.information;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.contract.ReferralFeed;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralEscalated;
import org.earlyhelp.referral.referral.ReferralEvents;
import org.earlyhelp.referral.referral.ReferralService;
import org.earlyhelp.referral.referral.ReferralStatus;
import org.earlyhelp.referral.referral.ReferralView;
import org.earlyhelp.referral.referral.ReferralVisibility;
import org.earlyhelp.referral.referral.ReferralWithdrawn;

/**
 * The hub asks the referrer for more (issue 29, decision 0063): asking moves the referral to awaiting-information and
 * stops its decision clock; the referrer's answer, or the hub withdrawing the question, moves it back where it was and
 * runs the clock again with the working time that was left ({@link PausedClock}). Each a change of the referral through
 * {@link ReferralService#change} (If-Match, processing restriction, audit), with its event.
 */
@ApplicationScoped
public class InformationRequests {

    private final EntityManager entities;
    private final ReferralService referrals;
    private final ReferralEvents events;
    private final Records records;
    private final AuditTrail audit;
    private final PausedClock clock;

    InformationRequests(EntityManager entities, ReferralService referrals, ReferralEvents events, Records records, AuditTrail audit,
            PausedClock clock) {
        this.entities = entities;
        this.referrals = referrals;
        this.events = events;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** A referral settled with a request: the referral as it now is (for its ETag) and the request. */
    record Settled(ReferralView referral, InformationRequestView request) {
    }

    /** The hub of the referral's area asks; 400 for a due date in the past, 409 unless submitted or in triage. */
    @Transactional
    Settled request(UUID referralId, NewInformationRequest body, Caller caller, String ifMatch) {
        Referral referral = referrals.triageable(referralId, caller, AuditAction.UPDATE);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (body.dueDate().isBefore(clock.today(now))) {
            throw new BadRequestException("dueDate " + body.dueDate() + " is in the past: give today or a later date");
        }
        InformationRequest[] asked = new InformationRequest[1];
        ReferralView view = referrals.change(referral, caller, ifMatch, (r, by) -> {
            ReferralStatus before = r.status();
            Duration remaining = clock.remaining(now, r.decisionDueAt());
            InformationRequest request = new InformationRequest(r.id(), body.question(), body.dueDate(), before, r.decisionDueAt(),
                    remaining, by, now);
            r.awaitInformation("request " + request.id + ", answer due " + body.dueDate(), by, now);
            entities.persist(request);
            events.informationRequest(ReferralFeed.InformationRequest.REQUESTED, r, request.id, request.status.value(),
                    request.dueDate);
            asked[0] = request;
        });
        return new Settled(view, InformationRequestView.of(asked[0], clock.today(now)));
    }

    /** The referrer answers (W of the referring agency; anyone else who sees the referral 403, others 404). */
    @Transactional
    Settled answer(UUID referralId, UUID requestId, InformationAnswer body, Caller caller, String ifMatch) {
        Referral referral = referrals.visible(referralId, caller, AuditAction.UPDATE);
        if (!Reach.of(caller).through(referral.referringAgency())) {
            denied(caller, referralId);
            throw new ForbiddenException("Only the referring agency answers the hub's questions");
        }
        return settle(referral, requestId, caller, ifMatch, (request, resumedDue, by, now) -> request.answer(body.answer(),
                resumedDue, by, now), "information-provided", ReferralFeed.InformationRequest.PROVIDED);
    }

    /** The hub of the area no longer needs the answer: the clock runs again as after an answer. */
    @Transactional
    Settled withdraw(UUID referralId, UUID requestId, Caller caller, String ifMatch) {
        Referral referral = referrals.triageable(referralId, caller, AuditAction.UPDATE);
        return settle(referral, requestId, caller, ifMatch, (request, resumedDue, by, now) -> request.withdraw(resumedDue, by, now),
                "information-request-withdrawn", ReferralFeed.InformationRequest.WITHDRAWN);
    }

    private interface Settlement {
        void apply(InformationRequest request, Instant resumedDue, Actor by, Instant now);
    }

    private Settled settle(Referral referral, UUID requestId, Caller caller, String ifMatch, Settlement settlement, String action,
            String eventType) {
        InformationRequest request = entities.find(InformationRequest.class, requestId);
        if (request == null || !request.referralId.equals(referral.id())) {
            throw new NotFoundException("No request for information " + requestId + " on referral " + referral.id());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ReferralView view = referrals.change(referral, caller, ifMatch, (r, by) -> {
            Instant resumedDue = clock.resumedDue(now, request.remaining());
            settlement.apply(request, resumedDue, by, now);
            r.resumeAfterInformation(action, request.statusBefore, resumedDue, "request " + request.id, by, now);
            events.informationRequest(eventType, r, request.id, request.status.value(), request.dueDate);
        });
        return new Settled(view, InformationRequestView.of(request, clock.today(now)));
    }

    /** The hub escalated the referral while its question was open: the question is closed with it. */
    void escalated(@Observes ReferralEscalated escalated) {
        closeOpen(escalated.referral(), escalated.by());
    }

    /** The referrer withdrew the referral while the hub's question was open: the question is closed with it. */
    void withdrawn(@Observes ReferralWithdrawn withdrawn) {
        closeOpen(withdrawn.referral(), withdrawn.by());
    }

    private void closeOpen(Referral referral, Actor by) {
        entities.createQuery("from InformationRequest i where i.referralId = :referral and i.status = :open",
                InformationRequest.class).setParameter("referral", referral.id()).setParameter("open", InformationRequest.Status.OPEN)
                .getResultStream().forEach(request -> request.close(by, Instant.now().truncatedTo(ChronoUnit.MICROS)));
    }

    /** Every question on referral {@code referralId}, oldest first (for subject access, which has checked its officer). */
    public List<InformationRequestView> ofReferral(UUID referralId) {
        LocalDate today = clock.today(Instant.now());
        return entities.createQuery("from InformationRequest i where i.referralId = :referral order by i.requestedAt, i.id",
                InformationRequest.class).setParameter("referral", referralId).getResultStream()
                .map(request -> InformationRequestView.of(request, today)).toList();
    }

    /** A page of the questions on a referral the caller sees (404 otherwise), oldest first; audited as a read of it. */
    @Transactional
    Page<InformationRequestView> list(UUID referralId, Caller caller, PageRequest page) {
        records.read(caller, ReferralVisibility.SEEN, referralId);
        List<InformationRequest> found = entities.createQuery(
                "from InformationRequest i where i.referralId = :referral order by i.requestedAt, i.id", InformationRequest.class)
                .setParameter("referral", referralId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = entities.createQuery("select count(i) from InformationRequest i where i.referralId = :referral", Long.class)
                .setParameter("referral", referralId).getSingleResult();
        LocalDate today = clock.today(Instant.now());
        return new Page<>(found.stream().map(request -> InformationRequestView.of(request, today)).toList(), page.page(),
                page.size(), total);
    }

    /** For the triage queue: the due date of the open question on each of {@code referralIds} that has one. */
    public Map<UUID, LocalDate> openDueDates(Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return Map.of();
        }
        return entities.createQuery("select i.referralId, i.dueDate from InformationRequest i where i.referralId in :referrals"
                + " and i.status = :open", Object[].class).setParameter("referrals", referralIds)
                .setParameter("open", InformationRequest.Status.OPEN).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (LocalDate) row[1]));
    }

    /** Past its due date: the day after it is over in the hub's zone. */
    public boolean overdue(LocalDate dueDate, Instant now) {
        return clock.today(now).isAfter(dueDate);
    }

    private void denied(Caller caller, UUID referralId) {
        audit.record(AuditEntry.of(caller).action(AuditAction.UPDATE).resource(ReferralService.RESOURCE, referralId)
                .purpose("referral").outcome(AuditOutcome.DENIED).build());
    }
}
