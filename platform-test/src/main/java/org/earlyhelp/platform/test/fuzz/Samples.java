package org.earlyhelp.platform.test.fuzz;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plausible value for a schema: its first example or enum value, else one shaped by its type
 * and format. Good enough to get past the JSON reader; a service's own rules may still refuse
 * it, which is why a fuzz test can hand in a known-good body instead.
 */
final class Samples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private Samples() {
    }

    static JsonNode of(JsonNode schema) {
        return of(schema, 0);
    }

    /** A query or path value as text. */
    static String text(JsonNode schema) {
        JsonNode value = of(schema);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static JsonNode of(JsonNode schema, int depth) {
        if (schema == null) {
            return NODES.textNode("sample");
        }
        JsonNode example = example(schema);
        if (example != null) {
            return example;
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            for (JsonNode value : schema.get("enum")) {
                if (!value.isNull()) {
                    return value;
                }
            }
        }
        return switch (Schemas.type(schema)) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(of(schema.get("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(schema.has("minimum") ? Math.max(schema.get("minimum").asLong(), 1) : 1);
            case "number" -> NODES.numberNode(schema.has("minimum") ? Math.max(schema.get("minimum").asDouble(), 1.0) : 1.0);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(string(schema));
        };
    }

    private static ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth >= MAX_DEPTH) {
            return object;
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            if (!property.getValue().path("readOnly").asBoolean(false)) {
                object.set(property.getKey(), of(property.getValue(), depth + 1));
            }
        });
        return object;
    }

    private static JsonNode example(JsonNode schema) {
        JsonNode examples = schema.get("examples");
        if (examples != null && examples.isArray() && examples.size() > 0) {
            return examples.get(0);
        }
        JsonNode example = schema.get("example");
        return example == null || example.isNull() ? null : example;
    }

    private static String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        String text = switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> LocalDate.now().minusYears(1).toString();
            case "date-time" -> Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
            case "email" -> "someone@example.org";
            case "uri", "url" -> "https://example.org/";
            default -> "sample";
        };
        int minLength = schema.path("minLength").asInt(0);
        return text.length() >= minLength ? text : text + "x".repeat(minLength - text.length());
    }
}
