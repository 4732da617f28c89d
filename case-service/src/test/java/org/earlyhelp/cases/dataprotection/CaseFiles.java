package org.earlyhelp.cases.dataprotection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.cases.Agencies;
import org.earlyhelp.cases.Api;
import org.earlyhelp.cases.Families;
import org.earlyhelp.cases.StubNeighbours;
import org.earlyhelp.cases.opening.ReferralFeed;

/**
 * Cases with something in every part (family, team, needs, plan, notes, reviews, transfers, history, the referral seen),
 * each free text and name carrying a marker, built through the feed and the API as a family's case is.
 */
public final class CaseFiles {

    private CaseFiles() {
    }

    /** A case and what it was built with. */
    public record Built(String caseId, Families.Accepted family, String marker) {
    }

    /** An open case from a referral whose child was born on {@code childBorn} (null: no date of birth given). */
    public static Built open(ReferralFeed referrals, LocalDate childBorn) {
        String marker = "Zr" + UUID.randomUUID().toString().substring(0, 8);
        Families.Accepted family = Families.accepted().concerns("domestic-abuse", "housing");
        Map<String, Object> accepted = family.data();
        Map<String, Object> child = new java.util.LinkedHashMap<>(Map.of("personId", family.child.toString(),
                "displayName", "Riley " + marker, "givenName", "Riley", "familyName", "Fam" + marker));
        if (childBorn != null) {
            child.put("dateOfBirth", childBorn.toString());
        }
        accepted.put("children", List.of(child));
        accepted.put("household", List.of(Map.of("personId", family.parent.toString(), "givenName", "Sam " + marker,
                "familyName", "Par" + marker, "dateOfBirth", "1985-07-19", "relationship", "mother")));
        referrals.deliver("referral.accepted", accepted);
        String caseId = referrals.caseOf(family.referralId);
        return new Built(caseId, family, marker);
    }

    /** As {@link #open}, with a team member, an assessed need, a plan action, a note, a review and a declined transfer. */
    public static Built worked(ReferralFeed referrals, LocalDate childBorn) {
        Built built = open(referrals, childBorn);
        String caseId = built.caseId();
        String marker = built.marker();
        String lead = Agencies.healthVisitorLead();
        UUID consent = UUID.randomUUID();
        for (UUID person : List.of(built.family().child, built.family().parent)) {
            StubNeighbours.permit(person, Agencies.CHARITY, consent);
        }
        Api.post(lead, "/api/cases/" + caseId + "/members", Map.of("agency", Agencies.CHARITY, "role", "family support"))
                .statusCode(201);
        Api.request(lead, Api.etag(lead, caseId)).body(Map.of("severity", "high", "notes", "Rent arrears " + marker))
                .when().put("/api/cases/" + caseId + "/needs/housing").then().statusCode(200);
        Api.post(lead, "/api/cases/" + caseId + "/actions", Map.of("description", "Housing application " + marker,
                "ownerAgency", Agencies.HEALTH_VISITING, "dueDate", LocalDate.now().plusDays(7).toString())).statusCode(201);
        Api.post(lead, "/api/cases/" + caseId + "/notes", Map.of("text", "Home visit, " + marker)).statusCode(201);
        Api.post(lead, "/api/cases/" + caseId + "/reviews", Map.of("heldOn", LocalDate.now().toString(),
                "nextReviewDue", LocalDate.now().plusWeeks(6).toString(),
                "attendees", List.of(Map.of("name", "Grandmother " + marker)),
                "progress", List.of(Map.of("need", "housing", "progress", "improved", "note", "Bidding on homes " + marker)),
                "summary", "Good engagement " + marker)).statusCode(201);
        String transfer = Api.post(lead, "/api/cases/" + caseId + "/transfers",
                Map.of("toAgency", Agencies.CHARITY, "reason", "Parenting now " + marker)).statusCode(201).extract().path("id");
        Api.act(Agencies.charityLead(), caseId, "transfers/" + transfer + "/decline", Map.of("reason", "No capacity " + marker))
                .statusCode(200);
        return built;
    }

    /** Finishes every plan action and closes the case, every need met. */
    public static void close(Built built) {
        String lead = Agencies.healthVisitorLead();
        List<String> open = Api.get(lead, "/api/cases/" + built.caseId() + "/actions").statusCode(200).extract()
                .path("items.findAll { it.status == 'planned' || it.status == 'in-progress' }.id");
        for (String action : open) {
            Api.act(lead, built.caseId(), "actions/" + action + "/status", Map.of("status", "done")).statusCode(200);
        }
        List<String> needs = Api.get(lead, "/api/cases/" + built.caseId() + "/needs").statusCode(200).extract().path("items.need");
        List<Map<String, Object>> outcomes = new ArrayList<>();
        needs.forEach(need -> outcomes.add(Map.of("need", need, "outcome", "needs-met")));
        Api.act(lead, built.caseId(), "close", Map.of("reason", "Plan complete " + built.marker(), "outcomes", outcomes))
                .statusCode(200);
    }
}
