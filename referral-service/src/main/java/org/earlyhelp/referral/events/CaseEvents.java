package org.earlyhelp.referral.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.cases.contract.CaseFeed;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;
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
 * ({@code case.person-added}) becomes someone "known to services" that matching finds. An event
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

    CaseEvents(ReferralRepository referrals, ReferralEvents events, CasePeople people, AuditTrail audit) {
        this.referrals = referrals;
        this.events = events;
        this.people = people;
        this.audit = audit;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void handle(CloudEvent event) {
        switch (event.type()) {
            case CaseFeed.Closed.TYPE -> event.dataAs(CaseFeed.Closed.class).ifPresent(closed -> caseClosed(event, closed));
            case CaseFeed.PersonAdded.TYPE -> event.dataAs(CaseFeed.PersonAdded.class).ifPresent(added -> personAdded(event, added));
            default -> { }
        }
    }

    private void personAdded(CloudEvent event, CaseFeed.PersonAdded added) {
        String familyName = trimmed(added.familyName());
        if (added.personId() == null || added.caseId() == null || familyName == null) {
            LOG.infof("Skipping %s %s: no person id, case id or family name", event.type(), event.id());
            return;
        }
        people.remember(added.personId(), added.caseId(), trimmed(added.givenName()), familyName, added.dateOfBirth(),
                trimmed(added.postcode()), time(event), NAME);
    }

    private void caseClosed(CloudEvent event, CaseFeed.Closed closed) {
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
