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
    private final CaseRepository cases;

    CaseEvents(Outbox outbox, CaseRepository cases) {
        this.outbox = outbox;
        this.cases = cases;
    }

    public void opened(Case kase) {
        publish(CaseFeed.Opened.TYPE, kase, new CaseFeed.Opened(kase.id(), kase.reference(), kase.referralIds(), kase.personIds(),
                kase.leadAgency(), kase.area()), Set.of());
    }

    /** Another accepted referral ({@code referralId}, from {@code referringAgency}) joined the case; the lead is told. */
    public void referralJoined(Case kase, UUID referralId, String referringAgency) {
        publish(CaseFeed.ReferralJoined.TYPE, kase, new CaseFeed.ReferralJoined(kase.id(), referralId, referringAgency,
                kase.personIds(), kase.leadAgency(), kase.area()), Set.of());
    }

    /** {@code agency} joined the team as {@code role}. */
    public void memberAdded(Case kase, String agency, String role) {
        publish(CaseFeed.MemberAdded.TYPE, kase, new CaseFeed.MemberAdded(kase.id(), kase.personIds(), agency, role, kase.area()),
                Set.of());
    }

    /** The member's {@code agency} is told even though it no longer takes part; {@code ended} says how (no free text). */
    public void memberRemoved(Case kase, String agency, String ended) {
        publish(CaseFeed.MemberRemoved.TYPE, kase, new CaseFeed.MemberRemoved(kase.id(), kase.personIds(), agency, ended,
                kase.area()), Set.of(agency));
    }

    /** The lead passed from {@code fromAgency} (told too) to {@code toAgency}. */
    public void transferred(Case kase, String fromAgency, String toAgency) {
        publish(CaseFeed.Transferred.TYPE, kase, new CaseFeed.Transferred(kase.id(), kase.personIds(), fromAgency, toAgency,
                kase.area()), Set.of(fromAgency));
    }

    /** The case closed, with the outcome of each of its needs ({@code outcomes}, in the needs' order). */
    public void closed(Case kase, List<CaseFeed.NeedOutcome> outcomes) {
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
                List.of(person.personId()), kase.leadAgency(), List.copyOf(cases.memberAgencies(kase)), kase.area()), Set.of()));
    }

    /** An outcome's code on the feed (null for none). */
    public static String code(NeedOutcome outcome) {
        return outcome == null ? null : outcome.value();
    }

    private void publish(String type, Case kase, Object data, Set<String> alsoTell) {
        Set<String> audience = new LinkedHashSet<>();
        cases.participants(kase).forEach(agency -> audience.add(Reach.agencyKey(agency)));
        alsoTell.forEach(agency -> audience.add(Reach.agencyKey(agency)));
        if (kase.area() != null) {
            audience.add(Reach.areaKey(kase.area()));
        }
        outbox.record(new EventDraft(type, kase.id().toString(), data, audience));
    }
}
