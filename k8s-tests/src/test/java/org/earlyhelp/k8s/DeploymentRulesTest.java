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
            assertThat(probe(container, "startupProbe")).as(name).isEqualTo("/q/health/started on http");
            assertThat(probe(container, "readinessProbe")).as(name).isEqualTo("/q/health/ready on http");
            assertThat(probe(container, "livenessProbe")).as(name).isEqualTo("/q/health/live on http");
            assertThat(container.path("ports").findValuesAsText("name")).as(name).contains("http");
        }
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
            assertThat(image).matches(".+:[^:/]+");
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

            assertThat(container.path("image").asText()).as(component.name()).isEqualTo(built);
            assertThat(properties.getProperty("quarkus.container-image.build")).as("CI builds no image").isEqualTo("false");
            assertThat(container.path("ports").get(0).path("containerPort").asInt()).as(component.name())
                    .isEqualTo(Integer.parseInt(properties.getProperty("quarkus.http.port")));
        }
    }

    @Test
    void keycloakRunsTheReleaseTheBuildTestsTheRealmAgainst() throws IOException {
        String pom = Files.readString(Manifests.root().resolve("pom.xml"));
        Matcher version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>").matcher(pom);
        assertThat(version.find()).isTrue();

        for (String overlay : OVERLAYS) {
            assertThat(Manifests.overlay(overlay).get("Keycloak", "keycloak").path("spec").path("image").asText())
                    .isEqualTo("quay.io/keycloak/keycloak:" + version.group(1));
        }
    }

    @Test
    void productionRunsAtLeastTwoOfEverything() {
        Manifests prod = Manifests.overlay("prod");
        for (Suite.Component component : Suite.ALL) {
            assertThat(prod.get("Deployment", component.name()).path("spec").path("replicas").asInt())
                    .as("%s replicas", component.name()).isGreaterThanOrEqualTo(2);
            assertThat(prod.get("HorizontalPodAutoscaler", component.name()).path("spec").path("minReplicas").asInt())
                    .as("%s minReplicas", component.name()).isGreaterThanOrEqualTo(2);
        }
        assertThat(prod.get("Keycloak", "keycloak").path("spec").path("instances").asInt()).isGreaterThanOrEqualTo(2);
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
