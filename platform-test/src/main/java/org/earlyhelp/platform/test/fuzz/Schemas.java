package org.earlyhelp.platform.test.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

/** What kind of value a (flattened) schema describes. */
final class Schemas {

    private Schemas() {
    }

    static String type(JsonNode schema) {
        if (schema == null) {
            return "any";
        }
        if (schema.has("type")) {
            return schema.get("type").asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "any";
    }

    static boolean isEnum(JsonNode schema) {
        return schema != null && schema.has("enum") && schema.get("enum").size() > 0;
    }

    static String format(JsonNode schema) {
        return schema == null ? "" : schema.path("format").asText("");
    }

    /** A string whose shape the service checks (a UUID, date, code, pattern...), as opposed to free text. */
    static boolean isConstrainedText(JsonNode schema) {
        return "string".equals(type(schema)) && (isEnum(schema) || !format(schema).isEmpty() || hasPattern(schema));
    }

    /** A real pattern; {@code \\S} is only how OpenAPI writes {@code @NotBlank}. */
    static boolean hasPattern(JsonNode schema) {
        return schema.has("pattern") && !schema.get("pattern").asText().equals("\\S");
    }

    static boolean isFreeText(JsonNode schema) {
        return "string".equals(type(schema)) && !isConstrainedText(schema);
    }

    static boolean isRequired(JsonNode parent, String property) {
        if (parent == null) {
            return false;
        }
        for (JsonNode name : parent.path("required")) {
            if (name.asText().equals(property)) {
                return true;
            }
        }
        return false;
    }
}
