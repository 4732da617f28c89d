package org.earlyhelp.cases.casefile;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.earlyhelp.platform.access.Condition;
import org.earlyhelp.platform.access.Reach;
import org.earlyhelp.platform.access.Visibility;
import org.earlyhelp.platform.identity.Caller;

/**
 * Who may see a case (case-service README, "Access"): a working role of the lead agency or of an
 * agency active on the team around the family, or the hub's screener for the case's area
 * ({@link Reach}). Everyone else, the directory admin and the auditor of any agency included, gets
 * 404.
 *
 * <p>The rule is written once, as JPQL over a case alias, in {@link #rule}: single reads, changes and
 * the entity lists use it through {@code platform.access.Records}, the case list and caseload in
 * their row queries.
 */
public final class CaseVisibility implements Visibility<Case> {

    /** The rule for cases, as {@code Records} takes it. */
    public static final CaseVisibility CASES = new CaseVisibility();

    private CaseVisibility() {
    }

    /**
     * The caller's agency, through a working role, leads the case {@code kase} (an alias or path) or is active on its team.
     * Membership is an {@code in} rather than a correlated {@code exists}: the same cases, but PostgreSQL estimates it
     * soundly and keeps walking the newest cases by index (the caseload benchmark).
     */
    private static String agencyTakesPart(String kase) {
        return "(" + kase + ".leadAgency = :reachAgency or " + kase + ".id in (select m.caseId"
                + " from Participation m where m.active = true and m.agency = :reachAgency))";
    }

    /** The whole rule over the case {@code kase}: its agencies' working roles, or the hub's screeners of its area. */
    public static String rule(String kase) {
        return "(" + agencyTakesPart(kase) + " or " + kase + ".area in (:reachAreas))";
    }

    /** The parameters of {@link #rule} for {@code caller}: no agency without a working role, no areas without hub-triage. */
    public static Map<String, Object> parameters(Caller caller) {
        Reach reach = Reach.of(caller);
        return Map.of("reachAgency", reach.agencyOrNone(), "reachAreas", reach.hubAreasOrNone());
    }

    /** The rule over a JPQL path to a case (e.g. {@code r.parent}), for the records that belong to a case. */
    public static Condition over(String kase, Caller caller) {
        return Condition.of(rule(kase), parameters(caller));
    }

    @Override
    public Class<Case> type() {
        return Case.class;
    }

    @Override
    public String resource() {
        return CaseService.RESOURCE;
    }

    @Override
    public Condition visibleTo(Caller caller) {
        return over("r", caller);
    }

    @Override
    public Collection<UUID> people(Case kase) {
        return kase.personIds();
    }
}
