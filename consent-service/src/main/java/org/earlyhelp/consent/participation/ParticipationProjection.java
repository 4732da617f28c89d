package org.earlyhelp.consent.participation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.dataprotection.RecordErased;
import org.earlyhelp.platform.events.CloudEvent;
import org.jboss.logging.Logger;

/**
 * Applies participation changes read from the feeds. An event that lacks what it needs is logged
 * and skipped rather than retried: retrying cannot repair it, and it would hold up every later event.
 */
@ApplicationScoped
class ParticipationProjection {

    private static final Logger LOG = Logger.getLogger(ParticipationProjection.class);

    private final Participants participants;
    private final PersonLinks links;

    ParticipationProjection(Participants participants, PersonLinks links) {
        this.participants = participants;
        this.links = links;
    }

    /** A piece of work an agency takes part in: {@code referral}, {@code onward-referral} or {@code case}, and its id. */
    record Work(String kind, UUID id) {

        /** {@code kind:<id>}, the source participation rests on. */
        String source() {
            return kind + ":" + id;
        }
    }

    void join(CloudEvent event, Work work, List<UUID> people, String agency) {
        if (usable(event, work, people, agency, "agency")) {
            participants.join(people(people), agency, work.source(), time(event));
        }
    }

    void leave(CloudEvent event, Work work, List<UUID> people, String agency) {
        if (usable(event, work, people, agency, "agency")) {
            participants.leave(people(people), agency, work.source());
        }
    }

    /** The people are the subject of work in {@code area}, so the hub's triage for that area reaches them. */
    void locate(CloudEvent event, Work work, List<UUID> people, String area) {
        if (usable(event, work, people, area, "area")) {
            participants.locate(people(people), area, work.source(), time(event));
        }
    }

    /** A person joined existing work: whoever takes part in that work takes part for them. */
    void extend(CloudEvent event, Work work, UUID person) {
        if (work.id() == null || person == null) {
            LOG.warnf("Skipping %s %s: it needs the %s id and personId (see consent-service EVENTS.md)", event.type(), event.id(),
                    work.kind());
            return;
        }
        participants.extend(work.source(), person);
    }

    /** Two person ids turned out to be one person ({@code minted} is {@code known}): what was recorded under either holds for both. */
    void link(CloudEvent event, UUID referral, UUID minted, UUID known) {
        if (usableLink(event, minted, known)) {
            links.link(minted, known, referral, time(event));
        }
    }

    /** The match was undone: each id is reached again only by what was recorded under it. */
    void unlink(CloudEvent event, UUID minted, UUID known) {
        if (usableLink(event, minted, known)) {
            links.unlink(minted, known);
        }
    }

    /**
     * The producer erased one of its records (the work of one of {@code kinds} with the record's id): what was projected
     * from it goes, the participation and areas resting on it and the links confirmed on it. Idempotent.
     */
    void forget(CloudEvent event, RecordErased erased, String... kinds) {
        UUID id;
        try {
            id = UUID.fromString(erased.recordId());
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.warnf("Skipping %s %s: its recordId is not an id (see consent-service EVENTS.md)", event.type(), event.id());
            return;
        }
        participants.forget(Arrays.stream(kinds).map(kind -> new Work(kind, id).source()).toList());
        links.forget(id);
    }

    private static boolean usableLink(CloudEvent event, UUID minted, UUID known) {
        if (minted == null || known == null || minted.equals(known)) {
            LOG.warnf("Skipping %s %s: it needs mintedPersonId and personId, two different ids (see consent-service EVENTS.md)",
                    event.type(), event.id());
            return false;
        }
        return true;
    }

    private static boolean usable(CloudEvent event, Work work, List<UUID> people, String value, String field) {
        if (work.id() == null || people(people).isEmpty() || value == null || value.isBlank()) {
            LOG.warnf("Skipping %s %s: it needs personIds, the %s id and %s (see consent-service EVENTS.md)", event.type(),
                    event.id(), work.kind(), field);
            return false;
        }
        return true;
    }

    private static List<UUID> people(List<UUID> ids) {
        return ids.stream().filter(Objects::nonNull).toList();
    }

    private static Instant time(CloudEvent event) {
        return event.time() == null ? Instant.now() : event.time();
    }
}
