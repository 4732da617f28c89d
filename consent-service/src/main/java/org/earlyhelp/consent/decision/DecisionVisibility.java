package org.earlyhelp.consent.decision;

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
 * Who may read a sharing decision (README, "Who may see and do what"): those who reach the person,
 * the working roles of the agency that asked, and auditors (decisions are the evidence they review).
 */
final class DecisionVisibility implements Visibility<SharingDecision> {

    private final PersonReach persons;

    DecisionVisibility(PersonReach persons) {
        this.persons = persons;
    }

    @Override
    public Class<SharingDecision> type() {
        return SharingDecision.class;
    }

    @Override
    public String resource() {
        return DecisionService.RESOURCE;
    }

    @Override
    public Condition visibleTo(Caller caller) {
        Reach reach = Reach.of(caller);
        if (reach.auditor()) {
            return Condition.of("1 = 1", Map.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        List<String> ways = new ArrayList<>();
        if (!caller.partnerSystem()) {
            // A partner system reads only the decisions its agency asked (README); people also through person reach.
            Condition person = persons.of(caller, "r.personId");
            parameters.putAll(person.parameters());
            ways.add("(" + person.jpql() + ")");
        }
        if (reach.agency() != null) {
            ways.add("r.askedByAgency = :reachAgency");
            parameters.put("reachAgency", reach.agency());
        }
        return ways.isEmpty() ? Condition.none() : Condition.of(String.join(" or ", ways), parameters);
    }

    @Override
    public Collection<UUID> people(SharingDecision decision) {
        return Set.of(decision.personId);
    }
}
