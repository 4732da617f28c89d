package org.earlyhelp.consent.participation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Applies participation changes from the feeds. An event that lacks what it needs is logged and
 * skipped rather than retried: retrying cannot repair it, and it would hold up every later event.
 */
@ApplicationScoped
class ParticipationProjection {

    private static final Logger LOG = Logger.getLogger(ParticipationProjection.class);

    private final Participants participants;

    ParticipationProjection(Participants participants) {
        this.participants = participants;
    }

    void join(ParticipationChange change, String kind, String idField, String agencyField) {
        apply(change, kind, idField, agencyField, true);
    }

    void leave(ParticipationChange change, String kind, String idField, String agencyField) {
        apply(change, kind, idField, agencyField, false);
    }

    /** The event's people are the subject of work in the area it names (field {@code area}). */
    void locate(ParticipationChange change, String kind, String idField) {
        List<UUID> people = change.people();
        Optional<String> source = change.source(kind, idField);
        Optional<String> area = change.text("area");
        if (people.isEmpty() || source.isEmpty() || area.isEmpty()) {
            LOG.warnf("Skipping the area of %s: it needs personIds, %s and area (see consent-service EVENTS.md)",
                    change.describe(), idField);
            return;
        }
        participants.locate(people, area.get(), source.get(), change.time());
    }

    /** A person joined existing work (field {@code personId}): whoever takes part in that work takes part for them. */
    void extend(ParticipationChange change, String kind, String idField) {
        Optional<String> source = change.source(kind, idField);
        Optional<UUID> person = change.id("personId");
        if (source.isEmpty() || person.isEmpty()) {
            LOG.warnf("Skipping %s: it needs %s and personId (see consent-service EVENTS.md)", change.describe(), idField);
            return;
        }
        participants.extend(source.get(), person.get());
    }

    /** Two person ids turned out to be one person ({@code mintedPersonId} is {@code personId}). */
    void link(ParticipationChange change) {
        Optional<UUID> minted = change.id("mintedPersonId");
        Optional<UUID> known = change.id("personId");
        if (minted.isEmpty() || known.isEmpty()) {
            LOG.warnf("Skipping %s: it needs mintedPersonId and personId (see consent-service EVENTS.md)", change.describe());
            return;
        }
        participants.link(minted.get(), known.get());
    }

    private void apply(ParticipationChange change, String kind, String idField, String agencyField, boolean joining) {
        List<UUID> people = change.people();
        Optional<String> source = change.source(kind, idField);
        Optional<String> agency = change.text(agencyField);
        if (people.isEmpty() || source.isEmpty() || agency.isEmpty()) {
            LOG.warnf("Skipping %s: it needs personIds, %s and %s (see consent-service EVENTS.md)",
                    change.describe(), idField, agencyField);
            return;
        }
        if (joining) {
            participants.join(people, agency.get(), source.get(), change.time());
        } else {
            participants.leave(people, agency.get(), source.get());
        }
    }
}
