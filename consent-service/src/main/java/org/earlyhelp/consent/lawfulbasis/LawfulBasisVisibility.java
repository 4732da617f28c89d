package org.earlyhelp.consent.lawfulbasis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.consent.participation.PersonReach;
import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Visibility;
import org.earlyhelp.platform.identity.Caller;

/**
 * Who may read a lawful basis (README, "Who may see and do what"). Its justification can carry what
 * one agency knows about a family, so reaching the person is not enough: the caller must also be the
 * hub's triage, a case lead, or of the agency that recorded it. An auditor reads one that a recorded
 * sharing decision rests on.
 */
final class LawfulBasisVisibility implements Visibility<LawfulBasis> {

    private final PersonReach persons;

    LawfulBasisVisibility(PersonReach persons) {
        this.persons = persons;
    }

    @Override
    public Class<LawfulBasis> type() {
        return LawfulBasis.class;
    }

    @Override
    public String resource() {
        return LawfulBasisService.RESOURCE;
    }

    @Override
    public Condition visibleTo(Caller caller) {
        Reach reach = Reach.of(caller);
        Condition person = persons.of(caller, "r.personId");
        Map<String, Object> parameters = new HashMap<>(person.parameters());
        List<String> ways = new ArrayList<>();
        if (caller.hasRole(Reach.HUB_TRIAGE) || caller.hasRole(Reach.CASE_LEAD)) {
            ways.add("(" + person.jpql() + ")");
        } else if (reach.agency() != null) {
            ways.add("(r.recordedByAgency = :reachAgency and (" + person.jpql() + "))");
            parameters.put("reachAgency", reach.agency());
        }
        if (reach.auditor()) {
            ways.add("exists (select 1 from SharingDecision basisOf where basisOf.lawfulBasisId = r.id)");
        }
        return ways.isEmpty() ? Condition.none() : Condition.of(String.join(" or ", ways), parameters);
    }

    @Override
    public Collection<UUID> people(LawfulBasis basis) {
        return Set.of(basis.personId);
    }
}
