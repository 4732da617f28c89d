package org.earlyhelp.referral.referral;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Records;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.ETags;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;
import org.earlyhelp.referral.familycase.FamilyCases;
import org.earlyhelp.referral.restriction.Restrictions;
import org.earlyhelp.referral.familycase.OpenCase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Referral use cases: each one a transaction that loads the referral through {@link Records} by {@link ReferralVisibility}
 * (404 for anything the caller may not see), changes it, records the event and the audit line; accepting asks
 * consent-service in between two short ones.
 */
@ApplicationScoped
public class ReferralService {

    public static final String RESOURCE = ReferralVisibility.RESOURCE;
    static final String PURPOSE = "referral";
    /** The purpose of the share with a lead agency (consent-service's code). */
    static final String LEAD_PURPOSE = "early-help-assessment";

    private final ReferralRepository referrals;
    private final Records records;
    private final ReferralEvents events;
    private final AuditTrail audit;
    private final DecisionDeadline deadline;
    private final ObjectMapper json;
    private final Event<ReferralSubmitted> submittedEvent;
    private final PersonIndex personIndex;
    private final KnownToServices.Count knownToServices;
    private final LeadAgency leads;
    private final FamilyCases familyCases;
    private final Restrictions restrictions;
    private final NhsNumberLookup nhsNumbers;
    private final Event<ReferralEscalated> escalatedEvent;
    private final Event<ReferralWithdrawn> withdrawnEvent;

    ReferralService(ReferralRepository referrals, Records records, ReferralEvents events, AuditTrail audit,
            DecisionDeadline deadline, ObjectMapper json, Event<ReferralSubmitted> submittedEvent, PersonIndex personIndex,
            KnownToServices.Count knownToServices, LeadAgency leads, FamilyCases familyCases, Restrictions restrictions,
            NhsNumberLookup nhsNumbers, Event<ReferralEscalated> escalatedEvent, Event<ReferralWithdrawn> withdrawnEvent) {
        this.escalatedEvent = escalatedEvent;
        this.withdrawnEvent = withdrawnEvent;
        this.restrictions = restrictions;
        this.nhsNumbers = nhsNumbers;
        this.referrals = referrals;
        this.records = records;
        this.events = events;
        this.audit = audit;
        this.deadline = deadline;
        this.json = json;
        this.submittedEvent = submittedEvent;
        this.personIndex = personIndex;
        this.knownToServices = knownToServices;
        this.leads = leads;
        this.familyCases = familyCases;
    }

    @Transactional
    public ReferralView submit(NewReferral body, Caller caller) {
        Instant now = Instant.now();
        Referral referral = Referral.submit(body, write(body), Actor.of(caller), caller.partnerSystem(), now, deadline.dueBy(now));
        referral.people().forEach(personIndex::index);
        nhsNumbers.index(referral, body);
        referrals.persist(referral);
        // The referral's own event first: what the observers publish (an alert, a hand-over) is about a referral the feed
        // has already told its readers of.
        events.submitted(referral, body);
        submittedEvent.fire(new ReferralSubmitted(referral));
        audited(caller, AuditAction.CREATE, referral);
        referrals.flush();
        return view(referral, now);
    }

    /** A page of the referrals the caller may see; those the caller triages say how far their people are known to services. */
    @Transactional
    public Page<ReferralSummary> list(Caller caller, PageRequest page) {
        Instant now = Instant.now();
        Page<Referral> found = records.page(caller, ReferralVisibility.SEEN, null, "r.submittedAt desc, r.id", page);
        Reach reach = Reach.of(caller);
        Map<UUID, KnownToServices> known = knownToServices.of(
                found.items().stream().filter(referral -> reach.screens(referral.area())).map(Referral::id).toList());
        Set<UUID> restricted = restrictions.restrictedAmong(found.items().stream().flatMap(referral -> referral.personIds().stream())
                .toList());
        return found.map(referral -> ReferralSummary.of(referral, now, known.get(referral.id()),
                referral.personIds().stream().anyMatch(restricted::contains)));
    }

    /** The referral; the hub of its area, while it decides, also sees the open cases its children are on already. */
    @Transactional
    public ReferralView read(UUID id, Caller caller) {
        Referral referral = records.read(caller, ReferralVisibility.SEEN, id);
        ReferralView view = view(referral, Instant.now());
        boolean deciding = referral.status().open();
        return deciding && Reach.of(caller).screens(referral.area())
                ? view.withOpenCases(familyCases.openAbout(referral.childPersonIds()))
                : view;
    }

    /** A page of the history of a referral the caller may see (404 otherwise; audited as a read of the referral). */
    @Transactional
    public Page<ReferralHistoryView> history(UUID id, Caller caller, PageRequest page) {
        Referral referral = records.read(caller, ReferralVisibility.SEEN, id);
        return referrals.history(referral.id(), page).map(ReferralHistoryView::of);
    }

    @Transactional
    public ReferralView startTriage(UUID id, Caller caller, String ifMatch) {
        return triage(id, caller, ifMatch, (referral, by) -> referral.startTriage(by, Instant.now()));
    }

    /**
     * In three steps, so that no remote call is made while a transaction holds a database connection (as signposting
     * does): read the referral the caller triages and check it can be accepted now (and its {@code If-Match}); check the
     * lead agency in the agency register (422) and ask consent-service whether it may receive what the referral says
     * about each person (deny: 409, no answer: 503, audited; the referral stays in triage); then accept in one short
     * transaction, provided the referral and its people did not change meanwhile. One family, one case: when a child on
     * the referral has an open case (as case-service's feed told this service), the hub must say to join it
     * ({@code joinCaseId}, led by {@code leadAgency}); otherwise 409 {@code open-case} naming the cases.
     */
    public ReferralView accept(UUID id, Acceptance decision, Caller caller, String ifMatch) {
        Acceptable acceptable = QuarkusTransaction.requiringNew().call(() -> {
            Referral referral = triageable(id, caller, AuditAction.UPDATE);
            restrictions.refuseIfRestricted(referral.personIds());
            ETags.require(ifMatch, referral.version());
            referral.checkAcceptable();
            requireJoinOfAnyOpenCase(decision, familyCases.openAbout(referral.childPersonIds()));
            return new Acceptable(referral.area(), referral.referringAgency(), referral.personIds());
        });
        List<UUID> people = acceptable.people();
        leads.registered(decision.leadAgency(), acceptable.area());
        // The referring agency already holds all the referral says: leading the case shares nothing new with it.
        boolean newShare = !decision.leadAgency().equals(acceptable.referringAgency());
        LeadAgency.Verdict verdict = newShare ? leads.ask(decision.leadAgency(), people) : LeadAgency.Verdict.NOTHING_ASKED;
        if (!verdict.permits()) {
            QuarkusTransaction.requiringNew().run(() -> audit.record(AuditEntry.of(caller).action(AuditAction.SHARE)
                    .resource(RESOURCE, id).people(people).purpose(LEAD_PURPOSE).outcome(AuditOutcome.DENIED).build()));
            throw new LeadSharingRefused(verdict.unavailable()
                    ? "consent-service could not be asked whether " + decision.leadAgency() + " may receive this referral, so it"
                            + " was not accepted; try again shortly"
                    : "consent-service does not permit sharing this referral with " + decision.leadAgency()
                            + " for an early help assessment (" + String.join(", ", reasons(verdict)) + "), so it was not"
                            + " accepted and stays in triage: record the family's consent or a lawful basis for "
                            + decision.leadAgency() + ", then accept again", verdict);
        }
        return QuarkusTransaction.requiringNew().call(() -> triage(id, caller, ifMatch, (referral, by) -> {
            if (!referral.personIds().equals(people)) {
                throw new IllegalTransition("The people on this referral changed while consent-service was asked; accept it again");
            }
            referral.accept(decision, by, Instant.now());
            events.accepted(referral, body(referral), decision.joinCaseId());
        }));
    }

    /**
     * No second case for a child with an open one: with open cases about the referral's children, the hub must name one
     * to join (409 {@code open-case} otherwise), and that case's lead agency as lead (422 otherwise); a case to join
     * that is not among them is a 422.
     */
    private static void requireJoinOfAnyOpenCase(Acceptance decision, List<OpenCase> open) {
        if (decision.joinCaseId() == null) {
            if (!open.isEmpty()) {
                throw new ChildHasOpenCase("A child on this referral already has an open case ("
                        + String.join(", ", open.stream().map(kase -> kase.reference() + ", led by " + kase.leadAgency()).toList())
                        + "): accept it with joinCaseId to add the referral to that case; it stays in triage", open);
            }
            return;
        }
        OpenCase joining = open.stream().filter(kase -> kase.caseId().equals(decision.joinCaseId())).findFirst()
                .orElseThrow(() -> new CaseToJoinRefused("joinCaseId " + decision.joinCaseId()
                        + " is not an open case of a child on this referral"));
        if (!joining.leadAgency().equals(decision.leadAgency())) {
            throw new CaseToJoinRefused("Case " + joining.reference() + " is led by " + joining.leadAgency()
                    + ": name it as leadAgency to join the case");
        }
    }

    /** A referral in triage as read for acceptance: its district, who referred it, the people the lead agency would receive. */
    private record Acceptable(String area, String referringAgency, List<UUID> people) {
    }

    private static List<String> reasons(LeadAgency.Verdict verdict) {
        return verdict.refusals().stream().flatMap(refusal -> refusal.answer().reasons().stream()).distinct().toList();
    }

    @Transactional
    public ReferralView escalate(UUID id, Reason reason, Caller caller, String ifMatch) {
        // A restriction of processing never holds a child's protection back (UK GDPR Art. 18(2), decision 0062): the hub
        // still hands a restricted person's referral on to children's social care.
        return changeEvenIfRestricted(triageable(id, caller, AuditAction.UPDATE), caller, ifMatch, (referral, by) -> {
            referral.escalate(reason.reason(), by, Instant.now());
            events.escalated(referral);
            escalatedEvent.fire(new ReferralEscalated(referral, by, reason.reason()));
        });
    }

    @Transactional
    public ReferralView noFurtherAction(UUID id, Reason reason, Caller caller, String ifMatch) {
        return triage(id, caller, ifMatch, (referral, by) -> {
            referral.noFurtherAction(reason.reason(), by, Instant.now());
            events.closed(referral, "no-further-action");
        });
    }

    @Transactional
    public ReferralView withdraw(UUID id, Reason reason, Caller caller, String ifMatch) {
        Referral referral = visible(id, caller, AuditAction.UPDATE);
        if (!Reach.of(caller).through(referral.referringAgency())) {
            denied(caller, AuditAction.UPDATE, id);
            throw new ForbiddenException("Only the referring agency may withdraw a referral");
        }
        return change(referral, caller, ifMatch, (r, by) -> {
            r.withdraw(reason.reason(), by, Instant.now());
            events.closed(r, "withdrawn");
            withdrawnEvent.fire(new ReferralWithdrawn(r, by, reason.reason()));
        });
    }

    /**
     * The referral {@code id} if the caller may see it, to act on ({@code action}). Otherwise 404 whether or not it
     * exists, and the attempt is kept in the audit trail (denied if it exists, not found if it does not).
     */
    public Referral visible(UUID id, Caller caller, String action) {
        return records.find(caller, ReferralVisibility.SEEN, id, action);
    }

    /** A referral the caller triages: the hub of its area. Anyone else gets 404, as for a referral they may not see. */
    public Referral triageable(UUID id, Caller caller, String action) {
        return records.find(caller, ReferralVisibility.TRIAGE, id, action);
    }

    /** Checks If-Match, applies the change, and writes the new version so the response carries its ETag. */
    public ReferralView change(Referral referral, Caller caller, String ifMatch, BiConsumer<Referral, Actor> change) {
        restrictions.refuseIfRestricted(referral.personIds());
        return changeEvenIfRestricted(referral, caller, ifMatch, change);
    }

    private ReferralView changeEvenIfRestricted(Referral referral, Caller caller, String ifMatch, BiConsumer<Referral, Actor> change) {
        ETags.require(ifMatch, referral.version());
        change.accept(referral, Actor.of(caller));
        audited(caller, AuditAction.UPDATE, referral);
        try {
            referrals.flush();
        } catch (OptimisticLockException e) {
            throw new ClientErrorException("The referral changed meanwhile; reload it and try again", 412);
        }
        return view(referral, Instant.now());
    }

    public NewReferral body(Referral referral) {
        try {
            return json.readValue(referral.content(), NewReferral.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored referral " + referral.id() + " is unreadable", e);
        }
    }

    public ReferralView view(Referral referral, Instant now) {
        return ReferralView.of(referral, body(referral), now, restrictions.restricted(referral.personIds()));
    }

    private ReferralView triage(UUID id, Caller caller, String ifMatch, BiConsumer<Referral, Actor> change) {
        return change(triageable(id, caller, AuditAction.UPDATE), caller, ifMatch, change);
    }

    private void audited(Caller caller, String action, Referral referral) {
        audit.record(AuditEntry.of(caller).action(action).resource(RESOURCE, referral.id()).people(referral.personIds())
                .purpose(PURPOSE).build());
    }

    private void denied(Caller caller, String action, UUID id) {
        audit.record(AuditEntry.of(caller).action(action).resource(RESOURCE, id).purpose(PURPOSE).outcome(AuditOutcome.DENIED)
                .build());
    }

    private String write(NewReferral body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A referral that cannot be written as JSON", e);
        }
    }
}
