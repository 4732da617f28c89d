package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.consent.sharing.DataCategory;
import org.earlyhelp.consent.sharing.Provision;
import org.earlyhelp.consent.sharing.Purpose;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;

/**
 * Publishes consent changes on this service's feed as the published {@link ConsentFeed} records
 * (what each field means in {@code EVENTS.md}). The audience is who reaches the person
 * ({@link PersonReach#audienceFor}): the agencies taking part for the person and the hub of the
 * areas of the referrals about them. An agency the consent merely names as a
 * recipient is not told: naming is not taking part. The data names no one but by id, and does not
 * list who takes part.
 */
@ApplicationScoped
class ConsentEvents {

    private final Outbox outbox;
    private final PersonReach persons;

    ConsentEvents(Outbox outbox, PersonReach persons) {
        this.outbox = outbox;
        this.persons = persons;
    }

    void publish(Consent consent, ConsentChange change) {
        String type = switch (change.kind()) {
            case RECORDED -> ConsentFeed.ConsentChanged.RECORDED;
            case AMENDED -> ConsentFeed.ConsentChanged.AMENDED;
            case WITHDRAWN -> ConsentFeed.ConsentChanged.WITHDRAWN;
            case EXPIRED -> ConsentFeed.ConsentChanged.EXPIRED;
        };
        List<Provision> provisions = consent.provisions();
        Set<String> recipients = new TreeSet<>();
        Set<String> recipientTypes = new TreeSet<>();
        Set<Purpose> purposes = new TreeSet<>();
        Set<DataCategory> categories = new TreeSet<>();
        for (Provision provision : provisions) {
            recipients.addAll(provision.scope().agencies());
            recipientTypes.addAll(provision.scope().agencyTypes());
            purposes.addAll(provision.scope().purposes());
            categories.addAll(provision.scope().categories());
        }
        Instant at = change.kind() == ConsentChange.Kind.EXPIRED ? consent.endedAt : change.at();
        // Codes in the enums' order, agencies and types alphabetically: the order the feed has always had.
        ConsentFeed.ConsentChanged data = new ConsentFeed.ConsentChanged(consent.id(), consent.version(), consent.personId(),
                consent.status().code(), at, purposes.stream().map(Purpose::code).toList(),
                categories.stream().map(DataCategory::code).toList(), List.copyOf(recipients), List.copyOf(recipientTypes));
        outbox.record(new EventDraft(type, consent.id().toString(), data, persons.audienceFor(consent.personId())));
    }
}
