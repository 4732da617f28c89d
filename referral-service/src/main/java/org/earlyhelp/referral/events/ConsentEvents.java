package org.earlyhelp.referral.events;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;
import org.earlyhelp.referral.onward.WaitingForConsent;
import org.jboss.logging.Logger;

/**
 * Follows consent-service's feed, reading its published {@link ConsentFeed} records: when a consent about a person is
 * recorded, amended, withdrawn or expires, or a lawful basis to share without consent is recorded, the onward referrals
 * of that person still waiting for consent are asked about again ({@link WaitingForConsent}). An event naming no person
 * is skipped, not retried.
 */
@ApplicationScoped
class ConsentEvents extends FeedConsumer {

    static final String NAME = "consent-events";
    private static final Logger LOG = Logger.getLogger(ConsentEvents.class);

    private final WaitingForConsent waiting;

    ConsentEvents(WaitingForConsent waiting) {
        this.waiting = waiting;
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
            default -> { }
        }
    }

    private void personConcerned(CloudEvent event, java.util.UUID personId) {
        if (personId == null) {
            LOG.infof("Skipping %s %s: no person id", event.type(), event.id());
            return;
        }
        waiting.consentChanged(personId, event.time() == null ? Instant.now() : event.time());
    }
}
