package org.earlyhelp.cases.opening;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;

import org.earlyhelp.cases.casefile.CaseVisibility;
import org.earlyhelp.cases.casefile.PersonLinks;
import org.earlyhelp.platform.audit.AuditEntry;
import org.earlyhelp.platform.audit.AuditOutcome;
import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.identity.Caller;

/**
 * Whether a caller is entitled to see a person, by what this service knows (ARCHITECTURE §3: a
 * person id is not a capability): the person is on a case the caller may see
 * ({@link CaseVisibility}), or on a referral it has seen on referral-service's feed whose referrer
 * or lead is the caller's agency through a working role, or whose area the caller screens for the
 * hub (referral-service's rule), under any id the person is known by ({@link PersonLinks}: a confirmed
 * match makes the minted id and the known id one person until it is undone). Naming anyone else in a new case or a case's people is 404, and
 * the attempt is audited: naming a person never makes the caller's agency take part.
 */
@ApplicationScoped
public class PersonVisibility {

    /** The rule, once: a case or a seen referral about {@code :person} that the caller may see. */
    private static final String ON_A_VISIBLE_CASE = "select p.personId from CasePerson p where "
            + PersonLinks.knownAs("p.personId", ":person", "linked") + " and " + CaseVisibility.rule("p.parent");
    private static final String ON_A_VISIBLE_REFERRAL = "select q.personId from SeenReferral r join r.people q"
            + " where " + PersonLinks.knownAs("q.personId", ":person", "linked")
            + " and (r.referringAgency = :reachAgency or r.leadAgency = :reachAgency or r.area in (:reachAreas))";

    private static final String RESOURCE = "person";

    private final EntityManager entities;
    private final AuditTrail audit;

    PersonVisibility(EntityManager entities, AuditTrail audit) {
        this.entities = entities;
        this.audit = audit;
    }

    /** Whether {@code caller} may see the person {@code personId}. */
    public boolean maySee(Caller caller, UUID personId) {
        Map<String, Object> parameters = new HashMap<>(CaseVisibility.parameters(caller));
        parameters.put("person", personId);
        return found(ON_A_VISIBLE_CASE, parameters) || found(ON_A_VISIBLE_REFERRAL, parameters);
    }

    /** 404 (audited as {@code action} on the person) unless {@code caller} may see the person {@code personId}. */
    public void require(Caller caller, UUID personId, String action) {
        if (!maySee(caller, personId)) {
            boolean known = found("select p.personId from CasePerson p where p.personId = :person", Map.of("person", personId))
                    || found("select q.personId from SeenReferral r join r.people q where q.personId = :person",
                            Map.of("person", personId));
            audit.record(AuditEntry.of(caller).action(action).resource(RESOURCE, personId).person(personId)
                    .outcome(known ? AuditOutcome.DENIED : AuditOutcome.NOT_FOUND).build());
            throw new NotFoundException("No person " + personId + " that you may see");
        }
    }

    private boolean found(String jpql, Map<String, Object> parameters) {
        var query = entities.createQuery(jpql, UUID.class).setMaxResults(1);
        parameters.forEach(query::setParameter);
        return !query.getResultList().isEmpty();
    }
}
