package org.earlyhelp.cases.casefile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.cases.contract.CaseFeed;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.events.EventDraft;
import org.earlyhelp.platform.events.Outbox;

/**
 * The case's domain events on the feed, as the published {@link CaseFeed} records (what each field
 * means in {@code case-service/EVENTS.md}). Subject: the case id. Audience, by the rule that lets a
 * caller see the case ({@link CaseVisibility}): the working roles of every agency taking part (lead
 * and active members) and the hub's screeners of the case's area; an agency that just left the team, or just handed the lead on, is told too.
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

    public void opened(Case kase) {
        publish(CaseFeed.Opened.TYPE, kase, new CaseFeed.Opened(kase.id(), kase.reference(), kase.referralIds(), kase.personIds(),
                kase.leadAgency(), kase.area()), Set.of());
    }

    public void memberAdded(Case kase, TeamMember member) {
        publish(CaseFeed.MemberAdded.TYPE, kase, new CaseFeed.MemberAdded(kase.id(), kase.personIds(), member.agency(),
                member.role(), kase.area()), Set.of());
    }

    /** The member's agency is told even though it no longer takes part; {@code ended} says how (no free text). */
    public void memberRemoved(Case kase, TeamMember member, String ended) {
        publish(CaseFeed.MemberRemoved.TYPE, kase, new CaseFeed.MemberRemoved(kase.id(), kase.personIds(), member.agency(),
                ended, kase.area()), Set.of(member.agency()));
    }

    public void transferred(Case kase, LeadTransfer transfer) {
        publish(CaseFeed.Transferred.TYPE, kase, new CaseFeed.Transferred(kase.id(), kase.personIds(), transfer.fromAgency(),
                transfer.toAgency(), kase.area()), Set.of(transfer.fromAgency()));
    }

    public void closed(Case kase) {
        List<CaseFeed.NeedOutcome> outcomes = kase.needs().stream()
                .map(need -> new CaseFeed.NeedOutcome(need.category().value(), code(need.outcome()))).toList();
        publish(CaseFeed.Closed.TYPE, kase, new CaseFeed.Closed(kase.id(), kase.referralIds(), kase.personIds(), kase.leadAgency(),
                code(kase.closureOutcome()), outcomes, kase.area()), Set.of());
    }

    public void reopened(Case kase) {
        publish(CaseFeed.Reopened.TYPE, kase, new CaseFeed.Reopened(kase.id(), kase.referralIds(), kase.personIds(), kase.area()), Set.of());
    }

    /**
     * A person added by hand, with the details referral-service matches on ("known to services"),
     * and who takes part in the case so that consent-service can count the person among theirs. For
     * services only: no agency reads it on the feed (the agencies taking part see the person on the case).
     */
    public void personAdded(Case kase, CasePerson person) {
        outbox.record(new EventDraft(CaseFeed.PersonAdded.TYPE, kase.id().toString(), new CaseFeed.PersonAdded(kase.id(),
                person.personId(), person.givenName(), person.familyName(), person.dateOfBirth(), person.postcode(),
                List.of(person.personId()), kase.leadAgency(), List.copyOf(kase.activeMemberAgencies()), kase.area()), Set.of()));
    }

    private static String code(NeedOutcome outcome) {
        return outcome == null ? null : outcome.value();
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
