package org.earlyhelp.platform.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.earlyhelp.platform.identity.Caller;

/**
 * What a caller's roles let its relationships reach (ARCHITECTURE §3: roles grant actions,
 * relationships grant reach). Belonging to an agency reaches that agency's records only through a
 * role that works with records ({@link #WORKING_ROLES}); the hub's screeners reach the records of
 * their areas; every other role (directory admin, auditor) reaches no record through its agency.
 *
 * <p>Events are addressed with the same vocabulary ({@link #agencyKey}, {@link #areaKey}), so a
 * feed filtered by {@link #keys()} gives a caller exactly what these rules let it reach.
 */
public record Reach(String agency, List<String> hubAreas, boolean auditor) {

    public static final String PRACTITIONER = "practitioner";
    public static final String CASE_LEAD = "case-lead";
    public static final String HUB_TRIAGE = "hub-triage";
    public static final String AUDITOR = "auditor";
    public static final String PARTNER_SYSTEM = Caller.PARTNER_SYSTEM_ROLE;

    /** The roles through which belonging to a participating agency reaches its records. */
    public static final Set<String> WORKING_ROLES = Set.of(PRACTITIONER, CASE_LEAD, PARTNER_SYSTEM);

    public Reach {
        hubAreas = List.copyOf(hubAreas);
    }

    public static Reach of(Caller caller) {
        boolean works = caller.hasAgency() && caller.roles().stream().anyMatch(WORKING_ROLES::contains);
        return new Reach(works ? caller.agency() : null,
                caller.hasRole(HUB_TRIAGE) && !caller.partnerSystem() ? caller.areas() : List.of(),
                caller.hasRole(AUDITOR));
    }

    /** Whether the caller reaches records its agency takes part in (null agency never does). */
    public boolean through(String participatingAgency) {
        return agency != null && agency.equals(participatingAgency);
    }

    /** Whether the caller screens for the hub in {@code area}. */
    public boolean screens(String area) {
        return area != null && hubAreas.contains(area);
    }

    /** The agency code for queries: one that no record names when the caller reaches none through its agency. */
    public String agencyOrNone() {
        return agency == null ? "" : agency;
    }

    /** The hub areas for queries ({@code in ()} is not SQL: no areas is a list that matches none). */
    public List<String> hubAreasOrNone() {
        return hubAreas.isEmpty() ? List.of("") : hubAreas;
    }

    /** The audience keys of the events this caller may read. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        if (agency != null) {
            keys.add(agencyKey(agency));
        }
        hubAreas.forEach(area -> keys.add(areaKey(area)));
        return keys;
    }

    /** Addresses an event to the working roles of an agency taking part. */
    public static String agencyKey(String agency) {
        return "agency:" + agency;
    }

    /** Addresses an event to the hub's screeners for an area. */
    public static String areaKey(String area) {
        return "hub:" + area;
    }
}
