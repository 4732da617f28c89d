package org.earlyhelp.platform.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the agency a token belongs to. Keycloak puts organization membership in the
 * {@code organization} claim: {@code {"northshire-police": {"agency_type": ["police"], "areas": [...], "id": ...}}}.
 * A caller must belong to exactly one agency; anything else counts as no agency.
 */
record AgencyClaim(String code, String type, List<String> areas) {

    static final String CLAIM = "organization";

    static Optional<AgencyClaim> of(JsonWebToken token) {
        Object claim = token.getClaim(CLAIM);
        if (claim instanceof JsonObject organizations && organizations.size() == 1) {
            Map.Entry<String, JsonValue> only = organizations.entrySet().iterator().next();
            JsonObject attributes = only.getValue() instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
            List<String> types = strings(attributes.get("agency_type"));
            return Optional.of(new AgencyClaim(only.getKey(), types.isEmpty() ? null : types.get(0),
                    strings(attributes.get("areas"))));
        }
        if (claim instanceof JsonArray aliases && aliases.size() == 1 && aliases.get(0) instanceof JsonString alias) {
            return Optional.of(new AgencyClaim(alias.getString(), null, List.of()));
        }
        return Optional.empty();
    }

    private static List<String> strings(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
        }
        if (value instanceof JsonString string) {
            return List.of(string.getString());
        }
        return List.of();
    }
}
