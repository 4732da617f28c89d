package org.earlyhelp.referral.events;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;
import org.earlyhelp.referral.dataprotection.PersonErasure;
import org.earlyhelp.referral.dataprotection.PersonLinks;
import org.earlyhelp.referral.onward.WaitingForConsent;
import org.earlyhelp.referral.referral.Rectification;
import org.earlyhelp.referral.restriction.Restrictions;
import org.jboss.logging.Logger;

/**
 * Follows consent-service's feed, reading its published {@link ConsentFeed} records: when a consent about a person is
 * recorded, amended, withdrawn or expires, or a lawful basis to share without consent is recorded, the onward referrals
 * of that person still waiting for consent are asked about again ({@link WaitingForConsent}); a person a data
 * protection officer erased ({@code person.erased}) is erased here too ({@link PersonErasure}); a restriction of
 * processing ({@code person.restricted}, {@code person.restriction-lifted}) is kept ({@link Restrictions}); corrected
 * identifying details ({@code person.rectified}) correct every referral naming the person ({@link Rectification}). An event naming no person
 * is skipped, not retried.
 */
@ApplicationScoped
class ConsentEvents extends FeedConsumer {

    static final String NAME = "consent-events";
    private static final Logger LOG = Logger.getLogger(ConsentEvents.class);

    private final WaitingForConsent waiting;
    private final PersonErasure people;
    private final Restrictions restrictions;
    private final Rectification rectification;
    private final PersonLinks links;

    ConsentEvents(WaitingForConsent waiting, PersonErasure people, Restrictions restrictions, Rectification rectification,
            PersonLinks links) {
        this.rectification = rectification;
        this.links = links;
        this.restrictions = restrictions;
        this.waiting = waiting;
        this.people = people;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void handle(CloudEvent event) {
        switch (event.type()) {
            case ConsentFeed.ConsentChanged.RECORDED, ConsentFeed.ConsentChanged.AMENDED, ConsentFeed.ConsentChanged.WITHDRAWN,
                    ConsentFeed.ConsentChanged.EXPIRED -> event.dataAs(ConsentFeed.ConsentChanged.class)
                            .ifPresent(consent -> personConcerned(event, consent.personId()));
            case ConsentFeed.LawfulBasisRecorded.TYPE -> event.dataAs(ConsentFeed.LawfulBasisRecorded.class)
                    .ifPresent(basis -> personConcerned(event, basis.personId()));
            case ConsentFeed.PersonRestriction.RESTRICTED -> event.dataAs(ConsentFeed.PersonRestriction.class)
                    .filter(restriction -> restriction.personId() != null).ifPresent(restriction -> restrictions.restrict(
                            restriction.personId(), restriction.requestId(), restriction.requestedBy(), time(event)));
            case ConsentFeed.PersonRestriction.LIFTED -> event.dataAs(ConsentFeed.PersonRestriction.class)
                    .filter(restriction -> restriction.personId() != null).ifPresent(restriction -> lifted(event, restriction));
            case ConsentFeed.PersonRectified.TYPE -> event.dataAs(ConsentFeed.PersonRectified.class)
                    .filter(rectified -> rectified.personId() != null).ifPresent(rectified -> rectification.correct(
                            links.of(rectified.personId()), trimmed(rectified.givenName()), trimmed(rectified.familyName()),
                            rectified.dateOfBirth(), Actor.system("rectification-request:" + rectified.requestedBy()),
                            time(event)));
            case ConsentFeed.PersonErased.TYPE -> event.dataAs(ConsentFeed.PersonErased.class)
                    .ifPresent(erased -> personErased(event, erased));
            default -> { }
        }
    }

    /** The restriction is lifted: their onward referrals still waiting are asked about again. */
    private void lifted(CloudEvent event, ConsentFeed.PersonRestriction restriction) {
        restrictions.lift(restriction.personId());
        waiting.consentChanged(restriction.personId(), time(event));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Instant time(CloudEvent event) {
        return event.time() == null ? Instant.now() : event.time();
    }

    /** A data protection officer erased the person (decision 0062): every record here naming them goes. */
    private void personErased(CloudEvent event, ConsentFeed.PersonErased erased) {
        if (erased.personId() == null) {
            LOG.infof("Skipping %s %s: no person id", event.type(), event.id());
            return;
        }
        people.erase(erased.personId(), "erasure request " + erased.requestId(), "erasure-request:" + erased.requestedBy());
    }

    private void personConcerned(CloudEvent event, java.util.UUID personId) {
        if (personId == null) {
            LOG.infof("Skipping %s %s: no person id", event.type(), event.id());
            return;
        }
        waiting.consentChanged(personId, event.time() == null ? Instant.now() : event.time());
    }
}
