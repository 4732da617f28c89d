package org.earlyhelp.platform.agency;

import java.util.List;

/**
 * An agency as the register knows it: a Keycloak Organization of the realm (alias = code).
 *
 * @param type  the agency type (DOMAIN.md: police, local-authority, health, ...)
 * @param areas the districts it serves
 */
public record Agency(String code, String name, String type, List<String> areas) {

    public Agency {
        areas = List.copyOf(areas);
    }

    public boolean serves(String area) {
        return areas.contains(area);
    }
}
