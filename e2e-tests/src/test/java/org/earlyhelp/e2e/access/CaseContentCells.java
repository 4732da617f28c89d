package org.earlyhelp.e2e.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Cases;
import org.earlyhelp.e2e.Eventually;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.Referrals;

import io.restassured.response.Response;

/**
 * Case content by data category (decision 0057): a case opened for a referral about domestic abuse holds the need
 * {@code domestic-abuse}, which is police information; listing the case's needs ({@code GET /api/cases/{id}/needs}) shows
 * whether the caller sees it. own = the agency leads the case; participant = the agency is on the team of a case health
 * visiting (or, for health visiting, BrightStart) leads, asked for concerns and police information, the family's consent
 * for the team covering police information ({@code covered}) or not; unrelated = the next agency's own case.
 */
final class CaseContentCells extends ResourceCells {

    private static final String POLICE_INFORMATION = "domestic-abuse";

    private final boolean covered;
    private final CaseContentCells own;

    /** The cells whose team member's consent does not cover police information; they make the cases led by the agency. */
    CaseContentCells() {
        this.covered = false;
        this.own = this;
    }

    /** The cells whose team member's consent covers it; the lead's own cases are {@code uncovered}'s. */
    CaseContentCells(CaseContentCells uncovered) {
        this.covered = true;
        this.own = uncovered;
    }

    @Override
    String name() {
        return covered ? "police-information-consented" : "police-information";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return switch (relationship) {
            case OWN -> own == this ? ledBy(agency, null, Set.of()) : own.shared(Relationship.OWN, agency);
            case PARTICIPANT -> ledBy(agency == Agency.HEALTH_VISITING ? Agency.BRIGHTSTART : Agency.HEALTH_VISITING, agency,
                    covered ? Set.of("identity", "contact", "concerns", "police-information") : Cases.WHAT_A_MEMBER_SEES);
            case UNRELATED -> own.shared(Relationship.OWN, agency.next());
        };
    }

    /** A case about domestic abuse led by {@code lead}, with {@code member} (if any) on its team on a consent for {@code categories}. */
    private static Fixture ledBy(Agency lead, Agency member, Set<String> categories) {
        Referrals.Submitted referral = Hub.accept(Referrals.routine()
                .concern(POLICE_INFORMATION, "Police called to the home after a domestic incident", "high")
                .submitBy(ReferralCells.otherThan(member == null ? lead : member).practitioner()), lead);
        UUID caseId = Cases.openedFor(referral.id(), lead.practitioner());
        if (member != null) {
            Cases.consentToTeam(referral.personIds(), member, categories);
            // The lead asks for police information for every member, whatever its type's defaults: the consent decides.
            Login asLead = lead == Agency.BRIGHTSTART ? Login.WORKER_LEE : Login.HV_MORGAN;
            Eventually.get(() -> Gateway.as(asLead)
                    .body(Map.of("agency", member.code(), "role", "Family support", "dataCategories", List.of("concerns", "police-information")))
                    .when().post("/api/cases/{id}/members", caseId), answer -> answer.statusCode() != 503) // see Cases.joinTeam
                    .then().statusCode(201);
        }
        return new Fixture(caseId, referral.childPersonId(), null, null, lead.code());
    }

    @Override
    Outcome perform(String action, Login caller, Fixture kase) {
        if (!action.equals("list")) {
            throw unknown(name(), action);
        }
        Response needs = Gateway.as(caller).queryParam("size", 100).when().get("/api/cases/{id}/needs", kase.id());
        if (needs.statusCode() != 200) {
            return Outcome.list(needs.statusCode(), false, needs.asString());
        }
        List<String> seen = needs.jsonPath().getList("items.need");
        return Outcome.list(200, seen.contains(POLICE_INFORMATION), null);
    }
}
