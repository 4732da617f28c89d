package org.earlyhelp.cases.casefile;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;

/**
 * The case's domain events on the feed (shapes in {@code case-service/EVENTS.md}). Subject: the
 * case id. Audience, by the rule that lets a caller see the case ({@link CaseVisibility}): the
 * working roles of every agency taking part (lead and active members) and the hub's screeners of
 * the case's area; an agency that just left the team, or just handed the lead on, is told too.
 * Events name people by id only ({@code personIds} is always the whole family on the case) and
 * carry no free text: an agency taking part reads the rest on the case.
 */
@ApplicationScoped
public class CaseEvents {

    /** How a membership ended, in {@code case.member-removed}. */
    public static final String LEFT = "left";
    public static final String REMOVED = "removed";

    private final Outbox outbox;

    CaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public record Opened(UUID caseId, String reference, List<UUID> referralIds, List<UUID> personIds, String leadAgency,
            String area) {
    }

    public record MemberAdded(UUID caseId, List<UUID> personIds, String agency, String role, String area) {
    }

    /** {@code ended}: {@value #LEFT}, {@value #REMOVED}, {@code consent-withdrawn} or {@code consent-expired}. */
    public record MemberRemoved(UUID caseId, List<UUID> personIds, String agency, String ended, String area) {
    }

    public record Transferred(UUID caseId, List<UUID> personIds, String fromAgency, String toAgency, String area) {
    }

    public record Closed(UUID caseId, List<UUID> referralIds, List<UUID> personIds, String leadAgency, NeedOutcome outcome,
            List<Closure.Outcome> outcomes, String area) {
    }

    public record Reopened(UUID caseId, List<UUID> referralIds, List<UUID> personIds, String area) {
    }

    /** For services only: referral-service matches on the details ("known to services"). */
    public record PersonAdded(UUID caseId, UUID personId, String givenName, String familyName, LocalDate dateOfBirth,
            String postcode, List<UUID> personIds, String leadAgency, List<String> memberAgencies, String area) {
    }

    public void opened(Case kase) {
        publish("case.opened", kase, new Opened(kase.id(), kase.reference(), kase.referralIds(), kase.personIds(),
                kase.leadAgency(), kase.area()), Set.of());
    }

    public void memberAdded(Case kase, TeamMember member) {
        publish("case.member-added", kase, new MemberAdded(kase.id(), kase.personIds(), member.agency(), member.role(),
                kase.area()), Set.of());
    }

    /** The member's agency is told even though it no longer takes part; {@code ended} says how (no free text). */
    public void memberRemoved(Case kase, TeamMember member, String ended) {
        publish("case.member-removed", kase, new MemberRemoved(kase.id(), kase.personIds(), member.agency(), ended, kase.area()),
                Set.of(member.agency()));
    }

    public void transferred(Case kase, LeadTransfer transfer) {
        publish("case.transferred", kase, new Transferred(kase.id(), kase.personIds(), transfer.fromAgency(),
                transfer.toAgency(), kase.area()), Set.of(transfer.fromAgency()));
    }

    public void closed(Case kase) {
        List<Closure.Outcome> outcomes = kase.needs().stream().map(need -> new Closure.Outcome(need.category(), need.outcome()))
                .toList();
        publish("case.closed", kase, new Closed(kase.id(), kase.referralIds(), kase.personIds(), kase.leadAgency(),
                kase.closureOutcome(), outcomes, kase.area()), Set.of());
    }

    public void reopened(Case kase) {
        publish("case.reopened", kase, new Reopened(kase.id(), kase.referralIds(), kase.personIds(), kase.area()), Set.of());
    }

    /**
     * A person added by hand, with the details referral-service matches on ("known to services"),
     * and who takes part in the case so that consent-service can count the person among theirs. For
     * services only: no agency reads it on the feed (the agencies taking part see the person on the case).
     */
    public void personAdded(Case kase, CasePerson person) {
        outbox.record(new EventDraft("case.person-added", kase.id().toString(), new PersonAdded(kase.id(), person.personId(),
                person.givenName(), person.familyName(), person.dateOfBirth(), person.postcode(), List.of(person.personId()),
                kase.leadAgency(), List.copyOf(kase.activeMemberAgencies()), kase.area()), Set.of()));
    }

    private void publish(String type, Case kase, Object data, Set<String> alsoTell) {
        Set<String> audience = new LinkedHashSet<>();
        kase.participants().forEach(agency -> audience.add(Reach.agencyKey(agency)));
        alsoTell.forEach(agency -> audience.add(Reach.agencyKey(agency)));
        if (kase.area() != null) {
            audience.add(Reach.areaKey(kase.area()));
        }
        outbox.record(new EventDraft(type, kase.id().toString(), data, audience));
    }
}
