package org.earlyhelp.e2e.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Gateway;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;

/**
 * Cumulative-concern alerts: three agencies refer the same child and the hub confirms the matches,
 * which raises the alert. The nine agencies form three trios (in declaration order); own = the alert
 * of the agency's trio; participant = the next trio's alert, whose referrals the hub accepted with
 * the agency's trio as leads; unrelated = the next trio's own alert. Cells of one trio share them; a
 * cell that acknowledges one gets a new one.
 */
class AlertCells extends ResourceCells {

    @Override
    String name() {
        return "alert";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        return switch (relationship) {
            case OWN -> raised(trio(agency), List.of(), confirmed());
            case PARTICIPANT -> raised(trio(agency.next().next().next()), trio(agency), confirmed());
            case UNRELATED -> raised(trio(agency.next().next().next()), List.of(), confirmed());
        };
    }

    /** Whether the hub confirms the matches that raise the alert (an unconfirmed alert rests on them pending). */
    boolean confirmed() {
        return true;
    }

    /** One alert per trio and relationship; the unrelated one of a trio is the next trio's own. */
    @Override
    String sharedKey(Relationship relationship, Agency agency) {
        return relationship == Relationship.UNRELATED ? Relationship.OWN + "/" + trio(agency.next().next().next())
                : relationship + "/" + trio(agency);
    }

    /**
     * The three agencies of {@code agency}'s trio, wrapping round when the agencies are not a multiple of three: a
     * trio and the one three agencies on never share the agency whose cells they serve.
     */
    private static List<Agency> trio(Agency agency) {
        Agency[] all = Agency.values();
        int first = agency.ordinal() / 3 * 3;
        return IntStream.range(first, first + 3).mapToObj(i -> all[i % all.length]).toList();
    }

    /**
     * The alert raised when each of {@code referrers} refers one child and the hub confirms that the
     * child is the same (or, when not {@code confirm}, each spells the surname a little differently and the
     * hub decides nothing); the i-th referral then accepted with the i-th of {@code leads}, if any.
     */
    static Fixture raised(List<Agency> referrers, List<Agency> leads, boolean confirm) {
        People.Person child = People.child();
        List<Referrals.Submitted> referrals = new ArrayList<>();
        for (Agency referrer : referrers) {
            People.Person asWritten = confirm ? child : child.spelt(child.firstName(), child.lastName() + "e".repeat(referrals.size()));
            Referrals.Submitted referral = Referrals.about(asWritten).submitBy(referrer.practitioner());
            if (confirm && !referrals.isEmpty()) {
                Hub.confirmSameChild(referral, referrals.get(0).childPersonId());
            }
            referrals.add(referral);
        }
        for (int i = 0; i < leads.size(); i++) {
            Hub.accept(referrals.get(i), leads.get(i));
        }
        UUID child0 = referrals.get(0).childPersonId();
        return new Fixture(alertAbout(child0), child0, null);
    }

    private static UUID alertAbout(UUID personId) {
        List<Map<String, Object>> alerts = Gateway.as(Login.HUB_PATEL).queryParam("size", 100)
                .when().get("/api/alerts").then().statusCode(200).extract().jsonPath().getList("items");
        return alerts.stream().filter(alert -> personId.toString().equals(alert.get("personId")))
                .map(alert -> UUID.fromString((String) alert.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("No alert raised about " + personId + " among " + alerts));
    }

    @Override
    Set<String> changing() {
        return Set.of("acknowledge");
    }

    @Override
    Outcome perform(String action, Login caller, Fixture alert) {
        return switch (action) {
            case "list" -> Requests.listed(caller, "/api/alerts", Map.of(), alert.id());
            case "acknowledge" -> Requests.post(caller, Map.of("note", "Discussed at the morning meeting"),
                    "/api/alerts/{id}/acknowledge", alert.id());
            default -> throw unknown(name(), action);
        };
    }
}
