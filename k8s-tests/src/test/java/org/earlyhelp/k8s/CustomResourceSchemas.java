package org.earlyhelp.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The openAPIV3Schema of each CustomResourceDefinition under {@code crds/} (test resources), as
 * JSON schemas keyed by apiVersion and kind. Like {@code kubectl apply --validate=strict}, a field
 * the schema does not know is an error: every object schema that lists properties and does not
 * preserve unknown fields is closed ({@code additionalProperties: false}).
 */
final class CustomResourceSchemas {

    static final List<String> CRDS = List.of(
            "crds/postgresql.cnpg.io_clusters.yaml",
            "crds/postgresql.cnpg.io_scheduledbackups.yaml",
            "crds/postgresql.cnpg.io_poolers.yaml",
            "crds/barmancloud.cnpg.io_objectstores.yaml",
            "crds/monitoring.coreos.com_podmonitors.yaml",
            "crds/keycloaks.k8s.keycloak.org.yaml",
            "crds/keycloakrealmimports.k8s.keycloak.org.yaml");

    /** OpenAPI and Kubernetes keywords that annotate rather than validate (their meaning is applied below or by the API server). */
    private static final List<String> ANNOTATIONS = List.of("nullable", "x-kubernetes-preserve-unknown-fields",
            "x-kubernetes-int-or-string", "x-kubernetes-validations", "x-kubernetes-list-type",
            "x-kubernetes-list-map-keys", "x-kubernetes-map-type", "x-kubernetes-embedded-resource");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonSchema> schemas = new HashMap<>();

    CustomResourceSchemas() {
        JsonMetaSchema openApi = JsonMetaSchema.builder(JsonMetaSchema.getV4())
                .keywords(ANNOTATIONS.stream().map(NonValidationKeyword::new).toList())
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder.metaSchema(openApi));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
        for (String crd : CRDS) {
            JsonNode definition = load(crd);
            String group = definition.path("spec").path("group").asText();
            String kind = definition.path("spec").path("names").path("kind").asText();
            for (JsonNode version : definition.path("spec").path("versions")) {
                ObjectNode schema = (ObjectNode) version.path("schema").path("openAPIV3Schema").deepCopy();
                close(schema);
                schemas.put(key(group + "/" + version.path("name").asText(), kind), factory.getSchema(schema, config));
            }
        }
    }

    Optional<JsonSchema> forObject(String apiVersion, String kind) {
        return Optional.ofNullable(schemas.get(key(apiVersion, kind)));
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }

    /** Closes every object schema with listed properties, the way the API server prunes or (strict) refuses unknown fields. */
    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            boolean preserves = object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (object.has("properties") && !object.has("additionalProperties") && !preserves) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                close(children.next());
            }
        } else if (schema != null && schema.isArray()) {
            schema.forEach(CustomResourceSchemas::close);
        }
    }

    /** SnakeYAML rather than Jackson: CRD files may use anchors and aliases. */
    private static JsonNode load(String resource) {
        try (InputStream in = CustomResourceSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return JSON.valueToTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
