package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Production runs every image by digest, as the release build wrote them (PinImages), and the
 * Kubernetes version the manifests need is the one k8s/README.md states.
 */
class ImagesTest {

    private static final Pattern BY_DIGEST = Pattern.compile("[^@\\s]+:[^@:/\\s]+@sha256:[0-9a-f]{64}");

    @Test
    void everyImageOfTheProductionOverlayRunsByDigest() {
        List<String> images = images(Manifests.overlay("prod"));

        assertThat(images).hasSize(Suite.ALL.size() + 1 + 5).allSatisfy(image -> assertThat(image).as("image").matches(BY_DIGEST));
    }

    @Test
    void aBareTagFailsTheCheck() {
        assertThat("ghcr.io/early-help-hub/gateway:0.1.0").doesNotMatch(BY_DIGEST);
        assertThat("ghcr.io/early-help-hub/gateway:0.1.0@sha256:" + "a".repeat(64)).matches(BY_DIGEST);
    }

    @Test
    void theCommittedPinsAreWhatPinImagesWritesAndEveryImageOfTheSuiteIsPinned() throws IOException {
        Path root = Manifests.root();
        String committed = Files.readString(root.resolve(PinImages.FILE));
        Map<String, String> digests = PinImages.digestsIn(committed);

        assertThat(committed).isEqualTo(PinImages.render(PinImages.pins(Path.of("/nonexistent"), PinImages.tags(root), digests)));
        assertThat(digests.keySet()).containsExactlyInAnyOrderElementsOf(imageNames(Manifests.overlay("dev")));
    }

    @Test
    void pinImagesTakesTheDigestAJibPushWrote(@TempDir Path root) throws IOException {
        String pushed = "sha256:" + "b".repeat(64);
        Files.createDirectories(root.resolve("gateway/target"));
        Files.writeString(root.resolve("gateway/target/jib-image.digest"), pushed + "\n");
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("gateway", "0.1.0");
        tags.put("keycloak", "26.7.3");

        String file = PinImages.render(PinImages.pins(root, tags, Map.of()));

        assertThat(PinImages.digestsIn(file)).containsEntry("ghcr.io/early-help-hub/gateway", pushed)
                .containsEntry("ghcr.io/early-help-hub/keycloak", PinImages.placeholderOf("ghcr.io/early-help-hub/keycloak"));
        assertThat(file).contains("PLACEHOLDER digests").contains("#   ghcr.io/early-help-hub/keycloak")
                .doesNotContain("#   ghcr.io/early-help-hub/gateway");
    }

    @Test
    void keycloaksImageIsBuiltOnceFromTheReleaseTheBuildTestsTheRealmAgainst() throws IOException {
        Path root = Manifests.root();
        String version = Suite.keycloakVersion(root);
        String containerfile = Files.readString(root.resolve("k8s/keycloak/Containerfile"));

        assertThat(containerfile).contains("FROM quay.io/keycloak/keycloak:" + version + " AS builder")
                .contains("RUN /opt/keycloak/bin/kc.sh build").contains("KC_DB=postgres");
        for (String overlay : Suite.OVERLAYS) {
            JsonNode keycloak = Manifests.overlay(overlay).get("Keycloak", "keycloak").path("spec");
            assertThat(keycloak.path("image").asText()).startsWith("ghcr.io/early-help-hub/keycloak:" + version);
            assertThat(keycloak.path("startOptimized").asBoolean()).as("no build at start").isTrue();
        }
    }

    /** Kubernetes fields and kinds the manifests use, with the release that made them usable (on by default). */
    static final Map<String, String> NEEDS = Map.of(
            "lifecycle.preStop.sleep", "1.30",
            "pod-security.kubernetes.io/enforce", "1.25",
            "autoscaling/v2 HorizontalPodAutoscaler", "1.23",
            "policy/v1 PodDisruptionBudget", "1.21",
            "networking.k8s.io/v1 Ingress ingressClassName", "1.19");

    @Test
    void theKubernetesVersionTheReadmeStatesIsTheOneTheRenderedFieldsNeed() throws IOException {
        String readme = Files.readString(Manifests.root().resolve("k8s/README.md"));
        Matcher stated = Pattern.compile("Kubernetes (\\d+\\.\\d+) or newer").matcher(readme);
        assertThat(stated.find()).as("k8s/README.md states 'Kubernetes X.Y or newer'").isTrue();

        String needed = "1.0";
        for (String overlay : Suite.OVERLAYS) {
            Manifests manifests = Manifests.overlay(overlay);
            String rendered = manifests.all().toString();
            for (Map.Entry<String, String> need : NEEDS.entrySet()) {
                if (uses(manifests, rendered, need.getKey()) && compare(need.getValue(), needed) > 0) {
                    needed = need.getValue();
                }
            }
        }
        assertThat(stated.group(1)).as("stated Kubernetes version").isEqualTo(needed);
        assertThat(Manifests.overlay("prod").ofKind("Namespace").get(0).path("metadata").path("labels")
                .path("pod-security.kubernetes.io/enforce-version").asText()).isEqualTo("v" + needed);
    }

    private static boolean uses(Manifests manifests, String rendered, String need) {
        return switch (need) {
            case "lifecycle.preStop.sleep" -> manifests.ofKind("Deployment").stream()
                    .anyMatch(d -> !d.findPath("preStop").path("sleep").isMissingNode());
            case "pod-security.kubernetes.io/enforce" -> rendered.contains(need);
            case "autoscaling/v2 HorizontalPodAutoscaler" -> !manifests.ofKind("HorizontalPodAutoscaler").isEmpty();
            case "policy/v1 PodDisruptionBudget" -> !manifests.ofKind("PodDisruptionBudget").isEmpty();
            default -> !manifests.ofKind("Ingress").isEmpty();
        };
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int major = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return major != 0 ? major : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }

    static List<String> images(Manifests manifests) {
        List<String> images = new ArrayList<>();
        manifests.ofKind("Deployment").forEach(d -> d.path("spec").path("template").path("spec").path("containers")
                .forEach(c -> images.add(c.path("image").asText())));
        manifests.ofKind("Keycloak").forEach(k -> images.add(k.path("spec").path("image").asText()));
        manifests.ofKind("Cluster").forEach(c -> images.add(c.path("spec").path("imageName").asText()));
        manifests.ofKind("Pooler").forEach(p -> p.path("spec").path("template").path("spec").path("containers").forEach(c -> {
            if (c.has("image")) {
                images.add(c.path("image").asText());
            }
        }));
        return images;
    }

    private static List<String> imageNames(Manifests manifests) {
        return images(manifests).stream().map(image -> image.replaceAll("@.*", "").replaceAll(":[^:/]+$", "")).distinct().toList();
    }
}
