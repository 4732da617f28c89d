package org.earlyhelp.e2e.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Login;

import io.restassured.response.Response;

/**
 * Finding a person (GET /api/person-search?name=&dateOfBirth=&purpose=) named on a referral of {@link ReferralCells}:
 * own = the agency referred the child; participant = the agency leads the accepted referral; unrelated = the next
 * agency's referral. "search" asks whether the child is among the results (one answer, best first: a search is not paged).
 */
final class PersonSearchCells extends ResourceCells {

    private final ReferralCells referrals;

    PersonSearchCells(ReferralCells referrals) {
        this.referrals = referrals;
    }

    @Override
    String name() {
        return "person-search";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return referrals.shared(relationship, agency);
    }

    @Override
    Outcome perform(String action, Login caller, Fixture referral) {
        if (!action.equals("search")) {
            throw unknown(name(), action);
        }
        Map<String, String> query = new HashMap<>(ReferralWork.nameAndBirth(referral.id()));
        query.put("purpose", "Access matrix: is this child known to the hub?");
        Response response = Gateway.as(caller).queryParams(query).when().get("/api/person-search");
        if (response.statusCode() != 200) {
            return Outcome.list(response.statusCode(), false, response.asString());
        }
        List<String> found = response.jsonPath().getList("items.personId");
        return Outcome.list(200, found.contains(referral.personId().toString()), null);
    }
}
