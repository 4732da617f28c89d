package org.earlyhelp.referral.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.cases.contract.CaseFeed;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.dataprotection.RecordErased;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;
import org.earlyhelp.referral.dataprotection.CaseErasure;
import org.earlyhelp.referral.familycase.FamilyCases;
import org.earlyhelp.referral.matching.CasePeople;
import org.earlyhelp.referral.referral.Referral;
import org.earlyhelp.referral.referral.ReferralEvents;
import org.earlyhelp.referral.referral.ReferralRepository;
import org.earlyhelp.referral.referral.ReferralStatus;
import org.jboss.logging.Logger;

/**
 * Follows case-service's feed, reading its published {@link CaseFeed} records: when a case opened
 * from a referral closes ({@code case.closed}), the outcome is recorded on the referral and
 * {@code referral.closed} published; a family member added to a case by hand
 * ({@code case.person-added}) becomes someone "known to services" that matching finds. Every case event also keeps
 * {@link FamilyCases} (which family members each case is about, its lead, open or not) so that the hub is told when a
 * referral it accepts is about a child with an open case; and which referrals each case holds, so that a case
 * case-service erases ({@code record.erased}) takes its accepted referrals with it. An event
 * naming no referral of ours, or no usable person, is skipped, not retried, so one odd event never
 * stops the consumer.
 */
@ApplicationScoped
class CaseEvents extends FeedConsumer {

    static final String NAME = "case-events";
    private static final Logger LOG = Logger.getLogger(CaseEvents.class);

    private final ReferralRepository referrals;
    private final ReferralEvents events;
    private final CasePeople people;
    private final AuditTrail audit;
    private final FamilyCases cases;
    private final CaseErasure caseErasure;

    CaseEvents(ReferralRepository referrals, ReferralEvents events, CasePeople people, AuditTrail audit, FamilyCases cases,
            CaseErasure caseErasure) {
        this.caseErasure = caseErasure;
        this.referrals = referrals;
        this.events = events;
        this.people = people;
        this.audit = audit;
        this.cases = cases;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void handle(CloudEvent event) {
        switch (event.type()) {
            case CaseFeed.Opened.TYPE -> event.dataAs(CaseFeed.Opened.class).ifPresent(opened -> caseOpened(event, opened));
            case CaseFeed.ReferralJoined.TYPE -> event.dataAs(CaseFeed.ReferralJoined.class).ifPresent(joined -> {
                cases.family(joined.caseId(), joined.personIds(), time(event));
                cases.holds(joined.caseId(), java.util.Collections.singletonList(joined.referralId()));
            });
            case CaseFeed.Transferred.TYPE -> event.dataAs(CaseFeed.Transferred.class)
                    .filter(transferred -> transferred.toAgency() != null)
                    .ifPresent(transferred -> cases.ledBy(transferred.caseId(), transferred.toAgency(), time(event)));
            case CaseFeed.Reopened.TYPE -> event.dataAs(CaseFeed.Reopened.class).ifPresent(reopened -> {
                cases.reopened(reopened.caseId(), reopened.personIds(), time(event));
                cases.holds(reopened.caseId(), reopened.referralIds());
            });
            case CaseFeed.Closed.TYPE -> event.dataAs(CaseFeed.Closed.class).ifPresent(closed -> caseClosed(event, closed));
            case CaseFeed.PersonAdded.TYPE -> event.dataAs(CaseFeed.PersonAdded.class).ifPresent(added -> personAdded(event, added));
            case RecordErased.TYPE -> event.dataAs(RecordErased.class)
                    .filter(erased -> CaseErasure.CASE.equals(erased.recordType())).ifPresent(erased -> caseErased(event, erased));
            default -> { }
        }
    }

    private void caseOpened(CloudEvent event, CaseFeed.Opened opened) {
        if (opened.caseId() == null || opened.leadAgency() == null || opened.reference() == null) {
            LOG.infof("Skipping %s %s: no case id, reference or lead agency", event.type(), event.id());
            return;
        }
        cases.opened(opened.caseId(), opened.reference(), opened.leadAgency(), opened.personIds(), time(event));
        cases.holds(opened.caseId(), opened.referralIds());
    }

    /** case-service erased a case (decision 0062): the referrals accepted into it go too, and what was projected from it. */
    private void caseErased(CloudEvent event, RecordErased erased) {
        UUID caseId;
        try {
            caseId = UUID.fromString(erased.recordId());
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.infof("Skipping %s %s: the case id is not a UUID", event.type(), event.id());
            return;
        }
        caseErasure.caseErased(caseId, erased.cause() == null ? RecordErased.RETENTION : erased.cause(), NAME);
    }

    private void personAdded(CloudEvent event, CaseFeed.PersonAdded added) {
        if (added.personId() != null) {
            cases.personAdded(added.caseId(), added.personId(), time(event));
        }
        String familyName = trimmed(added.familyName());
        if (added.personId() == null || added.caseId() == null || familyName == null) {
            LOG.infof("Skipping %s %s: no person id, case id or family name", event.type(), event.id());
            return;
        }
        people.remember(added.personId(), added.caseId(), trimmed(added.givenName()), familyName, added.dateOfBirth(),
                trimmed(added.postcode()), time(event), NAME);
    }

    private void caseClosed(CloudEvent event, CaseFeed.Closed closed) {
        cases.closed(closed.caseId(), time(event));
        cases.holds(closed.caseId(), closed.referralIds());
        String outcome = closed.outcome() == null ? "unknown" : closed.outcome();
        for (UUID referralId : closed.referralIds()) {
            Referral referral = referralId == null ? null : referrals.find(referralId).orElse(null);
            if (referral == null || referral.status() != ReferralStatus.ACCEPTED || referral.closedAt() != null) {
                LOG.infof("Skipping %s %s for referral %s: not an accepted referral with an open case here", event.type(),
                        event.id(), referralId);
                continue;
            }
            referral.recordCaseClosed(closed.caseId(), outcome, Actor.system(NAME), time(event));
            events.closed(referral, "case-closed");
            audit.record(AuditEntry.system(NAME).action(AuditAction.UPDATE).resource("referral", referral.id())
                    .people(referral.personIds()).purpose("case-outcome").build());
        }
    }

    private static Instant time(CloudEvent event) {
        return event.time() == null ? Instant.now() : event.time();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
