package org.earlyhelp.consent.consent;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.consent.sharing.DataCategory;
import org.earlyhelp.consent.sharing.Provision;
import org.earlyhelp.consent.sharing.Purpose;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;

/**
 * Publishes consent changes on this service's feed (shapes in {@code EVENTS.md}). The audience is
 * who reaches the person ({@link PersonReach#audienceFor}): the agencies taking part for the person
 * and the hub of the areas of the referrals about them. An agency the consent merely names as a
 * recipient is not told: naming is not taking part. The data names no one but by id, and does not
 * list who takes part.
 */
@ApplicationScoped
class ConsentEvents {

    static final String RECORDED = "consent.recorded";
    static final String AMENDED = "consent.amended";
    static final String WITHDRAWN = "consent.withdrawn";
    static final String EXPIRED = "consent.expired";

    private final Outbox outbox;
    private final PersonReach persons;

    ConsentEvents(Outbox outbox, PersonReach persons) {
        this.outbox = outbox;
        this.persons = persons;
    }

    /** What every consent event carries. {@code at} is when the change took effect. */
    record ConsentEvent(UUID consentId, int version, UUID personId, String status, Instant at,
            Set<Purpose> purposes, Set<DataCategory> dataCategories, Set<String> recipientAgencies,
            Set<String> recipientAgencyTypes) {
    }

    void publish(Consent consent, ConsentChange change) {
        String type = switch (change.kind()) {
            case RECORDED -> RECORDED;
            case AMENDED -> AMENDED;
            case WITHDRAWN -> WITHDRAWN;
            case EXPIRED -> EXPIRED;
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
        ConsentEvent data = new ConsentEvent(consent.id(), consent.version(), consent.personId(),
                consent.status().code(), at, purposes, categories, recipients, recipientTypes);
        outbox.record(new EventDraft(type, consent.id().toString(), data, persons.audienceFor(consent.personId())));
    }
}
