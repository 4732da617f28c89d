package org.earlyhelp.referral.events;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;
import org.earlyhelp.referral.dataprotection.PersonErasure;
import org.earlyhelp.referral.onward.WaitingForConsent;
import org.jboss.logging.Logger;

/**
 * Follows consent-service's feed, reading its published {@link ConsentFeed} records: when a consent about a person is
 * recorded, amended, withdrawn or expires, or a lawful basis to share without consent is recorded, the onward referrals
 * of that person still waiting for consent are asked about again ({@link WaitingForConsent}); a person a data
 * protection officer erased ({@code person.erased}) is erased here too ({@link PersonErasure}). An event naming no person
 * is skipped, not retried.
 */
@ApplicationScoped
class ConsentEvents extends FeedConsumer {

    static final String NAME = "consent-events";
    private static final Logger LOG = Logger.getLogger(ConsentEvents.class);

    private final WaitingForConsent waiting;
    private final PersonErasure people;

    ConsentEvents(WaitingForConsent waiting, PersonErasure people) {
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
            case ConsentFeed.PersonErased.TYPE -> event.dataAs(ConsentFeed.PersonErased.class)
                    .ifPresent(erased -> personErased(event, erased));
            default -> { }
        }
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
