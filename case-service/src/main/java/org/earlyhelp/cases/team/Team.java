package org.earlyhelp.cases.team;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseContent;
import org.earlyhelp.consent.client.DataCategory;
import org.earlyhelp.platform.change.Actor;
import org.earlyhelp.platform.change.IllegalTransition;

/**
 * The team around the family of one case, past members included, and its rules: who may join, leave or be removed, and
 * what a transfer of the lead does to it. Each change asks the case what the aggregate guarantees (open, the history
 * line and its version); a new member is handed to {@code joined} to be stored.
 */
public final class Team {

    private final Case kase;
    private final List<TeamMember> members;
    private final Consumer<TeamMember> joined;

    Team(Case kase, List<TeamMember> members, Consumer<TeamMember> joined) {
        this.kase = kase;
        this.members = members;
        this.joined = joined;
    }

    /**
     * An agency (or another practitioner of one) joins the team around the family, seeing the case's content of
     * {@code dataCategories}. {@code bases} are the sharing decisions it rests on, one per family member, when the
     * agency was not already taking part.
     */
    public TeamMember add(String agency, String agencyType, String practitionerName, String role, Set<DataCategory> dataCategories,
            List<SharingBasis> bases, Actor by, Instant now) {
        kase.requireOpen("have members added");
        boolean duplicate = members.stream().anyMatch(member -> member.active() && member.agency().equals(agency)
                && Objects.equals(member.practitionerName(), practitionerName) && member.role().equals(role));
        if (duplicate) {
            throw new IllegalTransition(agency + (practitionerName == null ? "" : " (" + practitionerName + ")")
                    + " is already on the team as " + role);
        }
        TeamMember member = join(new TeamMember(kase, agency, agencyType, practitionerName, role, dataCategories, bases, by, now));
        kase.record(now, by, "member-added", null, agency + " as " + role + ", seeing " + String.join(", ", CaseContent.codes(dataCategories)));
        return member;
    }

    /** A member leaves or is removed; {@code action} says which ({@code member-left}, {@code member-removed}). */
    public TeamMember end(UUID memberId, String action, String reason, Actor by, Instant now) {
        TeamMember member = member(memberId).orElseThrow(() -> new IllegalTransition("No member " + memberId + " on this case"));
        member.end(reason, by, now);
        kase.record(now, by, action, reason, member.agency() + " as " + member.role());
        return member;
    }

    /** A fresh sharing decision now carries {@code member}'s access to one family member. */
    public void rebase(TeamMember member, SharingBasis basis, Actor by, Instant now) {
        member.rebase(basis);
        kase.record(now, by, "member-basis-renewed", null, member.agency() + ": new sharing decision for person " + basis.personId());
    }

    /**
     * A fresh sharing decision about one family member ({@code answer}, a permit) carries {@code member}'s access: it
     * keeps the categories the answer permits, and loses the others ({@link #narrow}).
     */
    public void renew(TeamMember member, TeamSharing.Answer answer, Actor by, Instant now) {
        if (answer.categories().containsAll(member.dataCategories())) {
            rebase(member, answer.basis(), by, now);
        } else {
            Set<DataCategory> kept = EnumSet.copyOf(member.dataCategories());
            kept.retainAll(answer.categories());
            narrow(member, kept, answer.basis(), by, now);
        }
    }

    /**
     * A consent changed: {@code member} now sees only {@code kept} of the categories it saw (not empty; a member left
     * with none is removed instead), on the fresh sharing decision {@code basis}.
     */
    public void narrow(TeamMember member, Set<DataCategory> kept, SharingBasis basis, Actor by, Instant now) {
        Set<DataCategory> dropped = EnumSet.copyOf(member.dataCategories());
        dropped.removeAll(kept);
        member.narrow(kept);
        member.rebase(basis);
        kase.record(now, by, "member-narrowed", null, member.agency() + ": no longer sees " + String.join(", ", CaseContent.codes(dropped))
                + " about the family (consent-service's new decision for person " + basis.personId() + " permits less)");
    }

    /**
     * The lead passes from the case's lead agency (of type {@code previousLeadType}, with its lead practitioner) to
     * {@code toAgency}: the new lead's memberships end, and the previous lead stays on the team (as
     * {@value TeamMember#PREVIOUS_LEAD}) until it leaves. Call it before the case changes hands.
     */
    public void leadPasses(String toAgency, String previousLeadType, Actor by, Instant now) {
        for (TeamMember member : members) {
            if (member.active() && member.agency().equals(toAgency)) {
                member.end("became lead", by, now);
            }
        }
        // The previous lead saw the whole case and keeps seeing it while it stays, on no new share.
        join(new TeamMember(kase, kase.leadAgency(), previousLeadType, kase.leadPractitionerName(), TeamMember.PREVIOUS_LEAD,
                CaseContent.CONTENT, List.of(), by, now));
    }

    public Optional<TeamMember> member(UUID memberId) {
        return members.stream().filter(member -> member.id().equals(memberId)).findFirst();
    }

    /** Every member, past ones included, in the order they joined. */
    public List<TeamMember> members() {
        return Collections.unmodifiableList(members);
    }

    private TeamMember join(TeamMember member) {
        members.add(member);
        joined.accept(member);
        return member;
    }
}
