package org.earlyhelp.platform.identity;

import java.util.List;
import java.util.Set;

/**
 * Who is calling: the one view of a validated token that the rest of the code sees.
 * Built only by {@link CurrentCaller}; nothing else reads raw claims.
 */
public record Caller(
        String userId,
        String username,
        String agency,
        String agencyType,
        List<String> areas,
        Set<String> roles,
        boolean partnerSystem) {

    public static final String PARTNER_SYSTEM_ROLE = "partner-system";

    public Caller {
        areas = List.copyOf(areas);
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAgency() {
        return agency != null;
    }

    public boolean belongsTo(String agencyCode) {
        return agency != null && agency.equals(agencyCode);
    }
}
