package org.earlyhelp.k8s;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The objects of one rendered kustomization, as {@code kubectl kustomize} prints them. Rendering
 * needs kubectl on the PATH; where it is missing the calling test is skipped with a message that
 * says so (an assumption, never a silent pass).
 */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<Path, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static volatile Boolean kubectl;

    private final List<JsonNode> objects;

    private Manifests(List<JsonNode> objects) {
        this.objects = List.copyOf(objects);
    }

    /** The repository checkout this module sits in. */
    static Path root() {
        Path module = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(module.resolve("k8s")) ? module : module.getParent();
        if (!Files.isDirectory(root.resolve("k8s"))) {
            throw new IllegalStateException("No k8s/ folder beside " + module);
        }
        return root;
    }

    /** {@code k8s/overlays/<name>} rendered (once per test run). */
    static Manifests overlay(String name) {
        return render(root().resolve("k8s/overlays").resolve(name));
    }

    /** Any kustomization folder rendered; a kustomization kubectl refuses is an {@link IllegalArgumentException} naming why. */
    static Manifests render(Path kustomization) {
        assumeKubectl();
        return RENDERED.computeIfAbsent(kustomization.toAbsolutePath().normalize(), Manifests::kustomize);
    }

    /**
     * Skips the calling test, saying why, where kubectl is not on the PATH; in CI (CI=true) fails
     * it instead, so the manifests are never left unchecked there.
     */
    static void assumeKubectl() {
        String why = "kubectl is not on the PATH: the Kubernetes manifests were NOT rendered or "
                + "validated on this machine. Install kubectl (it brings kustomize) to run these checks.";
        if (!kubectlAvailable() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(why + " (CI=true: failing rather than skipping)");
        }
        assumeTrue(kubectlAvailable(), why);
    }

    /** The objects of a multi-document YAML text, e.g. a hand-written manifest. */
    static Manifests parse(String yaml) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            List<JsonNode> objects = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    objects.add(document);
                }
            }
            return new Manifests(objects);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not YAML: " + e.getMessage(), e);
        }
    }

    List<JsonNode> all() {
        return objects;
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(object -> name.equals(nameOf(object))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("No " + kind + " named " + name));
    }

    static String nameOf(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText("?") + "/" + nameOf(object);
    }

    private static Manifests kustomize(Path folder) {
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder("kubectl", "kustomize", folder.toString())
                        .redirectError(err.toFile()).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + folder + " did not finish");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalArgumentException("kubectl kustomize " + folder + " failed: " + Files.readString(err).strip());
                }
                return parse(out);
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean kubectlAvailable() {
        if (kubectl == null) {
            try {
                Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                kubectl = process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
            } catch (IOException e) {
                kubectl = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kubectl = false;
            }
        }
        return kubectl;
    }
}
