package org.earlyhelp.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.earlyhelp.platform.http.ProblemKind;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What every service's OpenAPI document says the same way, written once here rather than on each
 * operation (decision 0041). Runs at build time, so the document a build stores (and the one each
 * service commits) already holds it:
 * <ul>
 * <li>every error an operation can answer, as a problem ({@link ProblemKind}) with its schema: 400, 401/403 when
 * it needs a token, 404 when it names a record, 412/428 when it takes {@code If-Match} (then required), 413/415
 * when it takes a body, 422 for a reused {@code Idempotency-Key}, 429, 500 and 503;</li>
 * <li>the gateway's rate limit ({@code RateLimit}, {@code RateLimit-Policy}, and {@code Retry-After} on a 429 or
 * 503) on every response;</li>
 * <li>{@code Idempotency-Key} on every creating operation (those that answer 201: each is {@code @Idempotent});</li>
 * <li>the caller's roles in the operation's description, not as OAuth scopes (they are Keycloak realm roles);</li>
 * <li>bounds the values already have: a UUID is 36 characters, a date 10, an {@code int32} fits 32 bits;</li>
 * <li>{@code x-register} on every field that holds a code of a register ({@link RegisteredCodes}).</li>
 * </ul>
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiConventions implements OASFilter {

    static final String SCHEME = "keycloak";
    static final String PROBLEM = "Problem";
    static final String VIOLATION = "Violation";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IF_MATCH = "If-Match";
    private static final String NOT_BLANK = "\\S";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");
    /** Public operations: no token, no roles (the ORUK directory, the documents themselves). */
    private static final List<String> PUBLIC_PREFIXES = List.of("/oruk", "/openapi");

    private final Set<String> usedResponses = new TreeSet<>();
    private final RegisteredCodes registeredCodes;

    public ApiConventions() {
        this(null);
    }

    /** SmallRye passes the application's index to a filter that takes one: it tells which fields hold codes. */
    public ApiConventions(org.jboss.jandex.IndexView index) {
        this.registeredCodes = RegisteredCodes.in(index);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        security(openAPI, components);
        servers(openAPI);
        info(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> operation(path, method.name(), item, operation)));
        }
        components.addSchema(VIOLATION, violationSchema());
        components.addSchema(PROBLEM, problemSchema());
        headers(components);
        for (String status : usedResponses) {
            components.addResponse(responseName(status), problemResponse(status));
        }
        tags(openAPI);
        bounds(openAPI);
        registeredCodes.mark(openAPI);
        sortSchemas(components);
    }

    /**
     * Puts the schemas in name order. Build-stage filters run in no fixed order, and each adds schemas (this one
     * {@code Problem}, a service's its own), so without this the committed document's order would depend on which ran
     * last; every filter that adds a schema calls this at its end.
     */
    public static void sortSchemas(Components components) {
        if (components.getSchemas() != null) {
            components.setSchemas(new TreeMap<>(components.getSchemas()));
        }
    }

    // --- security: one OpenID Connect scheme, roles in words

    private static void security(OpenAPI openAPI, Components components) {
        Map<String, SecurityScheme> schemes = components.getSecuritySchemes();
        String url = null;
        if (schemes != null) {
            for (SecurityScheme scheme : schemes.values()) {
                url = scheme.getOpenIdConnectUrl() != null ? scheme.getOpenIdConnectUrl() : url;
            }
            new ArrayList<>(schemes.keySet()).forEach(components::removeSecurityScheme);
        }
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(url == null ? "https://sign-in.example/realms/early-help/.well-known/openid-configuration" : url)
                .description("An access token of the Keycloak realm `early-help` with audience `early-help-api`, sent as"
                        + " `Authorization: Bearer <token>`: a person's (authorization code) or a partner system's"
                        + " (client credentials). What a caller may do depends on its realm roles and its agency (the"
                        + " token's `organization` claim)."));
    }

    /** The API is reached through the gateway, whichever service answers: its address is the only server. */
    private static void servers(OpenAPI openAPI) {
        Server server = OASFactory.createServer().url("/")
                .description("The gateway of this deployment (production, or a local run of the suite): every service"
                        + " is reached under the same paths through it.");
        server.addExtension("x-internal", false);
        openAPI.setServers(new ArrayList<>(List.of(server)));
    }

    private static void info(OpenAPI openAPI) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        if (openAPI.getInfo().getDescription() == null) {
            openAPI.getInfo().setDescription("Part of Early Help Hub. Errors are RFC 9457 problems (`application/problem+json`),"
                    + " each with a `type` documented at the gateway's `/problems`; lists are paged; creations take an"
                    + " `Idempotency-Key`; changes to a record need the `If-Match` of the version read.");
        }
        if (openAPI.getInfo().getContact() == null) {
            openAPI.getInfo().setContact(OASFactory.createContact().name("The early help hub of the local authority"));
        }
        if (openAPI.getInfo().getLicense() == null) {
            openAPI.getInfo().setLicense(OASFactory.createLicense().name("Proprietary: for the hub's partner agencies only"));
        }
    }

    // --- one operation

    private void operation(String path, String method, PathItem item, Operation operation) {
        boolean isPublic = PUBLIC_PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
        List<String> roles = roles(operation);
        if (isPublic) {
            operation.setSecurity(new ArrayList<>());
        } else {
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, List.of()))));
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (method.equals("GET") && (responses.getAPIResponses() == null
                || responses.getAPIResponses().keySet().stream().noneMatch(status -> status.startsWith("2")))) {
            // A read that returns a bare Response: its answer is still a 200 with JSON.
            responses.addAPIResponse("200", OASFactory.createAPIResponse().description("The resource, as JSON")
                    .content(OASFactory.createContent().addMediaType("application/json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().addType(SchemaType.OBJECT)))));
        }
        boolean creates = responses.hasAPIResponse("201");
        boolean namesRecord = path.contains("{");
        boolean takesBody = METHODS_WITH_BODY.contains(method) && operation.getRequestBody() != null;

        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        boolean ifMatch = false;
        for (Parameter parameter : parameters) {
            if (parameter.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                ifMatch = true;
                parameter.setRequired(true);
                parameter.setSchema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(40).pattern("^(W/)?\"[0-9]+\"$"));
                if (parameter.getDescription() == null) {
                    parameter.setDescription("The `ETag` of the version the change was made against (412 when it is not the"
                            + " current one, 428 when missing).");
                }
            }
            describe(parameter);
            if (parameter.getIn() == Parameter.In.PATH && parameter.getSchema() != null && parameter.getSchema().getRef() == null
                    && parameter.getSchema().getMaxLength() == null && parameter.getSchema().getEnumeration() == null
                    && parameter.getSchema().getFormat() == null && parameter.getSchema().getType() != null
                    && parameter.getSchema().getType().contains(SchemaType.STRING)) {
                // A code in the path (a need, a context): no record is named by a longer one.
                parameter.getSchema().setMaxLength(200);
            }
        }
        if (creates && parameters.stream().noneMatch(parameter -> IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName()))) {
            parameters.add(OASFactory.createParameter().name(IDEMPOTENCY_KEY).in(Parameter.In.HEADER).required(false)
                    .description("Makes a retry safe: the same key and request from the same caller within a day returns the"
                            + " first answer (the same record) instead of creating another. 1 to 255 visible ASCII characters;"
                            + " reused for a different request it is a 422.")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING).minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]{1,255}$"))
                    .example("3f1c9a2e-7b4d-4e0a-9c55-2d8e6f1a0b7c"));
        }
        operation.setParameters(parameters.isEmpty() ? null : parameters);

        String summary = operation.getSummary();
        if (summary == null || summary.isBlank()) {
            operation.setSummary(words(operation.getOperationId()));
        }
        StringBuilder description = new StringBuilder(operation.getDescription() == null ? "" : operation.getDescription().strip());
        if (description.isEmpty()) {
            description.append(operation.getSummary().strip()).append('.');
        }
        description.append("\n\n").append(isPublic ? "Public: no token needed."
                : roles.isEmpty() ? "Needs a valid token (any role); what it shows depends on the caller's agency."
                        : "Needs a token with one of the roles: " + String.join(", ", roles) + ".");
        if (ifMatch) {
            description.append(" Needs `If-Match`.");
        }
        if (creates) {
            description.append(" Honours `Idempotency-Key`.");
        }
        operation.setDescription(description.toString());

        problem(responses, "400");
        if (!isPublic) {
            problem(responses, "401");
            problem(responses, "403");
        }
        if (namesRecord) {
            problem(responses, "404");
        }
        if (ifMatch) {
            problem(responses, "412");
            problem(responses, "428");
        }
        if (takesBody) {
            problem(responses, "413");
            problem(responses, "415");
        }
        if (creates) {
            problem(responses, "422");
        }
        problem(responses, "429");
        problem(responses, "500");
        problem(responses, "503");
        responses.getAPIResponses().forEach((status, response) -> response(status, response));
    }

    /** Roles the annotations scanned (@RolesAllowed), which SmallRye writes as scopes of the scheme. */
    private static List<String> roles(Operation operation) {
        Set<String> roles = new TreeSet<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                if (requirement.getSchemes() != null) {
                    requirement.getSchemes().values().forEach(scopes -> {
                        if (scopes != null) {
                            roles.addAll(scopes);
                        }
                    });
                }
            }
        }
        return List.copyOf(roles);
    }

    private static void describe(Parameter parameter) {
        if (parameter.getDescription() != null) {
            return;
        }
        String name = parameter.getName();
        String text = switch (name) {
            case "page" -> "Which page, from 0.";
            case "size" -> "How many items a page holds, at most 100.";
            case "id" -> "The record's id.";
            default -> name.endsWith("Id") ? "The id of the " + words(name.substring(0, name.length() - 2)).toLowerCase(Locale.ROOT) + "."
                    : "The " + words(name).toLowerCase(Locale.ROOT) + ".";
        };
        parameter.setDescription(text);
    }

    private void problem(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            usedResponses.add(status);
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + responseName(status)));
        } else if (existing.getRef() == null) {
            existing.setContent(problemContent(status));
        }
    }

    /** Every answer: schema-typed headers, and the rate limit on every 2xx and 4xx. */
    private static void response(String status, APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(status.startsWith("2") ? "Done" : ProblemKind.of(Integer.parseInt(status)).title());
        }
        Map<String, Header> headers = response.getHeaders() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(response.getHeaders());
        headers.replaceAll((name, header) -> header.getRef() != null || header.getSchema() != null ? header : typed(name, header));
        if (status.startsWith("2") || status.startsWith("4")) {
            headers.putIfAbsent("RateLimit", ref("RateLimit"));
            headers.putIfAbsent("RateLimit-Policy", ref("RateLimit-Policy"));
        }
        if (status.equals("429") || status.equals("503")) {
            headers.putIfAbsent("Retry-After", ref("Retry-After"));
        }
        headers.putIfAbsent("Access-Control-Allow-Origin", ref("Access-Control-Allow-Origin"));
        response.setHeaders(headers);
        if (status.startsWith("4") || status.startsWith("5")) {
            Content content = response.getContent();
            if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()
                    || content.hasMediaType("application/json")) {
                response.setContent(problemContent(status));
            }
        }
    }

    private static Header typed(String name, Header header) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.STRING);
        switch (name) {
            case "ETag" -> {
                schema.maxLength(22).pattern("^\"[0-9]+\"$");
                if (header.getDescription() == null) {
                    header.setDescription("The record's version, to send back as `If-Match` with a change.");
                }
            }
            case "Location" -> {
                schema.format("uri-reference").maxLength(2048);
                if (header.getDescription() == null) {
                    header.setDescription("Where the new record is read.");
                }
            }
            default -> schema.maxLength(1024);
        }
        return header.schema(schema);
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static void headers(Components components) {
        components.addHeader("RateLimit", OASFactory.createHeader()
                .description("Set by the gateway: what is left of the caller's quota for this service, and the seconds until"
                        + " it is whole again (IETF draft RateLimit header fields), e.g. `\"default\";r=598;t=1`.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(100)
                        .pattern("^\"[a-z]+\";r=[0-9]+;t=[0-9]+$"))
                .example("\"default\";r=598;t=1"));
        components.addHeader("RateLimit-Policy", OASFactory.createHeader()
                .description("Set by the gateway: the quota per caller (a signed-in user or partner system, else the client"
                        + " address) and service: `q` requests per `w` seconds; 600 a minute by default, 1200 for the"
                        + " directory.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(100)
                        .pattern("^\"[a-z]+\";q=[0-9]+;w=[0-9]+$"))
                .example("\"default\";q=600;w=60"));
        components.addHeader("Access-Control-Allow-Origin", OASFactory.createHeader()
                .description("Set by the gateway only when the request's `Origin` is one of the deployment's allowed web"
                        + " origins (CORS); never `*` for the API.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).format("uri").maxLength(2048))
                .example("https://early-help.example"));
        components.addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before trying again.")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ZERO)
                        .maximum(BigDecimal.valueOf(86_400)))
                .example(5));
    }

    // --- problems

    private static String responseName(String status) {
        ProblemKind kind = ProblemKind.of(Integer.parseInt(status));
        StringBuilder name = new StringBuilder();
        for (String word : kind.slug().split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static APIResponse problemResponse(String status) {
        ProblemKind kind = ProblemKind.of(Integer.parseInt(status));
        APIResponse response = OASFactory.createAPIResponse().description(kind.title() + ". " + kind.description())
                .content(problemContent(status));
        Map<String, Header> headers = new LinkedHashMap<>();
        if (status.startsWith("4")) {
            headers.put("RateLimit", ref("RateLimit"));
            headers.put("RateLimit-Policy", ref("RateLimit-Policy"));
        }
        if (status.equals("429") || status.equals("503")) {
            headers.put("Retry-After", ref("Retry-After"));
        }
        headers.put("Access-Control-Allow-Origin", ref("Access-Control-Allow-Origin"));
        response.setHeaders(headers);
        return response;
    }

    private static Content problemContent(String status) {
        ProblemKind kind = ProblemKind.of(Integer.parseInt(status));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", kind.type().toString());
        example.put("title", kind.title());
        example.put("status", kind.status());
        example.put("detail", kind.title());
        example.put("instance", "/api/referrals/7d3c8f0e-6a55-4f8e-9a2b-1f0c2d3e4f5a");
        example.put("requestId", "0b6f9c1e-5d2a-4e7b-8f3a-1c9d2e4b6a70");
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))
                .example(example);
        return OASFactory.createContent().addMediaType(PROBLEM_JSON, media);
    }

    private static Schema problemSchema() {
        Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem: the body of every error. `type` names the kind of problem (documented at the"
                        + " gateway's `/problems`), `violations` the fields a request got wrong.")
                .required(List.of("type", "title", "status"));
        schema.addProperty("type", text(200).format("uri-reference").description("The kind of problem, e.g. `/problems/validation`."));
        schema.addProperty("title", text(200).description("The kind's short title."));
        schema.addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)).description("The HTTP status."));
        schema.addProperty("detail", text(2000).description("What went wrong with this request, for a person."));
        schema.addProperty("instance", text(8192).format("uri-reference").description("The path of the request."));
        schema.addProperty("requestId", text(100).description("The `X-Request-Id` of the request: quote it to support."));
        schema.addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(1000)
                .items(OASFactory.createSchema().ref("#/components/schemas/" + VIOLATION))
                .description("Each field the request got wrong."));
        schema.addProperty("refusals", OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(1000)
                .items(OASFactory.createSchema().addType(SchemaType.OBJECT).additionalPropertiesBoolean(true).maxProperties(20))
                .description("With `/problems/sharing-refused`: each family member sharing was refused for, with the reasons."));
        return schema;
    }

    private static Schema violationSchema() {
        Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT).description("One field a request got wrong.")
                .required(List.of("field", "message"));
        schema.addProperty("field", text(1000).description("Where: a JSON path such as `children[0].dateOfBirth`, or a parameter's name."));
        schema.addProperty("message", text(1000).description("What is wrong with it."));
        return schema;
    }

    private static Schema text(int maxLength) {
        return OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength);
    }

    // --- tags and bounds

    private static void tags(OpenAPI openAPI) {
        Set<String> used = new TreeSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getTags() != null) {
                    used.addAll(operation.getTags());
                }
            }));
        }
        List<Tag> tags = openAPI.getTags() == null ? new ArrayList<>() : new ArrayList<>(openAPI.getTags());
        for (String name : used) {
            if (tags.stream().noneMatch(tag -> tag.getName().equals(name))) {
                tags.add(OASFactory.createTag().name(name));
            }
        }
        tags.forEach(tag -> {
            if (tag.getDescription() == null) {
                tag.setDescription(name(tag.getName()));
            }
        });
        tags.sort((a, b) -> a.getName().compareTo(b.getName()));
        openAPI.setTags(tags.isEmpty() ? null : tags);
    }

    private static String name(String tag) {
        return switch (tag) {
            case "Audit" -> "The audit trail of this service: who read or changed what, hash-chained";
            case "Events" -> "This service's event feed (CloudEvents), for the other services";
            default -> tag;
        };
    }

    /** Bounds a value's type or format already implies. */
    private static void bounds(OpenAPI openAPI) {
        Consumer<Schema> bound = ApiConventions::bound;
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(schema -> walk(schema, bound));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> walk(parameter.getSchema(), bound));
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().getMediaTypes() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> walk(media.getSchema(), bound));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                            response.getContent().getMediaTypes().values().forEach(media -> walk(media.getSchema(), bound));
                        }
                    });
                }
            }));
        }
    }

    private static void walk(Schema schema, Consumer<Schema> visit) {
        if (schema != null && schema.getRef() != null && schema.getRef().endsWith("/JsonNode")) {
            // Jackson's JsonNode is Iterable, which SmallRye reads as an array: it is any JSON value.
            schema.setType(null);
        }
        if (schema == null || schema.getRef() != null) {
            return;
        }
        visit.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> walk(property, visit));
        }
        walk(schema.getItems(), visit);
        walk(schema.getAdditionalPropertiesSchema(), visit);
        for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (list != null) {
                list.forEach(member -> walk(member, visit));
            }
        }
    }

    private static void bound(Schema schema) {
        List<SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(SchemaType.ARRAY) && schema.getEnumeration() != null && schema.getItems() != null
                && schema.getItems().getEnumeration() == null) {
            // The codes an array's items may take, not values of the array.
            schema.getItems().setEnumeration(schema.getEnumeration());
            schema.setEnumeration(null);
        }
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        // SmallRye writes @NotBlank as the unanchored pattern \S ("holds a non-space character"), which is right as it is.
        if (types.contains(SchemaType.STRING) && schema.getPattern() != null && !schema.getPattern().equals(NOT_BLANK)) {
            // Bean Validation's @Pattern matches the whole value; an OpenAPI pattern matches anywhere unless anchored.
            String pattern = schema.getPattern();
            if (!pattern.startsWith("^") || !pattern.endsWith("$")) {
                schema.setPattern("^(?:" + pattern + ")$");
            }
            if (schema.getMaxLength() == null) {
                PatternLength.of(pattern).ifPresent(schema::setMaxLength);
            }
        }
        if (types.contains(SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            switch (format) {
                case "uuid" -> schema.setMaxLength(36);
                case "date" -> schema.setMaxLength(10);
                case "date-time" -> schema.setMaxLength(35);
                case "duration" -> schema.setMaxLength(50);
                case "local-time", "time" -> schema.setMaxLength(18);
                default -> {
                }
            }
        }
        if (types.contains(SchemaType.INTEGER)) {
            if (format.isEmpty()) {
                schema.setFormat(format = "int32");
            }
            boolean int64 = format.equals("int64");
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int64 ? Long.MIN_VALUE : Integer.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int64 ? Long.MAX_VALUE : Integer.MAX_VALUE));
            }
        }
    }

    /** {@code submitReferral} → "Submit referral". */
    static String words(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return "Operation";
        }
        String spaced = identifier.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
