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
 * onward referral), or as the hub's triage for the area of a referral about the person, under any id
 * the person is known by ({@link PersonLinks}). Nothing
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
    private final PersonLinks links;

    PersonReach(EntityManager entityManager, Participants participants, PersonLinks links) {
        this.entityManager = entityManager;
        this.participants = participants;
        this.links = links;
    }

    /** The condition "{@code caller} reaches the person at {@code person}" (a JPQL path such as {@code r.personId}). */
    public Condition of(Caller caller, String person) {
        Reach reach = Reach.of(caller);
        List<String> ways = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (reach.agency() != null) {
            ways.add("exists (select 1 from Participation reachP where " + knownAs("reachP.personId", person, "reachPs")
                    + " and reachP.agency = :reachAgency)");
            parameters.put("reachAgency", reach.agency());
        }
        if (!reach.hubAreas().isEmpty()) {
            ways.add("exists (select 1 from PersonArea reachA where " + knownAs("reachA.personId", person, "reachAs")
                    + " and reachA.area in :reachAreas)");
            parameters.put("reachAreas", reach.hubAreas());
        }
        return ways.isEmpty() ? Condition.none() : Condition.of(String.join(" or ", ways), parameters);
    }

    /** {@code recorded} (the id a row was recorded under) is one of the ids the person at {@code person} is known by. */
    private static String knownAs(String recorded, String person, String alias) {
        return "(" + recorded + " = " + person + " or " + recorded + " in (select " + alias + ".sameAs from SamePerson " + alias
                + " where " + alias + ".personId = " + person + "))";
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
     * Whether the person (under any id they are known by) is the subject of a referral in one of {@code officer}'s areas:
     * what a data protection officer answers subject access requests for ({@code person_area}).
     */
    public boolean inAreasOf(Caller officer, UUID person) {
        return person != null && participants.areasFor(links.idsOf(person)).stream().anyMatch(officer.areas()::contains);
    }

    /**
     * Who an event about {@code person} is for, as reach keys: the working roles of every agency
     * taking part for the person and the hub's triage of every area of a referral about them.
     */
    public Set<String> audienceFor(UUID person) {
        Set<String> audience = new LinkedHashSet<>();
        Set<UUID> ids = links.idsOf(person);
        participants.agenciesFor(ids).forEach(agency -> audience.add(Reach.agencyKey(agency)));
        participants.areasFor(ids).forEach(area -> audience.add(Reach.areaKey(area)));
        return audience;
    }
}
