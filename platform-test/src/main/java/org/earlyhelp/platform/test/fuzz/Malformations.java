package org.earlyhelp.platform.test.fuzz;

import static org.earlyhelp.platform.test.fuzz.Attempt.Expect.NO_SERVER_ERROR;
import static org.earlyhelp.platform.test.fuzz.Attempt.Expect.REFUSAL;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Derives malformed requests from an operation's plausible one, one flaw at a time, so that
 * each refusal proves the one thing it names.
 */
final class Malformations {

    static final String JSON = "application/json";
    static final int ONE_MEGABYTE = 1_000_000;
    /** Long, yet within the HTTP layer's 4 KiB request line, so that the service itself must judge it. */
    static final int LONG = 3_000;

    /** SQL, script, template and path strings an attacker tries in any text. */
    static final List<String> HOSTILE_TEXT = List.of(
            "' OR '1'='1",
            "'; DROP TABLE outbox; --",
            "1) UNION SELECT table_name FROM information_schema.tables --",
            "\" OR \"\"=\"",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "${jndi:ldap://127.0.0.1/x}",
            "{{7*7}}",
            "../../../../etc/passwd",
            "..\\..\\..\\windows\\win.ini",
            "%s%s%s%n",
            "\\u0000");

    /**
     * Fields a service decides and a body must never set (mass assignment), sent with plausible
     * values wherever an operation's body does not document them as its own.
     */
    static final Map<String, JsonNode> SERVER_OWNED = Map.ofEntries(
            Map.entry("id", JsonNodeFactory.instance.textNode("7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a")),
            Map.entry("status", JsonNodeFactory.instance.textNode("closed")),
            Map.entry("version", JsonNodeFactory.instance.numberNode(7)),
            Map.entry("agency", JsonNodeFactory.instance.textNode("northshire-police")),
            Map.entry("referringAgency", JsonNodeFactory.instance.textNode("northshire-police")),
            Map.entry("createdBy", JsonNodeFactory.instance.textNode("someone.else")),
            Map.entry("createdAt", JsonNodeFactory.instance.textNode("2020-01-01T00:00:00Z")),
            Map.entry("updatedAt", JsonNodeFactory.instance.textNode("2020-01-01T00:00:00Z")),
            Map.entry("recordedBy", JsonNodeFactory.instance.textNode("someone.else")),
            Map.entry("recordedAt", JsonNodeFactory.instance.textNode("2020-01-01T00:00:00Z")),
            Map.entry("last_modified", JsonNodeFactory.instance.textNode("2020-01-01T00:00:00Z")),
            Map.entry("created_at", JsonNodeFactory.instance.textNode("2020-01-01T00:00:00Z")));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UNKNOWN_FIELD = "fuzzUnknownField";
    /** The extension a service's document puts on a field that holds a code of a register (agency, area, agency-type). */
    static final String REGISTER = "x-register";
    /** Well-formed for every code field (lower case, digits and hyphens), and in no register. */
    static final String UNKNOWN_CODE = "fuzz-unregistered-code";
    /** Decision 0040: a path or query longer than this is a 414 problem from the platform. */
    static final int MAX_URI_LENGTH = 8192;
    /** Decision 0040: a request line longer than this the HTTP codec refuses itself, with a bare 414. */
    static final int CODEC_REQUEST_LINE = 64 * 1024;
    private static final List<String> OTHER_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final ObjectMapper json = new ObjectMapper();
    private final Operation operation;
    private final JsonNode baseline;
    private final Map<String, String> pathValues;
    private final Set<String> documentedMethods;
    private final Set<String> templates;
    private final List<Attempt> attempts = new ArrayList<>();
    /** The kind of malformation the attempts built now belong to, for the report. */
    private String kind = "other";

    private Malformations(Operation operation, JsonNode baseline, Map<String, String> pathValues, Set<String> documentedMethods,
            Set<String> templates) {
        this.operation = operation;
        this.templates = templates;
        this.baseline = baseline;
        this.pathValues = pathValues;
        this.documentedMethods = documentedMethods;
    }

    /**
     * Every malformed variant of the operation's plausible request. {@code baseline} is its body
     * (null: made from the schema), {@code pathValues} known-good path parameters (others get
     * a random UUID), {@code documentedMethods} the methods its path documents, {@code templates} every path
     * the document has (an unrouted path must match none).
     */
    static List<Attempt> of(Operation operation, JsonNode baseline, Map<String, String> pathValues, Set<String> documentedMethods,
            Set<String> templates) {
        Malformations malformations = new Malformations(operation,
                baseline != null ? baseline : operation.takesBody() ? Samples.of(operation.body()) : null,
                pathValues, documentedMethods, templates);
        malformations.pathParameters();
        malformations.queryParameters();
        malformations.addresses();
        malformations.headers();
        malformations.methodsAndMediaTypes();
        if (operation.takesBody()) {
            malformations.bodies();
            malformations.fields(malformations.baseline, operation.body(), JsonPointer.empty(), null, null);
            malformations.duplicateKeys();
        }
        return List.copyOf(malformations.attempts);
    }

    // --- the plausible request every variant starts from

    private Attempt.Builder plausible() {
        Attempt.Builder request = new Attempt.Builder(operation, kind, path(Map.of()));
        for (OperationParameter parameter : operation.in("query")) {
            if (parameter.required()) {
                request.query(encode(parameter.name()), encode(Samples.text(parameter.schema())));
            }
        }
        for (OperationParameter parameter : operation.in("header")) {
            if (parameter.name().equalsIgnoreCase("If-Match")) {
                request.header("If-Match", "\"0\"");
            } else if (parameter.name().equalsIgnoreCase("Idempotency-Key")) {
                request.header("Idempotency-Key", "fuzz-" + UUID.randomUUID());
            } else if (parameter.required()) {
                request.header(parameter.name(), Samples.text(parameter.schema()));
            }
        }
        request.header("Accept", "application/json");
        if (operation.takesBody()) {
            request.body(JSON, write(baseline));
        }
        return request;
    }

    /** The path with known or random values, {@code overrides} taking precedence (already encoded). */
    private String path(Map<String, String> overrides) {
        String path = operation.path();
        for (OperationParameter parameter : operation.in("path")) {
            String value = overrides.containsKey(parameter.name()) ? overrides.get(parameter.name())
                    : encode(pathValues.getOrDefault(parameter.name(), defaultPathValue(parameter)));
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return path;
    }

    private static String defaultPathValue(OperationParameter parameter) {
        String type = Schemas.type(parameter.schema());
        return type.equals("integer") || type.equals("number") ? "1" : UUID.randomUUID().toString();
    }

    // --- path parameters: broken ids, traversal, injection

    private void pathParameters() {
        kind = "bad path parameter";
        for (OperationParameter parameter : operation.in("path")) {
            List<String> encoded = new ArrayList<>();
            String type = Schemas.type(parameter.schema());
            if (type.equals("integer") || type.equals("number")) {
                List.of("abc", "-1", "1.5", "99999999999999999999", "0x10", "1e3").forEach(value -> encoded.add(encode(value)));
            } else {
                List.of("not-a-uuid", "123", "00000000-0000-0000-0000-00000000000g", "0000000000000000000000000000000000000000",
                        "x".repeat(LONG)).forEach(value -> encoded.add(encode(value)));
                encoded.add(encode(UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "0"));
            }
            encoded.add("%00");
            encoded.add("%20");
            encoded.add("..%2F..%2F..%2Fetc%2Fpasswd");
            encoded.add("%2e%2e%2f%2e%2e%2fetc%2fpasswd");
            HOSTILE_TEXT.forEach(value -> encoded.add(encode(value)));
            for (String value : encoded) {
                attempts.add(plausible().path(path(Map.of(parameter.name(), value)))
                        .build("path parameter " + parameter.name() + " = " + abbreviate(value), REFUSAL));
            }
        }
        // Traversal out of the API: the server normalises the path and must find nothing there.
        kind = "path traversal";
        attempts.add(plausible().path(path(Map.of()) + "/../../../../etc/passwd").build("path traversal ../", REFUSAL));
        attempts.add(plausible().path(path(Map.of()) + "/%2e%2e/%2e%2e/%2e%2e/etc/passwd").build("path traversal %2e%2e", REFUSAL));
    }

    // --- query parameters: wrong types, paging out of range, unknown names, injection

    private void queryParameters() {
        for (OperationParameter parameter : operation.in("query")) {
            kind = "bad query parameter";
            JsonNode schema = parameter.schema();
            String name = encode(parameter.name());
            Consumer<String> refused = value -> attempts.add(plausible().query(name, encode(value))
                    .build("query " + parameter.name() + " = " + abbreviate(value), REFUSAL));
            Consumer<String> tolerated = value -> attempts.add(plausible().query(name, encode(value))
                    .build("query " + parameter.name() + " = " + abbreviate(value), NO_SERVER_ERROR));
            switch (Schemas.type(schema)) {
                case "integer", "number" -> {
                    List.of("abc", "1.5e", "0x10", "NaN").forEach(refused);
                    kind = "number out of range";
                    refused.accept("99999999999999999999");
                    refused.accept("9223372036854775808");
                    if (schema != null && schema.has("minimum")) {
                        refused.accept(new BigDecimal(schema.get("minimum").asText()).subtract(BigDecimal.ONE).toPlainString());
                        refused.accept("-2147483649");
                    }
                    if (schema != null && schema.has("maximum")) {
                        BigDecimal maximum = new BigDecimal(schema.get("maximum").asText());
                        refused.accept(maximum.add(BigDecimal.ONE).toPlainString());
                        if (maximum.compareTo(new BigDecimal("100000")) < 0) {
                            refused.accept("100000");
                        }
                        refused.accept("2147483648");
                    }
                }
                case "boolean" -> List.of("maybe", "2").forEach(refused);
                default -> {
                    if (Schemas.isConstrainedText(schema)) {
                        constrainedTextValues(schema).forEach(value -> refused.accept(value.asText()));
                        HOSTILE_TEXT.forEach(refused);
                    } else {
                        HOSTILE_TEXT.forEach(tolerated);
                        tolerated.accept("x".repeat(LONG));
                    }
                }
            }
            kind = "bad query parameter";
            attempts.add(plausible().query(name, "%00").build("query " + parameter.name() + " = NUL", REFUSAL));
        }
        kind = "unknown query parameter";
        attempts.add(plausible().query(UNKNOWN_FIELD, "1").build("unknown query parameter", REFUSAL));
        attempts.add(plausible().query(encode("<script>"), encode("alert(1)")).build("unknown query parameter <script>", REFUSAL));
    }

    // --- addresses: too long, badly percent-encoded, routed nowhere

    private void addresses() {
        kind = "overlong URL";
        String path = path(Map.of());
        attempts.add(plausible().query(UNKNOWN_FIELD, "x".repeat(MAX_URI_LENGTH + 1)).status(414)
                .build("query over " + MAX_URI_LENGTH + " characters", REFUSAL));
        attempts.add(plausible().path(path + "/" + "x".repeat(MAX_URI_LENGTH + 1)).status(414)
                .build("path over " + MAX_URI_LENGTH + " characters", REFUSAL));
        attempts.add(plausible().query(UNKNOWN_FIELD, "x".repeat(CODEC_REQUEST_LINE + 1)).status(414)
                .build("request line over 64 KiB", REFUSAL));

        kind = "malformed percent-encoding";
        List<OperationParameter> inPath = operation.in("path");
        List<OperationParameter> inQuery = operation.in("query");
        for (String broken : List.of("%zz", "%E0%A4%A")) {
            if (!inPath.isEmpty()) {
                attempts.add(plausible().path(path(Map.of(inPath.get(0).name(), broken))).status(400)
                        .build("path parameter " + inPath.get(0).name() + " = " + broken, REFUSAL));
            } else if (!inQuery.isEmpty()) {
                attempts.add(plausible().query(encode(inQuery.get(0).name()), broken).status(400)
                        .build("query " + inQuery.get(0).name() + " = " + broken, REFUSAL));
            } else {
                // Nothing of the operation's own to break: a segment of its path (refused before any routing).
                attempts.add(plausible().path(path + "/" + broken).status(400).build("path segment " + broken, REFUSAL));
            }
        }

        kind = "unrouted path";
        String extended = path + "/fuzz-extra-segment";
        if (routedNowhere(extended)) {
            attempts.add(plausible().path(extended).status(404).build("path with an extra segment", REFUSAL));
        }
        typo(path).filter(this::routedNowhere)
                .ifPresent(typo -> attempts.add(plausible().path(typo).status(404).build("path with a typo", REFUSAL)));
    }

    /** Whether no path of the document (its parameters anything but a slash) matches. */
    private boolean routedNowhere(String path) {
        return templates.stream().noneMatch(template -> path.matches(
                java.util.regex.Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")));
    }

    /** The path with its last fixed segment misspelt ({@code /api/referrals/{id}} → {@code /api/referralsq/…}). */
    private java.util.Optional<String> typo(String path) {
        String[] template = operation.path().split("/");
        String[] segments = path.split("/", -1);
        for (int i = template.length - 1; i > 1; i--) {
            if (!template[i].startsWith("{") && i < segments.length) {
                segments[i] = segments[i] + "q";
                return java.util.Optional.of(String.join("/", segments));
            }
        }
        return java.util.Optional.empty();
    }

    // --- headers the operation reads

    private void headers() {
        kind = "bad header";
        for (OperationParameter parameter : operation.in("header")) {
            List<String> values = parameter.name().equalsIgnoreCase("If-Match")
                    ? List.of("not-an-etag", "\"99999999999999999999999\"", "W/\"x\"", "\"'; DROP TABLE outbox; --\"", "*x")
                    : parameter.name().equalsIgnoreCase("Idempotency-Key")
                            ? List.of("k".repeat(300), " ", "key with spaces")
                            : List.of("x".repeat(9000));
            for (String value : values) {
                attempts.add(plausible().header(parameter.name(), value)
                        .build("header " + parameter.name() + " = " + abbreviate(value), REFUSAL));
            }
            if (parameter.required()) {
                attempts.add(plausible().header(parameter.name(), null).build("header " + parameter.name() + " missing", REFUSAL));
            }
        }
    }

    // --- methods the path does not have, media types the operation does not speak

    private void methodsAndMediaTypes() {
        kind = "method not allowed";
        for (String method : OTHER_METHODS) {
            if (!documentedMethods.contains(method.toLowerCase(Locale.ROOT)) && !method.equals("GET")) {
                attempts.add(plausible().method(method).build("method " + method + " not allowed", REFUSAL));
            }
        }
        // RFC 9110 lets a server answer a read in its own media type rather than 406; a change it must refuse.
        kind = "unacceptable media type";
        Attempt.Expect unacceptable = operation.method().equals("GET") ? NO_SERVER_ERROR : REFUSAL;
        attempts.add(plausible().header("Accept", "application/xml").build("Accept: application/xml", unacceptable));
        attempts.add(plausible().header("Accept", "text/csv").build("Accept: text/csv", unacceptable));
    }

    // --- bodies that are not JSON, not this JSON, or too much JSON

    private void bodies() {
        kind = "unsupported content type";
        byte[] plausibleBody = write(baseline);
        for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=fuzz", "application/octet-stream", "application/json-patch+json")) {
            attempts.add(plausible().body(contentType, plausibleBody).build("Content-Type " + contentType, REFUSAL));
        }
        attempts.add(plausible().body(null, plausibleBody).build("no Content-Type", REFUSAL));
        attempts.add(plausible().body("application/xml", "<referral><id>1</id></referral>").build("XML body", REFUSAL));

        kind = "not this JSON";
        List<String> notThisJson = new ArrayList<>(List.of("\"text\"", "42", "true", "{", "{\"a\":}", "{} trailing",
                "{'single': 'quotes'}", "<xml/>", "{\"a\": NaN}", "{\"a\": 1,}", "{\"a\":\"unterminated}",
                "\u00ef\u00bb\u00bf{}", "{\"" + UNKNOWN_FIELD + "\": 1}"));
        if (operation.body().path("required").size() > 0) {
            notThisJson.add("{}");
        }
        if (operation.body().has("properties")) {
            // An array for a described object; a free-form body (any JSON the service checks itself) may be one.
            notThisJson.add("[]");
            notThisJson.add("[{}]");
            if (baseline instanceof ObjectNode object) {
                kind = "server-owned field";
                SERVER_OWNED.forEach((field, value) -> {
                    if (!operation.body().path("properties").has(field)) {
                        attempts.add(variant(object.deepCopy().set(field, value), "server-owned field " + field));
                    }
                });
            }
        }
        if (operation.bodyRequired()) {
            notThisJson.add("");
            notThisJson.add("null");
        }
        kind = "not this JSON";
        for (String body : notThisJson) {
            attempts.add(plausible().body(JSON, body).build("body " + abbreviate(body.isEmpty() ? "(empty)" : body), REFUSAL));
        }
        trailingContent(plausibleBody);
        kind = "not this JSON";
        byte[] invalidUtf8 = { '{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, (byte) 0xc3, '"', '}' };
        attempts.add(plausible().body(JSON, invalidUtf8).build("body not UTF-8", REFUSAL));
        kind = "nested too deep";
        attempts.add(plausible().body(JSON, "[".repeat(20_000) + "]".repeat(20_000)).build("arrays nested 20000 deep", REFUSAL));
        attempts.add(plausible().body(JSON, "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)).build("objects nested 20000 deep", REFUSAL));
        if (baseline instanceof ObjectNode object && object.size() > 0) {
            String first = object.fieldNames().next();
            ObjectNode deep = object.deepCopy();
            String nested = "[".repeat(5_000) + "]".repeat(5_000);
            deep.put(first, "@@NESTED@@");
            String text = new String(write(deep), StandardCharsets.UTF_8);
            attempts.add(plausible().body(JSON, text.replace("\"@@NESTED@@\"", nested))
                    .build("field " + first + " nested 5000 deep", REFUSAL));
            kind = "too large";
            ObjectNode huge = object.deepCopy();
            huge.put(UNKNOWN_FIELD, "x".repeat(2 * ONE_MEGABYTE));
            attempts.add(plausible().body(JSON, write(huge)).build("body of 2 MB", REFUSAL));
        }
    }

    /** Content after the body's JSON value: it must not be read as the value and the rest ignored. */
    private void trailingContent(byte[] plausibleBody) {
        kind = "trailing content";
        String body = new String(plausibleBody, StandardCharsets.UTF_8);
        char closing = body.endsWith("]") ? ']' : '}';
        attempts.add(plausible().body(JSON, body + "xyz").build("body followed by xyz", REFUSAL));
        attempts.add(plausible().body(JSON, body + closing + closing).build("body followed by " + closing + closing, REFUSAL));
        attempts.add(plausible().body(JSON, body + body).build("two bodies back to back", REFUSAL));
        attempts.add(plausible().body(JSON, body + "\n" + body).build("two bodies on two lines", REFUSAL));
    }

    /** A key twice in the same object, at the top and in the first nested object: which one would count? */
    private void duplicateKeys() {
        kind = "duplicate key";
        duplicateKey(baseline, JsonPointer.empty());
        nestedObject(baseline, JsonPointer.empty(), 0).ifPresent(at -> duplicateKey(baseline.at(at), at));
    }

    private void duplicateKey(JsonNode object, JsonPointer at) {
        if (!(object instanceof ObjectNode found) || found.isEmpty()) {
            return;
        }
        String key = found.fieldNames().next();
        String marker = "fuzzDuplicateMarker";
        JsonNode copy = baseline.deepCopy();
        ObjectNode target = (ObjectNode) copy.at(at);
        target.set(marker, found.get(key).deepCopy());
        String text = new String(write(copy), StandardCharsets.UTF_8).replace("\"" + marker + "\"", json.getNodeFactory().textNode(key).toString());
        attempts.add(plausible().body(JSON, text).build("key " + show(at.appendProperty(key)) + " twice", REFUSAL));
    }

    /** Where the first object inside the body is (in a field, or the first item of an array field). */
    private static java.util.Optional<JsonPointer> nestedObject(JsonNode node, JsonPointer at, int depth) {
        if (depth > 0 && node instanceof ObjectNode object && !object.isEmpty()) {
            return java.util.Optional.of(at);
        }
        if (node instanceof ObjectNode object) {
            for (java.util.Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                java.util.Optional<JsonPointer> found = nestedObject(field.getValue(), at.appendProperty(field.getKey()), depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node instanceof ArrayNode array && array.size() > 0) {
            return nestedObject(array.get(0), at.appendIndex(0), depth + 1);
        }
        return java.util.Optional.empty();
    }

    // --- one field at a time: missing, null, wrong type, unknown code, broken UUID or date, too long, injection

    private void fields(JsonNode value, JsonNode schema, JsonPointer at, JsonNode parentSchema, String name) {
        if (name != null) {
            field(value, schema, at, Schemas.isRequired(parentSchema, name));
        }
        if (value instanceof ObjectNode object) {
            kind = "unknown field";
            attempts.add(variant(at.appendProperty(UNKNOWN_FIELD), NODES.textNode("x"), "unknown field " + show(at.appendProperty(UNKNOWN_FIELD))));
            Set<String> names = new HashSet<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String field : names) {
                JsonNode fieldSchema = schema == null ? null : schema.path("properties").get(field);
                fields(object.get(field), fieldSchema, at.appendProperty(field), schema, field);
            }
        } else if (value instanceof ArrayNode array && array.size() > 0) {
            JsonNode items = schema == null ? null : schema.get("items");
            fields(array.get(0), items, at.appendIndex(0), null, null);
            if (items == null || !items.path("nullable").asBoolean(false)) {
                kind = "null in array";
                attempts.add(variant(at.appendIndex(0), NODES.nullNode(), show(at) + " holds null"));
            }
        }
    }

    private void field(JsonNode value, JsonNode schema, JsonPointer at, boolean required) {
        String where = show(at);
        kind = "missing or null";
        if (required) {
            attempts.add(removed(at, "required " + where + " missing"));
            attempts.add(variant(at, NODES.nullNode(), "required " + where + " null"));
        }
        if (schema == null) {
            return;
        }
        String type = Schemas.type(schema);
        kind = "wrong type";
        List<JsonNode> wrong = switch (type) {
            case "string" -> List.of(NODES.numberNode(12345), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode());
            case "integer" -> List.of(NODES.textNode("abc"), NODES.textNode("12"), NODES.numberNode(1.5), NODES.booleanNode(true),
                    NODES.objectNode(), NODES.arrayNode());
            case "number" -> List.of(NODES.textNode("abc"), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode());
            case "boolean" -> List.of(NODES.textNode("maybe"), NODES.textNode("true"), NODES.numberNode(1), NODES.objectNode(),
                    NODES.arrayNode());
            case "array" -> List.of(NODES.textNode("x"), NODES.objectNode(), NODES.numberNode(42));
            case "object" -> List.of(NODES.textNode("x"), NODES.arrayNode(), NODES.numberNode(42));
            default -> List.of();
        };
        for (JsonNode wrongValue : wrong) {
            attempts.add(variant(at, wrongValue, where + " of the wrong type: " + abbreviate(wrongValue.toString())));
        }
        if (schema.has(REGISTER)) {
            kind = "unknown code";
            attempts.add(variantBuilder(at, NODES.textNode(UNKNOWN_CODE)).status(422).naming(lastName(where))
                    .build(where + " = an unknown " + schema.get(REGISTER).asText() + " " + UNKNOWN_CODE, REFUSAL));
        }
        kind = "bad text";
        if (Schemas.isConstrainedText(schema)) {
            for (JsonNode broken : constrainedTextValues(schema)) {
                attempts.add(variant(at, broken, where + " = " + abbreviate(broken.toString())));
            }
            if (required) {
                attempts.add(variant(at, NODES.textNode(""), where + " empty"));
            }
            for (String hostile : HOSTILE_TEXT) {
                attempts.add(variant(at, NODES.textNode(hostile), where + " = " + abbreviate(hostile)));
            }
        }
        if (type.equals("string")) {
            kind = "too large";
            attempts.add(variant(at, NODES.textNode("x".repeat(ONE_MEGABYTE)), where + " of 1 MB"));
            kind = "bad text";
            attempts.add(variant(at, NODES.textNode("a\u0000b"), where + " with a NUL character"));
            if (schema.has("maxLength")) {
                attempts.add(variant(at, NODES.textNode("x".repeat(schema.get("maxLength").asInt() + 1)), where + " one longer than maxLength"));
            }
        }
        if (type.equals("integer") || type.equals("number")) {
            kind = "number out of range";
            attempts.add(variant(at, NODES.numberNode(new BigDecimal("1e400")), where + " = 1e400"));
            if (type.equals("integer")) {
                attempts.add(variant(at, NODES.numberNode(new BigDecimal("9223372036854775808")), where + " above 2^63"));
                if ("int32".equals(Schemas.format(schema))) {
                    attempts.add(variant(at, NODES.numberNode(new BigDecimal("2147483648")), where + " above 2^31 (int32)"));
                }
            }
            if (schema.has("minimum")) {
                attempts.add(variant(at, NODES.numberNode(new BigDecimal(schema.get("minimum").asText()).subtract(BigDecimal.ONE)),
                        where + " below its minimum"));
            }
            if (schema.has("maximum")) {
                attempts.add(variant(at, NODES.numberNode(new BigDecimal(schema.get("maximum").asText()).add(BigDecimal.ONE)),
                        where + " above its maximum"));
            }
        }
        kind = "array size";
        if (type.equals("array") && value instanceof ArrayNode array && array.size() > 0) {
            if (schema.path("minItems").asInt(0) > 0) {
                attempts.add(variant(at, NODES.arrayNode(), where + " empty"));
            }
            if (schema.has("maxItems")) {
                tooMany(array.get(0), schema.get("items"), schema.get("maxItems").asInt() + 1)
                        .ifPresent(tooMany -> attempts.add(variant(at, tooMany, where + " with more than maxItems")));
            }
        }
    }

    /**
     * {@code count} different items like {@code example}, so that a set cannot fold them into
     * fewer: distinct codes of an enum (none if it has too few), numbered copies of text.
     */
    private static java.util.Optional<ArrayNode> tooMany(JsonNode example, JsonNode items, int count) {
        ArrayNode array = NODES.arrayNode();
        if (Schemas.isEnum(items)) {
            if (items.get("enum").size() < count) {
                return java.util.Optional.empty();
            }
            items.get("enum").forEach(code -> {
                if (array.size() < count) {
                    array.add(code);
                }
            });
            return java.util.Optional.of(array);
        }
        for (int i = 0; i < count; i++) {
            if (example.isTextual() && !"uuid".equals(Schemas.format(items))) {
                array.add(example.asText() + "-" + i);
            } else if (example.isTextual()) {
                array.add(UUID.randomUUID().toString());
            } else {
                array.add(example.deepCopy());
            }
        }
        return java.util.Optional.of(array);
    }

    /** Values a UUID, date, date-time, code or patterned field must refuse. */
    private static List<JsonNode> constrainedTextValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        if (Schemas.isEnum(schema)) {
            values.add("no-such-code");
            values.add(schema.get("enum").get(0).asText().toUpperCase(Locale.ROOT).replace('-', '_') + "_X");
        }
        switch (Schemas.format(schema)) {
            case "uuid" -> values.addAll(List.of("not-a-uuid", "123", "00000000-0000-0000-0000-00000000000g",
                    "{" + UUID.randomUUID() + "}"));
            case "date" -> values.addAll(List.of("2026-02-30", "30/01/2026", "yesterday", "2026-1-1", "+999999999-12-31", "2026-01-01T00:00:00Z"));
            case "date-time" -> values.addAll(List.of("2026-13-01T00:00:00Z", "not-a-time", "2026-01-01", "2026-01-01T25:00:00Z"));
            case "email" -> values.add("not an email");
            default -> {
                if (Schemas.hasPattern(schema)) {
                    values.add("does not match");
                }
            }
        }
        return values.stream().map(value -> (JsonNode) NODES.textNode(value)).toList();
    }

    // --- building variants

    private Attempt variant(JsonNode replacement, String flaw) {
        return plausible().body(JSON, write(replacement)).build(flaw, REFUSAL);
    }

    private Attempt variant(JsonPointer at, JsonNode value, String flaw) {
        return variantBuilder(at, value).build(flaw, REFUSAL);
    }

    private Attempt.Builder variantBuilder(JsonPointer at, JsonNode value) {
        if (at.matches()) {
            return plausible().body(JSON, write(value));
        }
        JsonNode copy = baseline.deepCopy();
        JsonNode parent = copy.at(at.head());
        String last = at.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), value);
        }
        return plausible().body(JSON, write(copy));
    }

    /** {@code recipient.agency} → {@code agency}; {@code recipientAgencies[0]} → {@code recipientAgencies}. */
    private static String lastName(String shown) {
        String name = shown.replace("[0]", "");
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private Attempt removed(JsonPointer at, String flaw) {
        JsonNode copy = baseline.deepCopy();
        JsonNode parent = copy.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.remove(at.last().getMatchingProperty());
        }
        return variant(copy, flaw);
    }

    private byte[] write(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String show(JsonPointer at) {
        String pointer = at.toString();
        return pointer.isEmpty() ? "body" : pointer.substring(1).replace("/0", "[0]").replace('/', '.');
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
    }
}
