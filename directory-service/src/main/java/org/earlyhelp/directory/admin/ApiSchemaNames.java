package org.earlyhelp.directory.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.earlyhelp.platform.openapi.ApiConventions;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The admin API's document in the {@code /api} convention ({@link ApiFieldNames}): where an {@code /api/directory}
 * operation answers an ORUK record ({@code OrukService}...), the document names a camelCase copy of it
 * ({@code DirectoryService}...). The ORUK documents themselves, {@code /oruk}, the export and the import body, keep
 * ORUK's names.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiSchemaNames implements OASFilter {

    private static final String REF = "#/components/schemas/";
    private static final String ORUK = "Oruk";
    private static final String API = "Directory";
    /** Operations whose bodies are ORUK documents by definition. */
    private static final List<String> ORUK_DOCUMENTS = List.of("/api/directory/export", "/api/directory/imports");
    private static final Pattern SNAKE = Pattern.compile("_([a-z0-9])");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null || openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/directory/") || ORUK_DOCUMENTS.contains(path)) {
                return;
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getResponses() == null) {
                    return;
                }
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    if (response.getContent() != null) {
                        for (MediaType media : response.getContent().getMediaTypes().values()) {
                            if (media.getSchema() != null) {
                                media.setSchema(camelCase(media.getSchema(), components));
                            }
                        }
                    }
                });
            });
        });
        ApiConventions.sortSchemas(components);
    }

    private Schema camelCase(Schema schema, Components components) {
        Schema copy = OASFactory.createSchema();
        schema.getAll().forEach((keyword, value) -> copy.set(keyword, switch (keyword) {
            case "properties" -> renamed((Map<?, ?>) value, components);
            case "required" -> ((List<?>) value).stream().map(name -> camelCase((String) name)).toList();
            case "$ref" -> ref((String) value, components);
            default -> copied(value, components);
        }));
        return copy;
    }

    private Map<String, Object> renamed(Map<?, ?> properties, Components components) {
        Map<String, Object> renamed = new LinkedHashMap<>();
        properties.forEach((name, value) -> renamed.put(camelCase((String) name), copied(value, components)));
        return renamed;
    }

    private Object copied(Object value, Components components) {
        if (value instanceof Schema schema) {
            return camelCase(schema, components);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(copied(element, components)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(key, copied(element, components)));
            return copy;
        }
        return value;
    }

    /** {@code OrukService} becomes {@code DirectoryService}, made once from the ORUK one. */
    private String ref(String ref, Components components) {
        if (!ref.startsWith(REF + ORUK)) {
            return ref;
        }
        String oruk = ref.substring(REF.length());
        String api = API + oruk.substring(ORUK.length());
        if (!components.getSchemas().containsKey(api)) {
            components.addSchema(api, OASFactory.createSchema()); // placeholder: a record may refer to itself
            components.addSchema(api, camelCase(components.getSchemas().get(oruk), components));
        }
        return REF + api;
    }

    static String camelCase(String name) {
        Matcher matcher = SNAKE.matcher(name);
        StringBuilder camel = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(camel, matcher.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        return matcher.appendTail(camel).toString();
    }
}
