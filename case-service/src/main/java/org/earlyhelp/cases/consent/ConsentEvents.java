package org.earlyhelp.cases.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.cases.alert.AlertService;
import org.earlyhelp.cases.alert.CaseAlert;
import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseContent;
import org.earlyhelp.cases.casefile.CaseEvents;
import org.earlyhelp.cases.casefile.CaseRepository;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.PersonLinks;
import org.earlyhelp.cases.casefile.Restrictions;
import org.earlyhelp.cases.team.SharingBasis;
import org.earlyhelp.cases.team.Team;
import org.earlyhelp.cases.team.TeamMember;
import org.earlyhelp.cases.team.TeamService;
import org.earlyhelp.cases.team.TeamSharing;
import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.consent.contract.ConsentFeed;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.dataprotection.Erasure;
import org.earlyhelp.platform.events.CloudEvent;
import org.earlyhelp.platform.events.FeedConsumer;
import org.jboss.logging.Logger;

/**
 * Follows consent-service's feed, reading its published {@link ConsentFeed} records. When a
 * consent about a family member is withdrawn or expires, every team member (on an open case with that person, under
 * any id the person is known by) whose agency the consent named as a
 * recipient, by code or by type, and whose access rested on that consent is asked about again;
 * unless consent-service now permits it on another basis, the member loses access at once
 * ({@code case.member-removed}). When a consent is amended, every member it names for the team
 * around the family that joined on a sharing decision is asked about again, for the data categories
 * it sees: a category no longer permitted is taken from it (decision 0057), and a member left with
 * none loses access as above. The lead gets a case alert saying who lost, kept or narrowed access.
 * A data protection officer's decisions about a person (decision 0062), for the person under any id they are known by:
 * {@code person.erased} erases every case naming them; {@code person.rectified} corrects their names and date of birth
 * on every case; {@code person.restricted} makes every case naming them read-only until {@code person.restriction-lifted}.
 */
@ApplicationScoped
class ConsentEvents extends FeedConsumer {

    static final String NAME = "consent-events";
    private static final Logger LOG = Logger.getLogger(ConsentEvents.class);
    private static final String TEAM_AROUND_FAMILY = "team-around-family";

    private final CaseRepository cases;
    private final CaseEvents events;
    private final TeamService team;
    private final TeamSharing sharing;
    private final AlertService alerts;
    private final AuditTrail audit;
    private final PersonLinks links;
    private final Erasure erasure;
    private final Restrictions restrictions;

    ConsentEvents(CaseRepository cases, CaseEvents events, TeamService team, TeamSharing sharing, AlertService alerts,
            AuditTrail audit, PersonLinks links, Erasure erasure, Restrictions restrictions) {
        this.cases = cases;
        this.events = events;
        this.team = team;
        this.sharing = sharing;
        this.alerts = alerts;
        this.audit = audit;
        this.links = links;
        this.erasure = erasure;
        this.restrictions = restrictions;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected void handle(CloudEvent event) {
        switch (event.type()) {
            case ConsentFeed.PersonErased.TYPE -> {
                event.dataAs(ConsentFeed.PersonErased.class).ifPresent(erased -> erase(event, erased));
                return;
            }
            case ConsentFeed.PersonRectified.TYPE -> {
                event.dataAs(ConsentFeed.PersonRectified.class).ifPresent(rectified -> rectify(event, rectified));
                return;
            }
            case ConsentFeed.PersonRestriction.RESTRICTED, ConsentFeed.PersonRestriction.LIFTED -> {
                event.dataAs(ConsentFeed.PersonRestriction.class).ifPresent(restriction -> restrict(event, restriction));
                return;
            }
            default -> {
                // consent events, below
            }
        }
        boolean withdrawn = ConsentFeed.ConsentChanged.WITHDRAWN.equals(event.type());
        boolean amended = ConsentFeed.ConsentChanged.AMENDED.equals(event.type());
        if (!withdrawn && !amended && !ConsentFeed.ConsentChanged.EXPIRED.equals(event.type())) {
            return;
        }
        event.dataAs(ConsentFeed.ConsentChanged.class).ifPresent(ended -> {
            if (ended.personId() == null || ended.consentId() == null) {
                LOG.warnf("Skipping %s %s: it lacks personId or consentId", event.type(), event.id());
                return;
            }
            Withdrawal withdrawal = new Withdrawal(ended.personId(), ended.consentId(), ended.recipientAgencies(),
                    ended.recipientAgencyTypes(), ended.purposes(), amended,
                    withdrawn ? "consent withdrawn" : amended ? "consent amended" : "consent expired",
                    withdrawn ? CaseAlert.CONSENT_WITHDRAWN : amended ? CaseAlert.CONSENT_AMENDED : CaseAlert.CONSENT_EXPIRED);
            // The consent holds for the person under every id they are known by, so it ends under every one of them.
            Set<UUID> knownAs = links.idsOf(ended.personId());
            for (Case kase : cases.openWithPerson(ended.personId())) {
                kase.personIds().stream().filter(knownAs::contains)
                        .forEach(onCase -> endAccessResting(kase, withdrawal.about(onCase)));
            }
        });
    }

    /**
     * A data protection officer erased the person (decision 0062): every case naming them, under any id they are known by,
     * goes whole, and then the links that made those ids one person.
     */
    private void erase(CloudEvent event, ConsentFeed.PersonErased erased) {
        if (erased.personId() == null || erased.requestId() == null || erased.requestedBy() == null) {
            LOG.warnf("Skipping %s %s: it lacks personId, requestId or requestedBy", event.type(), event.id());
            return;
        }
        erasure.erasePerson(erased.personId(), "erasure request " + erased.requestId(), "erasure-request:" + erased.requestedBy());
        restrictions.lift(erased.personId());
        links.forgetPerson(erased.personId());
    }

    /**
     * A data protection officer corrected the person's identifying details: every case naming them, under any id they are
     * known by, open or closed, takes the correction (a history line says so, never the reason).
     */
    private void rectify(CloudEvent event, ConsentFeed.PersonRectified rectified) {
        if (rectified.personId() == null || rectified.requestedBy() == null) {
            LOG.warnf("Skipping %s %s: it lacks personId or requestedBy", event.type(), event.id());
            return;
        }
        String by = "rectification:" + rectified.requestedBy();
        Set<UUID> knownAs = links.idsOf(rectified.personId());
        Instant at = rectified.at() == null ? Instant.now() : rectified.at();
        for (Case kase : cases.withPerson(rectified.personId())) {
            kase.rectify(knownAs, blankless(rectified.givenName()), blankless(rectified.familyName()), rectified.dateOfBirth(),
                    Actor.system(by), at);
            audit.record(AuditEntry.system(by).action(AuditAction.UPDATE).resource(CaseService.RESOURCE, kase.id())
                    .people(kase.personIds()).purpose("rectification").build());
        }
    }

    /** The person is restricted, or no longer is: every case naming them is read-only while they are. */
    private void restrict(CloudEvent event, ConsentFeed.PersonRestriction restriction) {
        if (restriction.personId() == null || restriction.requestId() == null) {
            LOG.warnf("Skipping %s %s: it lacks personId or requestId", event.type(), event.id());
            return;
        }
        if (ConsentFeed.PersonRestriction.RESTRICTED.equals(event.type())) {
            restrictions.restrict(restriction.personId(), restriction.requestId(),
                    restriction.at() == null ? Instant.now() : restriction.at());
        } else {
            restrictions.lift(restriction.personId());
        }
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private void endAccessResting(Case kase, Withdrawal withdrawal) {
        Actor actor = Actor.system(NAME);
        Instant now = Instant.now();
        List<String> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> narrowed = new ArrayList<>();
        Team members = team.of(kase);
        for (TeamMember member : List.copyOf(members.members())) {
            if (!member.active() || member.agency().equals(kase.leadAgency()) || !withdrawal.names(member)
                    || !withdrawal.reliedOnBy(member)) {
                continue;
            }
            TeamSharing.Answer answer = sharing.mayStay(withdrawal.person(), member.agency(), member.dataCategories());
            if (answer.permits() && !answer.categories().containsAll(member.dataCategories())) {
                Set<DataCategory> lost = EnumSet.copyOf(member.dataCategories());
                lost.removeAll(answer.categories());
                members.narrow(member, answer.categories(), answer.basis(), actor, now);
                narrowed.add(member.agency() + " (no longer " + String.join(", ", CaseContent.codes(lost)) + ")");
            } else if (answer.permits() && withdrawal.amended()) {
                // The amended consent still permits all the member sees: nothing changed for the case.
                continue;
            } else if (answer.permits()) {
                members.rebase(member, answer.basis(), actor, now);
                kept.add(member.agency());
            } else {
                members.end(member.id(), "member-removed", withdrawal.reason(), actor, now);
                events.memberRemoved(kase, member.agency(), withdrawal.alertKind());
                removed.add(member.agency() + (answer.unavailable() ? " (consent-service could not be asked)" : ""));
            }
        }
        if (removed.isEmpty() && kept.isEmpty() && narrowed.isEmpty()) {
            return;
        }
        String detail = "A consent about person " + withdrawal.person() + " was " + withdrawal.reason().replace("consent ", "")
                + (removed.isEmpty() ? "" : "; access removed: " + String.join(", ", removed))
                + (narrowed.isEmpty() ? "" : "; access narrowed: " + String.join(", ", narrowed))
                + (kept.isEmpty() ? "" : "; access kept on a new sharing decision: " + String.join(", ", kept));
        alerts.raise(new CaseAlert(kase.id(), withdrawal.alertKind(), withdrawal.person(), withdrawal.consent(), detail, now));
        audit.record(AuditEntry.system(NAME).action(AuditAction.UPDATE).resource(CaseService.RESOURCE, kase.id())
                .people(kase.personIds()).purpose(CaseService.PURPOSE).build());
    }

    /** The consent that ended and whom it named. */
    private record Withdrawal(UUID person, UUID consent, List<String> agencies, List<String> agencyTypes, List<String> purposes,
            boolean amended, String reason, String alertKind) {

        /** The same withdrawal, for the person as the case knows them. */
        Withdrawal about(UUID personOnCase) {
            return new Withdrawal(personOnCase, consent, agencies, agencyTypes, purposes, amended, reason, alertKind);
        }

        boolean names(TeamMember member) {
            return agencies.contains(member.agency()) || (member.agencyType() != null && agencyTypes.contains(member.agencyType()));
        }

        /**
         * The member's access to the person rested on this consent: its sharing decision cited it, or
         * (no decision kept for the person) the consent covered the team around the family. For an
         * amendment, any decision about the person for the team around the family.
         */
        boolean reliedOnBy(TeamMember member) {
            SharingBasis basis = member.basisFor(person).orElse(null);
            if (amended) {
                // An amendment may narrow what any consent for the team around the family permits: every member that
                // joined on a decision about the person is asked again, whichever consent that decision cited.
                return basis != null && basis.decisionId() != null && (purposes.isEmpty() || purposes.contains(TEAM_AROUND_FAMILY));
            }
            if (basis == null) {
                return purposes.isEmpty() || purposes.contains(TEAM_AROUND_FAMILY);
            }
            return basis.decisionId() != null && consent.equals(basis.consentId());
        }
    }
}
