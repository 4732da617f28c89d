package org.earlyhelp.cases.casefile;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;

/**
 * The case's domain events on the feed (shapes in {@code case-service/EVENTS.md}). Subject: the
 * case id. Audience: every agency taking part (lead and active members), plus the hub; an agency
 * that just left the team is told it left. Events name people by id only; {@code personIds} is
 * always the whole family on the case.
 */
@ApplicationScoped
public class CaseEvents {

    private final Outbox outbox;
    private final String hub;

    CaseEvents(Outbox outbox, HubConfig hub) {
        this.outbox = outbox;
        this.hub = hub.hubAgency();
    }

    public record Opened(UUID caseId, String reference, List<UUID> referralIds, List<UUID> personIds, String leadAgency,
            String area) {
    }

    public record MemberAdded(UUID caseId, List<UUID> personIds, String agency, String role) {
    }

    public record MemberRemoved(UUID caseId, List<UUID> personIds, String agency, String reason) {
    }

    public record Transferred(UUID caseId, List<UUID> personIds, String fromAgency, String toAgency) {
    }

    public record Closed(UUID caseId, List<UUID> referralIds, List<UUID> personIds, String leadAgency, NeedOutcome outcome,
            List<Closure.Outcome> outcomes, String reason) {
    }

    public record Reopened(UUID caseId, List<UUID> referralIds, List<UUID> personIds, String reason) {
    }

    public record PersonAdded(UUID caseId, UUID personId, String givenName, String familyName, LocalDate dateOfBirth,
            String postcode, List<UUID> personIds) {
    }

    public void opened(Case kase) {
        publish("case.opened", kase, new Opened(kase.id(), kase.reference(), kase.referralIds(), kase.personIds(),
                kase.leadAgency(), kase.area()), Set.of());
    }

    public void memberAdded(Case kase, TeamMember member) {
        publish("case.member-added", kase, new MemberAdded(kase.id(), kase.personIds(), member.agency(), member.role()), Set.of());
    }

    /** The member's agency is told even though it no longer takes part. */
    public void memberRemoved(Case kase, TeamMember member, String reason) {
        publish("case.member-removed", kase, new MemberRemoved(kase.id(), kase.personIds(), member.agency(), reason),
                Set.of(member.agency()));
    }

    public void transferred(Case kase, LeadTransfer transfer) {
        publish("case.transferred", kase, new Transferred(kase.id(), kase.personIds(), transfer.fromAgency(),
                transfer.toAgency()), Set.of(transfer.fromAgency()));
    }

    public void closed(Case kase) {
        List<Closure.Outcome> outcomes = kase.needs().stream().map(need -> new Closure.Outcome(need.category(), need.outcome()))
                .toList();
        publish("case.closed", kase, new Closed(kase.id(), kase.referralIds(), kase.personIds(), kase.leadAgency(),
                kase.closureOutcome(), outcomes, kase.closureReason()), Set.of());
    }

    public void reopened(Case kase, String reason) {
        publish("case.reopened", kase, new Reopened(kase.id(), kase.referralIds(), kase.personIds(), reason), Set.of());
    }

    /**
     * A person added by hand, with the details other services match on ("known to services"). For
     * services only: no agency reads it on the feed.
     */
    public void personAdded(Case kase, CasePerson person) {
        outbox.record(new EventDraft("case.person-added", kase.id().toString(), new PersonAdded(kase.id(), person.personId(),
                person.givenName(), person.familyName(), person.dateOfBirth(), person.postcode(), List.of(person.personId())),
                Set.of()));
    }

    private void publish(String type, Case kase, Object data, Set<String> alsoTell) {
        Set<String> audience = new LinkedHashSet<>(kase.participants());
        audience.add(hub);
        audience.addAll(alsoTell);
        outbox.record(new EventDraft(type, kase.id().toString(), data, audience));
    }
}
