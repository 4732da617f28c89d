package org.earlyhelp.platform.test.fuzz;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A service's OpenAPI document as the list of its operations, read with plain Jackson: the few
 * parts a fuzzer needs (paths, parameters, request bodies, schemas with their {@code $ref}s,
 * {@code allOf}s and OpenAPI 3.1 {@code ["string", "null"]} types) without an OpenAPI parser.
 */
public final class ApiDescription {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final int MAX_REF_DEPTH = 12;

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();

    private ApiDescription(JsonNode document) {
        this.document = document;
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.add(operation(path.getKey(), path.getValue(), entry.getKey(), entry.getValue()));
            }
        }));
    }

    /** The document the running {@code @QuarkusTest} application serves at {@code path}, e.g. {@code /openapi/referral}. */
    public static ApiDescription fetch(String path) {
        String json = given().accept("application/json").queryParam("format", "json").when().get(path)
                .then().statusCode(200).extract().asString();
        return parse(json);
    }

    public static ApiDescription parse(String json) {
        try {
            return new ApiDescription(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Not an OpenAPI document in JSON", e);
        }
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** Every path template the document has. */
    public Set<String> paths() {
        Set<String> paths = new java.util.TreeSet<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    /** The methods documented for a path template, e.g. {@code [get, put]}. */
    public Set<String> methodsOf(String path) {
        Set<String> methods = new java.util.TreeSet<>();
        document.path("paths").path(path).fieldNames().forEachRemaining(name -> {
            if (METHODS.contains(name)) {
                methods.add(name);
            }
        });
        return methods;
    }

    private Operation operation(String path, JsonNode pathItem, String method, JsonNode spec) {
        Map<String, OperationParameter> parameters = new LinkedHashMap<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), spec.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(parameter, 0);
                String name = resolved.path("name").asText();
                String in = resolved.path("in").asText();
                parameters.put(in + ":" + name, new OperationParameter(name, in,
                        resolved.path("required").asBoolean(in.equals("path")), schema(resolved.path("schema"))));
            }
        }
        JsonNode body = null;
        boolean bodyRequired = false;
        JsonNode requestBody = resolve(spec.path("requestBody"), 0);
        if (!requestBody.isMissingNode()) {
            JsonNode content = requestBody.path("content");
            JsonNode media = content.has("application/json") ? content.get("application/json")
                    : content.elements().hasNext() ? content.elements().next() : null;
            body = media == null ? null : schema(media.path("schema"));
            bodyRequired = requestBody.path("required").asBoolean(false);
        }
        return new Operation(method.toUpperCase(), path, spec.path("operationId").asText(null), List.copyOf(parameters.values()),
                body, bodyRequired, spec.path("description").asText(""));
    }

    /** The schema with {@code $ref}s, {@code allOf}s and nullable type lists folded into one plain object. */
    public JsonNode schema(JsonNode schema) {
        return flatten(schema, 0);
    }

    private JsonNode flatten(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || !schema.isObject()) {
            return schema == null ? null : schema.isMissingNode() ? null : schema;
        }
        if (depth > MAX_REF_DEPTH) {
            return schema;
        }
        ObjectNode flat = new ObjectMapper().createObjectNode();
        if (schema.has("$ref")) {
            JsonNode target = flatten(resolve(schema, 0), depth + 1);
            if (target != null) {
                flat.setAll((ObjectNode) target);
            }
        }
        for (JsonNode part : schema.path("allOf")) {
            JsonNode flattened = flatten(part, depth + 1);
            if (flattened != null && flattened.isObject()) {
                mergeInto(flat, (ObjectNode) flattened);
            }
        }
        for (String combiner : List.of("oneOf", "anyOf")) {
            for (JsonNode part : schema.path(combiner)) {
                JsonNode flattened = flatten(part, depth + 1);
                if (flattened != null && !"null".equals(flattened.path("type").asText())) {
                    mergeInto(flat, (ObjectNode) flattened);
                    break;
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            switch (field.getKey()) {
                case "$ref", "allOf", "oneOf", "anyOf" -> { }
                case "type" -> flat.put("type", typeOf(field.getValue()));
                case "properties" -> {
                    ObjectNode properties = flat.has("properties") ? (ObjectNode) flat.get("properties") : flat.putObject("properties");
                    field.getValue().fields().forEachRemaining(property -> properties.set(property.getKey(),
                            flatten(property.getValue(), depth + 1)));
                }
                case "items" -> flat.set("items", flatten(field.getValue(), depth + 1));
                default -> flat.set(field.getKey(), field.getValue());
            }
        }
        if (!flat.has("type") && flat.has("properties")) {
            flat.put("type", "object");
        }
        return flat;
    }

    private static void mergeInto(ObjectNode into, ObjectNode part) {
        part.fields().forEachRemaining(field -> {
            if (field.getKey().equals("properties") && into.has("properties")) {
                ((ObjectNode) into.get("properties")).setAll((ObjectNode) field.getValue());
            } else if (field.getKey().equals("required") && into.has("required")) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) into.get("required")).addAll(
                        (com.fasterxml.jackson.databind.node.ArrayNode) field.getValue());
            } else {
                into.set(field.getKey(), field.getValue());
            }
        });
    }

    /** {@code "string"} or {@code ["string", "null"]} (OpenAPI 3.1) → {@code string}. */
    private static String typeOf(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!"null".equals(one.asText())) {
                    return one.asText();
                }
            }
            return "null";
        }
        return type.asText();
    }

    private JsonNode resolve(JsonNode node, int depth) {
        if (node == null || !node.has("$ref") || depth > MAX_REF_DEPTH) {
            return node;
        }
        String ref = node.get("$ref").asText();
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only local references are supported: " + ref);
        }
        JsonNode target = document.at(ref.substring(1));
        return resolve(target, depth + 1);
    }
}
