package org.earlyhelp.directory.importing;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates JSON against the ORUK 3.0 schemas as JSON Schema draft 2020-12 with format
 * assertions on (a uuid must be a UUID, a uri a URI). The schemas carry annotation keywords of
 * their own (Frictionless data package metadata); they are declared here as annotations so
 * the validator neither fails on them nor warns about them.
 */
public final class OrukSchemas {

    /** One thing wrong with a document: where (a JSON path such as {@code $.contents[2].status}) and what. */
    public record Violation(String path, String message) {
    }

    private static final List<String> ANNOTATIONS = List.of("name", "path", "constraints", "core", "datapackage_metadata",
            "datapackage_type", "tabular_required", "example", "definitions");

    private final JsonSchemaFactory factory;
    private final String base;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private OrukSchemas(String base) {
        this.base = base;
        JsonMetaSchema oruk = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keywords(ANNOTATIONS.stream().map(NonValidationKeyword::new).toList())
                .build();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder.metaSchema(oruk));
    }

    /** The copies bundled with the service ({@code oruk-3.0/schema/} on the classpath). */
    public static OrukSchemas bundled() {
        return new OrukSchemas("classpath:oruk-3.0/schema/");
    }

    /** The schemas in a folder, e.g. the official ones in {@code shared/conformance/oruk-3.0/offline/schema}. */
    public static OrukSchemas in(Path folder) {
        String uri = folder.toAbsolutePath().normalize().toUri().toString();
        return new OrukSchemas(uri.endsWith("/") ? uri : uri + "/");
    }

    /**
     * Violations of {@code schemaFile} (e.g. {@code service.json}) by {@code document}, ordered by
     * path; {@code at} is the document's own path inside a larger one and prefixes every path.
     */
    public List<Violation> validate(String schemaFile, JsonNode document, String at) {
        JsonSchema schema = schemas.computeIfAbsent(schemaFile,
                file -> factory.getSchema(SchemaLocation.of(base + file), config));
        return schema.validate(document).stream()
                .map(message -> new Violation(at + message.getInstanceLocation().toString().substring(1), text(message)))
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
                .toList();
    }

    private static String text(ValidationMessage message) {
        String text = message.getMessage();
        String location = message.getInstanceLocation().toString();
        return text.startsWith(location + ": ") ? text.substring(location.length() + 2) : text;
    }
}
