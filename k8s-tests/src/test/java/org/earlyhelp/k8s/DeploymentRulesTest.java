package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.Quantity;

/** How every component runs: probes, resources, least privilege, graceful shutdown, pinned images, enough replicas. */
class DeploymentRulesTest {

    static final List<String> OVERLAYS = Suite.OVERLAYS;

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyComponentIsADeploymentWithAServiceADisruptionBudgetAndAnAutoscaler(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);

        for (Suite.Component component : Suite.ALL) {
            String name = component.name();
            JsonNode deployment = manifests.get("Deployment", name);
            assertThat(manifests.get("Service", name).path("spec").path("ports").get(0).path("port").asInt())
                    .as("%s Service port", name).isEqualTo(component.port());
            assertThat(manifests.get("PodDisruptionBudget", name).path("spec").path("selector").path("matchLabels"))
                    .as("%s disruption budget selects its pods", name)
                    .isEqualTo(deployment.path("spec").path("selector").path("matchLabels"));
            assertThat(manifests.get("PodDisruptionBudget", name).path("spec").path("maxUnavailable").asInt()).isEqualTo(1);
            JsonNode target = manifests.get("HorizontalPodAutoscaler", name).path("spec").path("scaleTargetRef");
            assertThat(target.path("kind").asText() + "/" + target.path("name").asText()).isEqualTo("Deployment/" + name);
        }
        assertThat(manifests.ofKind("Deployment")).hasSize(Suite.ALL.size());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyContainerHasStartupReadinessAndLivenessProbesOnQuarkusHealth(String overlay) {
        for (JsonNode container : containers(Manifests.overlay(overlay))) {
            String name = container.path("name").asText();
            assertThat(probe(container, "startupProbe")).as(name).isEqualTo("/q/health/started on management");
            assertThat(probe(container, "readinessProbe")).as(name).isEqualTo("/q/health/ready on management");
            assertThat(probe(container, "livenessProbe")).as(name).isEqualTo("/q/health/live on management");
            assertThat(container.path("ports").findValuesAsText("name")).as(name).contains("http", "management");
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyProbeWaitsARealisticTimeForItsAnswer(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        List<JsonNode> probed = new ArrayList<>(containers(manifests));
        manifests.ofKind("Keycloak").forEach(keycloak -> keycloak.path("spec").path("unsupported").path("podTemplate").path("spec")
                .path("containers").forEach(probed::add));
        for (JsonNode container : probed) {
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                JsonNode spec = container.path(probe);
                assertThat(spec.isMissingNode()).as("%s %s", container.path("name").asText(), probe).isFalse();
                assertThat(spec.path("timeoutSeconds").asInt(1)).as("%s %s timeoutSeconds (Kubernetes' default is 1 s)",
                        container.path("name").asText(), probe).isBetween(2, spec.path("periodSeconds").asInt(10));
            }
        }
    }

    @Test
    void theImagesServeQuarkusManagementEndpointsOnTheirOwnPort() throws IOException {
        String expression = "quarkus.management.enabled=${quarkus.container-image.build:false}";
        assertThat(Files.readString(module("gateway").resolve("src/main/resources/application.properties"))).contains(expression);
        assertThat(Files.readString(module("platform").resolve("src/main/resources/META-INF/microprofile-config.properties")))
                .contains(expression);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyContainerRequestsWhatItWasMeasuredToUseAndIsLimited(String overlay) {
        for (JsonNode container : containers(Manifests.overlay(overlay))) {
            String name = container.path("name").asText();
            JsonNode resources = container.path("resources");
            for (String kind : List.of("requests", "limits")) {
                assertThat(resources.path(kind).path("cpu").asText()).as("%s %s.cpu", name, kind).isNotEmpty();
                assertThat(resources.path(kind).path("memory").asText()).as("%s %s.memory", name, kind).isNotEmpty();
            }
            double request = mebibytes(resources.path("requests").path("memory").asText());
            double limit = mebibytes(resources.path("limits").path("memory").asText());
            assertThat(request).as("%s memory request covers its measured RSS", name)
                    .isGreaterThanOrEqualTo(Suite.MEASURED_RSS_MIB.get(name));
            assertThat(limit).as("%s memory limit", name).isGreaterThanOrEqualTo(request);
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyPodRunsAsNonRootOnAReadOnlyFileSystemWithoutAServiceAccountToken(String overlay) {
        for (JsonNode deployment : Manifests.overlay(overlay).ofKind("Deployment")) {
            String name = Manifests.nameOf(deployment);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as("%s mounts no API token", name).isFalse();
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as("%s runAsNonRoot", name).isTrue();
            assertThat(pod.path("securityContext").path("runAsUser").asInt(0)).as("%s runAsUser", name).isPositive();
            for (JsonNode container : pod.path("containers")) {
                JsonNode security = container.path("securityContext");
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as("%s read-only root", name).isTrue();
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as("%s privilege escalation", name).isFalse();
                assertThat(security.path("capabilities").path("drop").toString()).as("%s drops all capabilities", name).isEqualTo("[\"ALL\"]");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void aStoppingPodGetsLongerThanItsDrainAndTheQuarkusShutdownTimeout(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            String name = Manifests.nameOf(deployment);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            String timeout = environment(manifests, container, "QUARKUS_SHUTDOWN_TIMEOUT");
            Matcher seconds = Pattern.compile("(\\d+)s").matcher(timeout);
            assertThat(seconds.matches()).as("%s QUARKUS_SHUTDOWN_TIMEOUT '%s' in seconds", name, timeout).isTrue();
            int drain = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asInt();
            int grace = pod.path("terminationGracePeriodSeconds").asInt(30);

            assertThat(drain).as("%s preStop sleep", name).isPositive();
            assertThat(grace).as("%s terminationGracePeriodSeconds", name)
                    .isGreaterThan(drain + Integer.parseInt(seconds.group(1)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyImageIsPinnedToAVersion(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        List<String> images = new ArrayList<>();
        containers(manifests).forEach(container -> images.add(container.path("image").asText()));
        manifests.ofKind("Cluster").forEach(cluster -> images.add(cluster.path("spec").path("imageName").asText()));
        manifests.ofKind("Keycloak").forEach(keycloak -> images.add(keycloak.path("spec").path("image").asText()));

        assertThat(images).hasSize(Suite.ALL.size() + 5 + 1).allSatisfy(image -> {
            assertThat(image).matches(".+:[^:/@]+(@sha256:[0-9a-f]{64})?");
            assertThat(image).doesNotEndWith(":latest");
        });
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void eachDeploymentRunsTheImageItsModuleBuilds(String overlay) throws IOException {
        Manifests manifests = Manifests.overlay(overlay);
        for (Suite.Component component : Suite.ALL) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(module(component.name()).resolve("src/main/resources/application.properties"))) {
                properties.load(in);
            }
            String built = properties.getProperty("quarkus.container-image.registry") + "/"
                    + properties.getProperty("quarkus.container-image.group") + "/"
                    + properties.getProperty("quarkus.container-image.name").replace("${quarkus.application.name}",
                            properties.getProperty("quarkus.application.name")) + ":"
                    + properties.getProperty("quarkus.container-image.tag");
            JsonNode container = manifests.get("Deployment", component.name()).path("spec").path("template").path("spec")
                    .path("containers").get(0);

            assertThat(container.path("image").asText().replaceAll("@sha256:[0-9a-f]{64}$", "")).as(component.name()).isEqualTo(built);
            assertThat(properties.getProperty("quarkus.container-image.build")).as("CI builds no image").isEqualTo("false");
            assertThat(container.path("ports").get(0).path("containerPort").asInt()).as(component.name())
                    .isEqualTo(Integer.parseInt(properties.getProperty("quarkus.http.port")));
        }
    }

    @Test
    void productionRunsAtLeastTwoOfEverything() {
        Manifests prod = Manifests.overlay("prod");
        for (Suite.Component component : Suite.ALL) {
            assertThat(prod.get("HorizontalPodAutoscaler", component.name()).path("spec").path("minReplicas").asInt())
                    .as("%s minReplicas", component.name()).isGreaterThanOrEqualTo(2);
        }
        assertThat(prod.get("Keycloak", "keycloak").path("spec").path("instances").asInt()).isGreaterThanOrEqualTo(2);
        prod.ofKind("Pooler").forEach(pooler -> assertThat(pooler.path("spec").path("instances").asInt()).isGreaterThanOrEqualTo(2));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void noReplicasFieldFightsTheAutoscaler(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (JsonNode autoscaler : manifests.ofKind("HorizontalPodAutoscaler")) {
            JsonNode target = autoscaler.path("spec").path("scaleTargetRef");
            JsonNode scaled = manifests.get(target.path("kind").asText(), target.path("name").asText());
            assertThat(scaled.path("spec").has("replicas")).as("%s has replicas while %s scales it", Manifests.describe(scaled),
                    Manifests.describe(autoscaler)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void keycloakHasADisruptionBudgetOverItsOperatorsPods(String overlay) {
        ClusterModel model = new ClusterModel(Manifests.overlay(overlay));
        JsonNode budget = model.manifests.get("PodDisruptionBudget", "keycloak").path("spec");

        assertThat(NetworkPolicies.matches(budget.path("selector"), model.get(ClusterModel.KEYCLOAK).labels())).isTrue();
        assertThat(NetworkPolicies.matches(budget.path("selector"), model.get(ClusterModel.REALM_IMPORT).labels()))
                .as("the realm-import Job is no Keycloak instance").isFalse();
        assertThat(budget.path("maxUnavailable").asInt()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void databaseInstancesNeverShareANodeAndEverythingSpreadsOverZones(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            JsonNode affinity = cluster.path("spec").path("affinity");
            assertThat(affinity.path("podAntiAffinityType").asText()).as(Manifests.describe(cluster)).isEqualTo("required");
            assertThat(affinity.path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
            assertThat(zoneSpread(cluster.path("spec"))).as(Manifests.describe(cluster)).isTrue();
        }
        manifests.ofKind("Deployment").forEach(d -> assertThat(zoneSpread(d.path("spec").path("template").path("spec")))
                .as(Manifests.describe(d)).isTrue());
        manifests.ofKind("Pooler").forEach(p -> assertThat(zoneSpread(p.path("spec").path("template").path("spec")))
                .as(Manifests.describe(p)).isTrue());
        manifests.ofKind("Keycloak").forEach(k -> assertThat(zoneSpread(k.path("spec").path("unsupported").path("podTemplate")
                .path("spec"))).as(Manifests.describe(k)).isTrue());
    }

    private static boolean zoneSpread(JsonNode spec) {
        for (JsonNode constraint : spec.path("topologySpreadConstraints")) {
            if (constraint.path("topologyKey").asText().equals("topology.kubernetes.io/zone")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void onlyTheDevEnvironmentLoadsTheDemoDirectory() {
        JsonNode directory = Manifests.overlay("dev").get("Deployment", "directory-service").path("spec").path("template")
                .path("spec").path("containers").get(0);
        assertThat(environment(Manifests.overlay("dev"), directory, "EARLYHELP_DIRECTORY_DEMO_DATA")).isEqualTo("true");

        assertThat(Manifests.overlay("prod").ofKind("ConfigMap"))
                .noneMatch(configMap -> configMap.path("data").has("EARLYHELP_DIRECTORY_DEMO_DATA"));
    }

    static List<JsonNode> containers(Manifests manifests) {
        List<JsonNode> containers = new ArrayList<>();
        manifests.ofKind("Deployment").forEach(deployment ->
                deployment.path("spec").path("template").path("spec").path("containers").forEach(containers::add));
        assertThat(containers).hasSize(Suite.ALL.size());
        return containers;
    }

    /** A variable of the container: its own env, else the ConfigMaps it takes all variables from. */
    static String environment(Manifests manifests, JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(variable) && env.has("value")) {
                return env.path("value").asText();
            }
        }
        for (JsonNode source : container.path("envFrom")) {
            String configMap = source.path("configMapRef").path("name").asText();
            if (!configMap.isEmpty()) {
                JsonNode value = manifests.get("ConfigMap", configMap).path("data").path(variable);
                if (!value.isMissingNode()) {
                    return value.asText();
                }
            }
        }
        return "";
    }

    private static String probe(JsonNode container, String probe) {
        JsonNode get = container.path(probe).path("httpGet");
        return get.path("path").asText() + " on " + get.path("port").asText();
    }

    private static double mebibytes(String quantity) {
        return Quantity.getAmountInBytes(new Quantity(quantity)).doubleValue() / (1024 * 1024);
    }

    private static Path module(String name) {
        return Manifests.root().resolve(name);
    }
}
