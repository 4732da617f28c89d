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
