package org.earlyhelp.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The suite's one OpenAPI document, as a partner sees the suite through the gateway: the four services' committed
 * documents merged (paths, components, tags). The gateway serves it at {@code /q/openapi}; it is committed at
 * {@link #COMMITTED} and must be the merge of the committed service documents. Two documents may both define a path
 * or a component (the platform's {@code /api/agencies}, {@code Problem}) only when they define it alike; a name two
 * services use for different things is an error to fix in the services (a distinct {@code @Schema(name)}).
 */
final class SuiteDocument {

    static final String COMMITTED = "gateway/src/main/resources/META-INF/openapi.yaml";
    static final String REGENERATE = "./mvnw -B -ntp verify -pl openapi-lint -am -Dtest=SuiteDocumentTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dearlyhelp.openapi.write=true";

    /** Every string quoted: the gateway's reader (Jackson, YAML 1.1) would take {@code 13:45:30} for a number. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    private final Map<String, Object> merged = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    /** Merges the committed documents of these modules, in this order. */
    static SuiteDocument of(Path root, List<String> modules) {
        SuiteDocument suite = new SuiteDocument();
        for (String module : modules) {
            suite.add(module, read(root.resolve(module).resolve("src/main/openapi/openapi.yaml")));
        }
        return suite;
    }

    List<String> conflicts() {
        return conflicts;
    }

    String yaml() {
        try {
            return YAML.writeValueAsString(merged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private void add(String module, Map<String, Object> document) {
        if (merged.isEmpty()) {
            merged.put("openapi", document.get("openapi"));
            merged.put("info", info((Map<String, Object>) document.get("info")));
            merged.put("servers", document.get("servers"));
            merged.put("tags", new ArrayList<>());
            merged.put("paths", new TreeMap<String, Object>());
            merged.put("components", new LinkedHashMap<String, Object>());
        }
        List<Map<String, Object>> tags = (List<Map<String, Object>>) merged.get("tags");
        for (Map<String, Object> tag : (List<Map<String, Object>>) document.getOrDefault("tags", List.of())) {
            if (tags.stream().noneMatch(known -> known.get("name").equals(tag.get("name")))) {
                tags.add(tag);
            }
        }
        tags.sort(java.util.Comparator.comparing(tag -> (String) tag.get("name")));
        join(module, "paths", (Map<String, Object>) merged.get("paths"), (Map<String, Object>) document.get("paths"));
        Map<String, Object> components = (Map<String, Object>) merged.get("components");
        ((Map<String, Object>) document.getOrDefault("components", Map.of())).forEach((section, entries) -> join(module,
                "components." + section, (Map<String, Object>) components.computeIfAbsent(section, key -> new TreeMap<>()),
                (Map<String, Object>) entries));
    }

    private void join(String module, String where, Map<String, Object> into, Map<String, Object> from) {
        from.forEach((name, value) -> {
            Object known = into.putIfAbsent(name, value);
            if (known != null && !Objects.equals(known, value)) {
                conflicts.add(where + "." + name + ": " + module + " defines it otherwise than a service before it");
            }
        });
    }

    /** The suite's own title and description, with the first service's contact and licence. */
    private static Map<String, Object> info(Map<String, Object> first) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "Early Help Hub");
        info.put("version", "1");
        info.put("description", """
                Every API of the suite as a partner reaches it through the gateway: referrals and the hub's triage, \
                cases and the team around the family, consent and sharing decisions, the directory of partner \
                services (Open Referral UK 3.0 under /oruk), each service's event feed and audit trail. Each service \
                also serves its own document under /openapi/<service>. Errors are application/problem+json; each \
                problem type is described at its type URI (/problems/<kind>).""");
        info.put("contact", first.get("contact"));
        info.put("license", first.get("license"));
        return info;
    }

    /** Scalars as YAML 1.2 reads them: {@code 13:45:30} is text (YAML 1.1 would read a sexagesimal number). */
    private static Map<String, Object> read(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                new CoreSchema());
        try (var reader = Files.newBufferedReader(file)) {
            return yaml.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML 1.2's core schema: null, true/false, and plain decimal numbers; everything else is a string. */
    private static final class CoreSchema extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?[0-9]+$"), "-+0123456789");
            addImplicitResolver(Tag.FLOAT, Pattern.compile("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
                    "-+0123456789.");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL| )$"), "~nN\0");
            addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
        }
    }

    static String committed(Path root) {
        try {
            Path file = root.resolve(COMMITTED);
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void commit(Path root, String yaml) {
        try {
            Files.createDirectories(root.resolve(COMMITTED).getParent());
            Files.writeString(root.resolve(COMMITTED), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
