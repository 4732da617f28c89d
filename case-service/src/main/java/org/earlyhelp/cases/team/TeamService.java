package org.earlyhelp.cases.team;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseAccess;
import org.earlyhelp.cases.casefile.CaseContent;
import org.earlyhelp.cases.casefile.CaseEvents;
import org.earlyhelp.cases.casefile.CasePart;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.cases.casefile.InvalidField;
import org.earlyhelp.cases.casefile.Reason;
import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.ETags;
import org.earlyhelp.platform.web.Page;
import org.earlyhelp.platform.web.PageRequest;

/**
 * The team around the family. An agency not yet taking part joins only with a consent-service
 * permit for every family member (kept as the member's sharing basis), and sees the case's content
 * of the data categories permitted (decision 0057); a deny, or no answer, leaves the team as it
 * was and says why. Members leave or are removed; the lead is told on the feed.
 */
@ApplicationScoped
public class TeamService {

    /** In the order they joined, past members included. */
    private static final CasePart<TeamMember> MEMBERS = new CasePart<>(TeamMember.class, "r.parent.id", "r.joinedAt, r.id");

    private final CaseService cases;
    private final TeamRepository teams;
    private final CaseEvents events;
    private final TeamSharing sharing;
    private final AuditTrail audit;

    TeamService(CaseService cases, TeamRepository teams, CaseEvents events, TeamSharing sharing, AuditTrail audit) {
        this.cases = cases;
        this.teams = teams;
        this.events = events;
        this.sharing = sharing;
        this.audit = audit;
    }

    @Transactional
    public Page<MemberView> team(UUID caseId, Caller caller, PageRequest page) {
        return cases.part(caseId, caller, MEMBERS, null, page).map(MemberView::of);
    }

    /** The team of {@code kase} (a case the caller already found), past members included, in the order they joined. */
    public Team of(Case kase) {
        return teams.of(kase);
    }

    @Transactional
    public Changed<MemberView> add(UUID caseId, NewMember body, Caller caller, String ifMatch) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        checkIfSent(ifMatch, kase);
        String type = sharing.agencyType(body.agency())
                .orElseThrow(() -> new InvalidField("agency", "is not an agency this service knows"));
        Set<DataCategory> wanted = body.dataCategories() == null ? CaseContent.defaultsFor(type)
                : CaseContent.categories(body.dataCategories());
        List<SharingBasis> bases;
        Set<DataCategory> categories;
        if (body.agency().equals(kase.leadAgency())) {
            // The lead sees the whole case: no new share, so nothing to ask.
            bases = List.of();
            categories = wanted;
        } else if (cases.participants(kase).contains(body.agency())) {
            // Already on the team: no new share, so nothing to ask, and no more than its memberships carry already.
            bases = List.of();
            Set<DataCategory> carried = teams.of(kase).members().stream()
                    .filter(member -> member.active() && member.agency().equals(body.agency()))
                    .flatMap(member -> member.dataCategories().stream()).collect(Collectors.toSet());
            categories = EnumSet.copyOf(wanted);
            categories.retainAll(carried);
            if (categories.isEmpty()) {
                throw new InvalidField("dataCategories", "names none of what " + body.agency() + " sees on this team already ("
                        + String.join(", ", CaseContent.codes(carried)) + ")");
            }
        } else {
            TeamSharing.Verdict verdict = sharing.mayJoin(kase.personIds(), body.agency(), wanted);
            if (!verdict.permits()) {
                audit.record(AuditEntry.of(caller).action(AuditAction.SHARE).resource(CaseService.RESOURCE, kase.id())
                        .people(kase.personIds()).purpose(CaseService.PURPOSE).outcome(AuditOutcome.DENIED).build());
                throw new SharingRefused(verdict.unavailable()
                        ? "consent-service could not be asked, so " + body.agency() + " was not added; try again later"
                        : body.agency() + " was not added: consent-service did not permit sharing this family's identity and"
                                + " contact and any of " + String.join(", ", CaseContent.codes(wanted)) + " with it for the team"
                                + " around the family", verdict);
            }
            bases = verdict.bases();
            categories = verdict.categories();
        }
        Team team = teams.of(kase);
        TeamMember member = cases.change(kase, caller, ifMatch, false, by -> {
            TeamMember added = team.add(body.agency(), type, body.practitionerName(), body.role(), categories, bases, by,
                    Instant.now());
            events.memberAdded(kase, added.agency(), added.role());
            return added;
        });
        if (!bases.isEmpty()) {
            audit.record(AuditEntry.of(caller).action(AuditAction.SHARE).resource(CaseService.RESOURCE, kase.id())
                    .people(kase.personIds()).purpose(CaseService.PURPOSE).build());
        }
        return Changed.of(MemberView.of(member), kase);
    }

    /**
     * Before a family member is added by hand: every active member that joined on a sharing decision
     * must be permitted to see the new person {@code personId} too, for at least one of the member's
     * data categories (it then sees only those: {@link Team#renew}). The fresh decisions, member by
     * member in the team's order; if any is not a permit, {@link SharingRefused} (audited) and
     * nobody is added.
     */
    public Map<TeamMember, TeamSharing.Answer> sharesForNewPerson(Case kase, UUID personId, Caller caller) {
        Map<TeamMember, TeamSharing.Answer> bases = new LinkedHashMap<>();
        List<TeamMember> sharedWith = teams.of(kase).members().stream()
                .filter(member -> member.active() && member.bases().stream().anyMatch(basis -> basis.decisionId() != null)).toList();
        for (TeamMember member : sharedWith) {
            TeamSharing.Verdict verdict = sharing.mayJoin(List.of(personId), member.agency(), member.dataCategories());
            if (!verdict.permits()) {
                audit.record(AuditEntry.of(caller).action(AuditAction.SHARE).resource(CaseService.RESOURCE, kase.id())
                        .person(personId).purpose(CaseService.PURPOSE).outcome(AuditOutcome.DENIED).build());
                throw new SharingRefused(verdict.unavailable()
                        ? "consent-service could not be asked whether " + member.agency() + " may see the new person; try again later"
                        : member.agency() + " is on the team and may not receive this person's data; record consent or take it"
                                + " off the team first", verdict);
            }
            bases.put(member, verdict.answers().get(0));
        }
        return bases;
    }

    /** The lead removes a member. */
    @Transactional
    public Changed<MemberView> remove(UUID caseId, UUID memberId, Reason reason, Caller caller, String ifMatch) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        return end(kase, memberId, "member-removed", reason, caller, ifMatch);
    }

    /** A member's own practitioner takes their agency off the team. */
    @Transactional
    public Changed<MemberView> leave(UUID caseId, UUID memberId, Reason reason, Caller caller, String ifMatch) {
        Case kase = cases.worked(caseId, caller, AuditAction.UPDATE);
        TeamMember member = teams.of(kase).member(memberId).orElseThrow(() -> new NotFoundException("No member " + memberId + " on this case"));
        if (!caller.belongsTo(member.agency()) && !CaseAccess.mayLead(caller, kase)) {
            cases.denied(caller, AuditAction.UPDATE, kase);
            throw new ForbiddenException("Only the member's own agency (or the lead) may take it off the team");
        }
        return end(kase, memberId, "member-left", reason, caller, ifMatch);
    }

    /** A stale If-Match is refused before consent-service is asked anything. */
    private static void checkIfSent(String ifMatch, Case kase) {
        ETags.checkIfSent(ifMatch, kase.version());
    }

    private Changed<MemberView> end(Case kase, UUID memberId, String action, Reason reason, Caller caller, String ifMatch) {
        Team team = teams.of(kase);
        if (team.member(memberId).isEmpty()) {
            throw new NotFoundException("No member " + memberId + " on this case");
        }
        TeamMember ended = cases.change(kase, caller, ifMatch, true, by -> {
            TeamMember member = team.end(memberId, action, reason.reason(), by, Instant.now());
            events.memberRemoved(kase, member.agency(), action.equals("member-left") ? CaseEvents.LEFT : CaseEvents.REMOVED);
            return member;
        });
        return Changed.of(MemberView.of(ended), kase);
    }
}
