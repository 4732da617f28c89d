package org.earlyhelp.consent.chronology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.consent.dataprotection.OpenCases;
import org.earlyhelp.consent.participation.PersonLinks;
import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.chronology.Chronology;
import org.earlyhelp.platform.chronology.ChronologyEntry;
import org.earlyhelp.platform.chronology.ChronologySource;
import org.earlyhelp.platform.identity.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One child's story (issue 29 point 3, decision 0065): everything the suite knows about a person, in time order, for
 * those entitled to it — the hub's triage of the area of a referral about the person, and the working roles of the lead
 * agency of an open case about them, under any id the person is known by. Everyone else, and a person nobody knows,
 * is 404. Each service gives its own part with its own record visibility (so the lead sees its case and the referrals
 * it may see, never the hub's matches and alerts); this service merges them. Every read, and every refusal, is audited
 * with the stated purpose.
 */
@ApplicationScoped
class PersonStory {

    private final PersonLinks links;
    private final PersonReach reach;
    private final OpenCases openCases;
    private final Instance<ChronologySource> ownParts;
    private final OtherParts otherParts;
    private final AuditTrail audit;

    PersonStory(PersonLinks links, PersonReach reach, OpenCases openCases, Instance<ChronologySource> ownParts,
            OtherParts otherParts, AuditTrail audit) {
        this.links = links;
        this.reach = reach;
        this.openCases = openCases;
        this.ownParts = ownParts;
        this.otherParts = otherParts;
        this.audit = audit;
    }

    /** The person's story, oldest first: 404 (audited {@code denied}) unless entitled; then 400 without a purpose. */
    Story of(Caller caller, String bearer, UUID personId, String purpose) {
        Set<UUID> ids = links.idsOf(personId);
        AuditEntry.Builder entry = AuditEntry.of(caller).action(Chronology.ACTION).resource("person", personId).people(ids)
                .purpose(asStated(purpose));
        if (!entitled(caller, personId, ids)) {
            audit.record(entry.outcome(AuditOutcome.DENIED).build());
            throw new NotFoundException("No person " + personId + " whose chronology you may read");
        }
        String stated = Chronology.purpose(purpose);
        List<ChronologyEntry> entries = new ArrayList<>(otherParts.entriesAbout(bearer, personId, stated));
        ownParts.forEach(part -> entries.addAll(part.entriesAbout(personId, caller)));
        entries.sort(ChronologyEntry.IN_TIME);
        audit.record(entry.build());
        return new Story(personId, entries);
    }

    /** The hub's triage (a person) of an area of a referral about the person, or a working role of an open case's lead. */
    private boolean entitled(Caller caller, UUID personId, Set<UUID> ids) {
        boolean hubOfTheArea = !Reach.of(caller).hubAreas().isEmpty() && reach.inAreasOf(caller, personId);
        return hubOfTheArea || openCases.ledBy(Reach.of(caller).agency(), ids);
    }

    /** The purpose as the audit trail keeps it, even a refused one: trimmed, at most as long as a purpose may be. */
    private static String asStated(String purpose) {
        String stated = purpose == null ? "" : purpose.strip();
        return stated.isEmpty() ? null : stated.substring(0, Math.min(Chronology.PURPOSE_MAX, stated.length()));
    }

    /** A person's story: every entry the caller may see, oldest first. */
    @Schema(name = "PersonChronology")
    record Story(UUID personId, List<ChronologyEntry> entries) {
    }
}
