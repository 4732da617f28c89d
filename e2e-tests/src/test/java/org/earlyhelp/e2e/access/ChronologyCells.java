package org.earlyhelp.e2e.access;

import java.util.Arrays;
import java.util.Map;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Eventually;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Login;

/**
 * One child's story (GET /api/people/{id}/chronology?purpose=), of the child of a case of {@link CaseCells}: own = the
 * agency leads the open case; participant = the agency is on the case's team, not leading it; unrelated = the child of
 * the next agency's case.
 */
final class ChronologyCells extends ResourceCells {

    private static final String PURPOSE = "Access matrix: preparing a review";

    private final CaseCells cases;

    ChronologyCells(CaseCells cases) {
        this.cases = cases;
    }

    @Override
    String name() {
        return "chronology";
    }

    /**
     * The case's child, once consent-service has followed the referral and case feeds far enough to know the child's area
     * and the case's lead (it decides who may read the story from them).
     */
    @Override
    Fixture make(Relationship relationship, Agency agency) {
        Fixture kase = cases.shared(relationship, agency);
        Login lead = Arrays.stream(Agency.values()).filter(each -> each.code().equals(kase.agency())).findFirst()
                .orElseThrow().practitioner();
        for (Login reader : new Login[] { Login.HUB_PATEL, lead }) {
            Eventually.assertThat(() -> Gateway.as(reader).queryParam("purpose", PURPOSE)
                    .when().get("/api/people/{id}/chronology", kase.personId()).then().statusCode(200));
        }
        return kase;
    }

    @Override
    Outcome perform(String action, Login caller, Fixture kase) {
        return switch (action) {
            case "read" -> Requests.outcome(Gateway.as(caller).queryParams(Map.of("purpose", PURPOSE))
                    .when().get("/api/people/{id}/chronology", kase.personId()));
            default -> throw unknown(name(), action);
        };
    }
}
