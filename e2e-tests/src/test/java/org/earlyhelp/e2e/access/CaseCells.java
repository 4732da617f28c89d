package org.earlyhelp.e2e.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Cases;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.Referrals;

/**
 * Cases, opened by case-service for referrals the hub accepts: own = the agency leads the case;
 * participant = a case led by health visiting (or, for health visiting, by BrightStart) with the
 * agency on the team around the family, the family having consented; unrelated = the next agency's
 * own case.
 */
final class CaseCells extends ResourceCells {

    private final ReferralCells referrals;

    CaseCells(ReferralCells referrals) {
        this.referrals = referrals;
    }

    @Override
    String name() {
        return "case";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return switch (relationship) {
            case OWN -> caseOf(referrals.shared(Relationship.PARTICIPANT, agency), agency);
            case PARTICIPANT -> withOnTheTeam(agency);
            case UNRELATED -> shared(Relationship.OWN, agency.next());
        };
    }

    /** The case opened for a referral the hub accepted with {@code lead} as lead agency. */
    private static Fixture caseOf(Fixture acceptedReferral, Agency lead) {
        UUID caseId = Cases.openedFor(acceptedReferral.id(), lead.practitioner());
        return new Fixture(caseId, acceptedReferral.personId(), null, null, lead.code());
    }

    private static Fixture withOnTheTeam(Agency member) {
        Agency lead = member == Agency.HEALTH_VISITING ? Agency.BRIGHTSTART : Agency.HEALTH_VISITING;
        Referrals.Submitted referral = Hub.accept(Referrals.routine().submitBy(ReferralCells.otherThan(member).practitioner()),
                lead);
        Fixture kase = caseOf(new Fixture(referral.id(), referral.childPersonId(), null), lead);
        Cases.consentToTeam(List.of(referral.childPersonId()), member);
        Cases.addToTeam(lead.practitioner(), kase.id(), member, "Family support");
        return kase;
    }

    @Override
    Outcome perform(String action, Login caller, Fixture kase) {
        return switch (action) {
            case "read" -> Requests.get(caller, "/api/cases/{id}", kase.id());
            case "list" -> Requests.listed(caller, "/api/cases", Map.of(), kase.id());
            case "plan" -> Requests.post(caller, Map.of("description", "Weekly home visit until the next review",
                    "ownerAgency", kase.agency(), "dueDate", LocalDate.now().plusWeeks(2).toString()),
                    "/api/cases/{id}/actions", kase.id());
            case "feed" -> Requests.inFeed(caller, "case", kase.id());
            default -> throw unknown(name(), action);
        };
    }
}
