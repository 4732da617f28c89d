package org.earlyhelp.e2e.access;

import java.util.HashMap;
import java.util.Map;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Login;

/**
 * Finding a person (GET /api/person-search?name=&dateOfBirth=&purpose=) named on a referral of {@link ReferralCells}:
 * own = the agency referred the child; participant = the agency leads the accepted referral; unrelated = the next
 * agency's referral. "search" asks whether the child is among the results.
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
        return Requests.listedBy(caller, "/api/person-search", query, item -> item.get("personId"), referral.personId());
    }
}
