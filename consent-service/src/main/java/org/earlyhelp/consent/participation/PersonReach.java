package org.earlyhelp.consent.participation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.identity.Caller;

/**
 * Person reach, the root of this service's rule table (README): a caller reaches a person through a
 * working role of an agency taking part for the person (referrer, lead, team, receiver of an
 * onward referral), or as the hub's triage for the area of a referral about the person. Nothing
 * else reaches a person here: not a role alone ({@code case-lead} is no reach), not belonging to
 * the hub's agency, not having recorded something about the person.
 *
 * <p>Stated once, as a query condition ({@link #of}); the single check ({@link #reaches}) runs the
 * same condition, and events are addressed with the same relationships ({@link #audienceFor}).
 */
@ApplicationScoped
public class PersonReach {

    private final EntityManager entityManager;
    private final Participants participants;

    PersonReach(EntityManager entityManager, Participants participants) {
        this.entityManager = entityManager;
        this.participants = participants;
    }

    /** The condition "{@code caller} reaches the person at {@code person}" (a JPQL path such as {@code r.personId}). */
    public Condition of(Caller caller, String person) {
        Reach reach = Reach.of(caller);
        List<String> ways = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (reach.agency() != null) {
            ways.add("exists (select 1 from Participation reachP where reachP.personId = " + person
                    + " and reachP.agency = :reachAgency)");
            parameters.put("reachAgency", reach.agency());
        }
        if (!reach.hubAreas().isEmpty()) {
            ways.add("exists (select 1 from PersonArea reachA where reachA.personId = " + person
                    + " and reachA.area in :reachAreas)");
            parameters.put("reachAreas", reach.hubAreas());
        }
        return ways.isEmpty() ? Condition.none() : Condition.of(String.join(" or ", ways), parameters);
    }

    /** Whether {@code caller} reaches {@code person}: the same condition, for one person id. */
    public boolean reaches(Caller caller, UUID person) {
        Condition condition = of(caller, ":reachPerson");
        if (person == null || condition.parameters().isEmpty()) {
            return false; // reaches nobody: Condition.none()
        }
        var query = entityManager.createQuery("select 1 where " + condition.jpql(), Integer.class)
                .setParameter("reachPerson", person);
        condition.parameters().forEach(query::setParameter);
        return !query.getResultList().isEmpty();
    }

    /**
     * Who an event about {@code person} is for, as reach keys: the working roles of every agency
     * taking part for the person and the hub's triage of every area of a referral about them.
     */
    public Set<String> audienceFor(UUID person) {
        Set<String> audience = new LinkedHashSet<>();
        participants.agenciesFor(person).forEach(agency -> audience.add(Reach.agencyKey(agency)));
        participants.areasFor(person).forEach(area -> audience.add(Reach.areaKey(area)));
        return audience;
    }
}
