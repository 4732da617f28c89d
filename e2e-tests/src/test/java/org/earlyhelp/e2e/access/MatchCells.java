package org.earlyhelp.e2e.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.e2e.Agency;
import org.earlyhelp.e2e.Hub;
import org.earlyhelp.e2e.Login;
import org.earlyhelp.e2e.People;
import org.earlyhelp.e2e.Referrals;

/**
 * A confirmed "known to services" match, to be undone (issue 27 point 2, decision 0054): the next agency refers a child
 * and the agency (own), or another agency whose referral the hub then accepts with the agency as lead (participant), or
 * another agency (unrelated) refers the same child again; the hub confirms the match on the later referral.
 */
final class MatchCells extends ResourceCells {

    @Override
    String name() {
        return "match";
    }

    @Override
    Fixture make(Relationship relationship, Agency agency) {
        Agency earlier = agency.next();
        return switch (relationship) {
            case OWN -> confirmed(earlier, agency, null);
            case PARTICIPANT -> confirmed(earlier, agency.next().next(), agency);
            case UNRELATED -> confirmed(earlier, agency.next().next(), null);
        };
    }

    /** {@code first} and then {@code later} refer one child; the hub confirms the match, and accepts with {@code lead} if any. */
    private static Fixture confirmed(Agency first, Agency later, Agency lead) {
        People.Person child = People.child();
        Referrals.Submitted known = Referrals.about(child).submitBy(first.practitioner());
        Referrals.Submitted again = Referrals.about(child).submitBy(later.practitioner());
        Hub.confirmSameChild(again, known.childPersonId());
        if (lead != null) {
            Hub.accept(again, lead);
        }
        List<Map<String, Object>> matches = Hub.matches(again).getList("items");
        UUID match = matches.stream().filter(found -> "confirmed".equals(found.get("status")))
                .map(found -> UUID.fromString((String) found.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("No confirmed match on " + again.id() + ": " + matches));
        return new Fixture(match, known.childPersonId(), null, again.id(), null);
    }

    @Override
    Set<String> changing() {
        return Set.of("unlink");
    }

    @Override
    Outcome perform(String action, Login caller, Fixture match) {
        return switch (action) {
            case "unlink" -> Requests.post(caller, Map.of("reason", "Not the same child after all"),
                    "/api/referrals/{id}/matches/{matchId}/unlink", match.parentId(), match.id());
            default -> throw unknown(name(), action);
        };
    }
}
