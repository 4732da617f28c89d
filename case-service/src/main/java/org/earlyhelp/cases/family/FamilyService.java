package org.earlyhelp.cases.family;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.cases.casefile.Case;
import org.earlyhelp.cases.casefile.CaseEvents;
import org.earlyhelp.cases.casefile.CasePerson;
import org.earlyhelp.cases.casefile.CaseService;
import org.earlyhelp.cases.casefile.Changed;
import org.earlyhelp.cases.casefile.NewPerson;
import org.earlyhelp.cases.casefile.Opening;
import org.earlyhelp.cases.casefile.PersonLinks;
import org.earlyhelp.cases.casefile.PersonView;
import org.earlyhelp.cases.opening.PersonVisibility;
import org.earlyhelp.cases.team.Team;
import org.earlyhelp.cases.team.TeamMember;
import org.earlyhelp.cases.team.TeamService;
import org.earlyhelp.cases.team.TeamSharing;
import org.earlyhelp.platform.audit.AuditAction;
import org.earlyhelp.platform.identity.Caller;
import org.earlyhelp.platform.web.ETags;

/**
 * Family members added by hand after the case opened (a new baby, a partner). It takes two rules
 * from the features below: a person named by id must be one the caller may see (opening's
 * {@link PersonVisibility}), and every team member that joined on a sharing decision must be
 * permitted to see the newcomer too (the team's consent check), or nobody is added.
 */
@ApplicationScoped
class FamilyService {

    private final CaseService cases;
    private final CaseEvents events;
    private final TeamService team;
    private final PersonVisibility people;
    private final PersonLinks links;

    FamilyService(CaseService cases, CaseEvents events, TeamService team, PersonVisibility people, PersonLinks links) {
        this.cases = cases;
        this.events = events;
        this.team = team;
        this.people = people;
        this.links = links;
    }

    /** The lead adds a family member; the person's details go to the other services ({@code case.person-added}) for matching. */
    @Transactional
    Changed<PersonView> addPerson(UUID caseId, NewPerson body, Caller caller, String ifMatch) {
        Case kase = cases.led(caseId, caller, AuditAction.UPDATE);
        if (body.personId() != null) {
            // A person id is not a capability: only someone the caller may already see (404 otherwise).
            people.require(caller, body.personId(), AuditAction.UPDATE);
        }
        // A stale If-Match is refused before consent-service is asked anything.
        ETags.checkIfSent(ifMatch, kase.version());
        Opening.Person person = body.toPerson();
        Map<TeamMember, TeamSharing.Answer> shares = team.sharesForNewPerson(kase, person.personId(), caller);
        CasePerson added = cases.change(kase, caller, ifMatch, false, by -> {
            Instant now = Instant.now();
            CasePerson newcomer = kase.addPerson(person, links.idsOf(person.personId()), by, now);
            Team members = team.of(kase);
            shares.forEach((member, answer) -> members.renew(member, answer, by, now));
            events.personAdded(kase, newcomer);
            return newcomer;
        });
        return Changed.of(PersonView.of(added), kase);
    }
}
