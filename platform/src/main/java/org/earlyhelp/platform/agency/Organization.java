package org.earlyhelp.platform.agency;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A Keycloak OrganizationRepresentation, the fields the register reads. Read leniently: Keycloak adds fields between
 * versions.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Organization(String id, String alias, String name, Boolean enabled, Map<String, List<String>> attributes) {

    static final String TYPE = "agency_type";
    static final String AREAS = "areas";

    /** The agency this Organization is, if it is an enabled one with a code and a type. */
    Optional<Agency> agency() {
        String type = first(TYPE);
        if (Boolean.FALSE.equals(enabled) || blank(alias) || blank(type)) {
            return Optional.empty();
        }
        return Optional.of(new Agency(alias, blank(name) ? alias : name, type, values(AREAS)));
    }

    private List<String> values(String attribute) {
        List<String> values = attributes == null ? null : attributes.get(attribute);
        return values == null ? List.of() : values.stream().filter(value -> !blank(value)).toList();
    }

    private String first(String attribute) {
        List<String> values = values(attribute);
        return values.isEmpty() ? null : values.get(0);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
