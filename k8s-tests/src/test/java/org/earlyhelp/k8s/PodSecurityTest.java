package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The namespace enforces the "restricted" Pod Security Standard, and every pod template the
 * cluster will admit passes it: the Deployments', Keycloak's (the operator builds its StatefulSet
 * from the Keycloak's pod template and adds no security context of its own) and the realm-import
 * Job's (built from the same template, the container's command and mounts changed). The checks
 * are the restricted profile's (Kubernetes 1.30): no host namespaces, ports or paths, only the
 * allowed volume types, not privileged, no privilege escalation, every capability dropped (at
 * most NET_BIND_SERVICE added), non-root, a RuntimeDefault or Localhost seccomp profile.
 * CloudNativePG's instance and PgBouncer pods get restricted-compliant contexts from the operator
 * itself (its pod specs set non-root users, RuntimeDefault seccomp and drop every capability);
 * the manifests may only not undo that, which is checked too.
 */
class PodSecurityTest {

    static final List<String> OVERLAYS = Suite.OVERLAYS;

    private static final Set<String> ALLOWED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void theNamespaceEnforcesTheRestrictedStandard(String overlay) {
        JsonNode labels = Manifests.overlay(overlay).ofKind("Namespace").get(0).path("metadata").path("labels");

        assertThat(labels.path("pod-security.kubernetes.io/enforce").asText()).isEqualTo("restricted");
        assertThat(labels.path("pod-security.kubernetes.io/enforce-version").asText()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyPodTemplateTheClusterWillRunPassesTheRestrictedStandard(String overlay) {
        Map<String, JsonNode> templates = podTemplates(Manifests.overlay(overlay));

        assertThat(templates.keySet()).contains("Deployment/gateway", "Keycloak/keycloak (StatefulSet)",
                "KeycloakRealmImport/early-help (Job)");
        templates.forEach((name, spec) -> assertThat(violations(spec)).as(name).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void theOperatorsDatabasePodsAreNotLoosened(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            assertThat(cluster.path("spec").path("seccompProfile").path("type").asText("RuntimeDefault"))
                    .as(Manifests.describe(cluster)).isIn("RuntimeDefault", "Localhost");
            assertThat(cluster.path("spec").has("podSecurityContext")).isFalse();
            assertThat(cluster.path("spec").has("securityContext")).isFalse();
        }
        for (JsonNode pooler : manifests.ofKind("Pooler")) {
            JsonNode spec = pooler.path("spec").path("template").path("spec");
            assertThat(spec.has("securityContext")).as(Manifests.describe(pooler)).isFalse();
            spec.path("containers").forEach(container -> assertThat(container.has("securityContext")).isFalse());
        }
    }

    @Test
    void aTemplateMissingAnyRestrictedSettingIsCaught() {
        JsonNode spec = Manifests.YAML.valueToTree(Map.of("containers", List.of(Map.of("name", "x", "image", "x:1"))));

        assertThat(violations(spec)).contains("pod or container x: runAsNonRoot is not true",
                "container x: allowPrivilegeEscalation is not false", "container x: capabilities.drop lacks ALL",
                "pod or container x: no RuntimeDefault/Localhost seccomp profile");
    }

    /** Every pod template of the overlay, by a name saying what makes the pods, as the cluster will get it. */
    static Map<String, JsonNode> podTemplates(Manifests manifests) {
        Map<String, JsonNode> templates = new LinkedHashMap<>();
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            templates.put(Manifests.describe(deployment), deployment.path("spec").path("template").path("spec"));
        }
        for (JsonNode keycloak : manifests.ofKind("Keycloak")) {
            JsonNode spec = keycloak.path("spec").path("unsupported").path("podTemplate").path("spec");
            templates.put(Manifests.describe(keycloak) + " (StatefulSet)", spec);
            for (JsonNode realmImport : manifests.ofKind("KeycloakRealmImport")) {
                // The Job's pod: the same template, its first container's command and mounts changed.
                ObjectNode job = spec.deepCopy();
                templates.put(Manifests.describe(realmImport) + " (Job)", job);
            }
        }
        return templates;
    }

    /** What the restricted profile refuses in a pod spec; empty when it passes. */
    static List<String> violations(JsonNode spec) {
        List<String> violations = new ArrayList<>();
        for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (spec.path(host).asBoolean(false)) {
                violations.add("pod: " + host);
            }
        }
        for (JsonNode volume : spec.path("volumes")) {
            volume.fieldNames().forEachRemaining(field -> {
                if (!field.equals("name") && !ALLOWED_VOLUMES.contains(field)) {
                    violations.add("volume " + volume.path("name").asText() + ": type " + field);
                }
            });
        }
        JsonNode pod = spec.path("securityContext");
        boolean podNonRoot = pod.path("runAsNonRoot").asBoolean(false);
        boolean podSeccomp = goodSeccomp(pod.path("seccompProfile"));
        if (pod.path("runAsUser").asInt(1) == 0) {
            violations.add("pod: runAsUser 0");
        }
        if (pod.has("seccompProfile") && !podSeccomp) {
            violations.add("pod: seccompProfile " + pod.path("seccompProfile").path("type").asText());
        }
        List<JsonNode> containers = new ArrayList<>();
        spec.path("initContainers").forEach(containers::add);
        spec.path("containers").forEach(containers::add);
        spec.path("ephemeralContainers").forEach(containers::add);
        for (JsonNode container : containers) {
            String name = container.path("name").asText();
            JsonNode context = container.path("securityContext");
            if (context.path("privileged").asBoolean(false)) {
                violations.add("container " + name + ": privileged");
            }
            if (context.path("allowPrivilegeEscalation").asBoolean(true)) {
                violations.add("container " + name + ": allowPrivilegeEscalation is not false");
            }
            List<String> drop = new ArrayList<>();
            context.path("capabilities").path("drop").forEach(cap -> drop.add(cap.asText()));
            if (!drop.contains("ALL")) {
                violations.add("container " + name + ": capabilities.drop lacks ALL");
            }
            context.path("capabilities").path("add").forEach(cap -> {
                if (!cap.asText().equals("NET_BIND_SERVICE")) {
                    violations.add("container " + name + ": adds capability " + cap.asText());
                }
            });
            if (!(context.has("runAsNonRoot") ? context.path("runAsNonRoot").asBoolean() : podNonRoot)) {
                violations.add("pod or container " + name + ": runAsNonRoot is not true");
            }
            if (context.path("runAsUser").asInt(1) == 0) {
                violations.add("container " + name + ": runAsUser 0");
            }
            if (!(context.has("seccompProfile") ? goodSeccomp(context.path("seccompProfile")) : podSeccomp)) {
                violations.add("pod or container " + name + ": no RuntimeDefault/Localhost seccomp profile");
            }
            if (context.has("procMount") && !context.path("procMount").asText().equals("Default")) {
                violations.add("container " + name + ": procMount " + context.path("procMount").asText());
            }
            for (JsonNode port : container.path("ports")) {
                if (port.path("hostPort").asInt(0) != 0) {
                    violations.add("container " + name + ": hostPort " + port.path("hostPort").asInt());
                }
            }
        }
        return violations;
    }

    private static boolean goodSeccomp(JsonNode profile) {
        return Set.of("RuntimeDefault", "Localhost").contains(profile.path("type").asText());
    }
}
