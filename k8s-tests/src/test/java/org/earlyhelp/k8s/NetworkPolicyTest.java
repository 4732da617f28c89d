package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may talk to whom, read from the NetworkPolicies as the cluster would apply them: a pod
 * admits (or sends) traffic that any policy selecting it allows, and nothing else once a policy
 * of that direction selects it.
 */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Suite.OVERLAYS;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyPodIsDeniedEverythingByDefault(String overlay) {
        assertThat(Manifests.overlay(overlay).ofKind("NetworkPolicy")).anySatisfy(policy -> {
            JsonNode spec = policy.path("spec");
            assertThat(spec.path("podSelector").isEmpty()).as("selects every pod").isTrue();
            assertThat(spec.path("policyTypes").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
            assertThat(spec.has("ingress") || spec.has("egress")).as("allows nothing").isFalse();
        });
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void eachServiceAdmitsOnlyTheGatewayAndTheServicesThatCallIt(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (Suite.Component service : Suite.SERVICES) {
            List<JsonNode> peers = ingressPeers(manifests, podLabels(manifests, service.name()), service.port());

            assertThat(peers).as("%s: callers from outside the namespace", service.name())
                    .noneMatch(peer -> peer.has("namespaceSelector") || peer.has("ipBlock"));
            assertThat(names(peers)).as("who may call %s", service.name()).isEqualTo(new TreeSet<>(service.callers()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void onlyTheGatewayIsReachableFromTheIngressController(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        List<JsonNode> peers = ingressPeers(manifests, podLabels(manifests, "gateway"), Suite.GATEWAY.port());

        assertThat(peers).singleElement().satisfies(peer -> assertThat(peer.path("namespaceSelector").path("matchLabels")
                .path("kubernetes.io/metadata.name").asText()).isEqualTo("ingress-nginx"));
        assertThat(manifests.get("Ingress", "gateway").findValuesAsText("name")).contains("gateway");
        assertThat(manifests.ofKind("Ingress")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void eachDatabaseIsReachableOnlyByTheComponentThatOwnsIt(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Map<String, Map<String, String>> clients = new LinkedHashMap<>();
        for (Suite.Component component : Suite.ALL) {
            clients.put(component.name(), podLabels(manifests, component.name()));
        }
        clients.put("keycloak", Map.of("app", "keycloak"));

        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            Map<String, String> database = Map.of("cnpg.io/cluster", Manifests.nameOf(cluster));
            Set<String> reaching = new TreeSet<>();
            clients.forEach((name, labels) -> {
                if (egressAllowed(manifests, labels, database, 5432) && admits(manifests, database, labels, 5432)) {
                    reaching.add(name);
                }
            });
            String owner = Manifests.nameOf(cluster).replace("-db", "");
            assertThat(reaching).as("who reaches %s", Manifests.nameOf(cluster))
                    .containsExactly(owner.equals("keycloak") ? "keycloak" : owner + "-service");
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void theGatewayAndEveryServiceReachKeycloakAndNothingElseLeavesTheSuite(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Map<String, String> keycloak = Map.of("app", "keycloak");
        for (Suite.Component component : Suite.ALL) {
            Map<String, String> labels = podLabels(manifests, component.name());
            assertThat(egressAllowed(manifests, labels, keycloak, 8080) && admits(manifests, keycloak, labels, 8080))
                    .as("%s reaches Keycloak", component.name()).isTrue();
            for (JsonNode policy : selecting(manifests, labels, "Egress")) {
                for (JsonNode rule : policy.path("spec").path("egress")) {
                    assertThat(rule.has("to")).as("%s: egress rule without a destination in %s", component.name(),
                            Manifests.nameOf(policy)).isTrue();
                    rule.path("to").forEach(peer -> assertThat(peer.has("ipBlock")).as(component.name()).isFalse());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyPodSelectorInAPolicyMatchesPodsThatExist(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        List<Map<String, String>> pods = new ArrayList<>();
        for (Suite.Component component : Suite.ALL) {
            pods.add(podLabels(manifests, component.name()));
        }
        manifests.ofKind("Cluster").forEach(cluster -> pods.add(Map.of("cnpg.io/cluster", Manifests.nameOf(cluster))));
        pods.add(Map.of("app", "keycloak"));
        pods.add(Map.of("app", "keycloak-realm-import"));

        for (JsonNode policy : manifests.ofKind("NetworkPolicy")) {
            List<JsonNode> selectors = new ArrayList<>();
            selectors.add(policy.path("spec").path("podSelector"));
            for (JsonNode peer : policy.path("spec").path("ingress").findValues("from")) {
                peer.forEach(each -> {
                    if (each.has("podSelector") && !each.has("namespaceSelector")) {
                        selectors.add(each.path("podSelector"));
                    }
                });
            }
            for (JsonNode peer : policy.path("spec").path("egress").findValues("to")) {
                peer.forEach(each -> {
                    if (each.has("podSelector") && !each.has("namespaceSelector")) {
                        selectors.add(each.path("podSelector"));
                    }
                });
            }
            for (JsonNode selector : selectors) {
                assertThat(selector.has("matchExpressions")).as("%s uses matchLabels only", Manifests.nameOf(policy)).isFalse();
                assertThat(pods).as("%s: %s selects no pod (a misspelt label?)", Manifests.nameOf(policy), selector)
                        .anyMatch(labels -> matches(selector, labels));
            }
        }
    }

    /** The peers of every ingress rule, of every policy selecting the pod, that admit the port. */
    private static List<JsonNode> ingressPeers(Manifests manifests, Map<String, String> pod, int port) {
        List<JsonNode> peers = new ArrayList<>();
        for (JsonNode policy : selecting(manifests, pod, "Ingress")) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                if (coversPort(rule, port)) {
                    assertThat(rule.has("from")).as("%s admits anyone", Manifests.nameOf(policy)).isTrue();
                    rule.path("from").forEach(peers::add);
                }
            }
        }
        return peers;
    }

    private static boolean admits(Manifests manifests, Map<String, String> pod, Map<String, String> from, int port) {
        return ingressPeers(manifests, pod, port).stream()
                .anyMatch(peer -> !peer.has("namespaceSelector") && matches(peer.path("podSelector"), from));
    }

    private static boolean egressAllowed(Manifests manifests, Map<String, String> pod, Map<String, String> to, int port) {
        for (JsonNode policy : selecting(manifests, pod, "Egress")) {
            for (JsonNode rule : policy.path("spec").path("egress")) {
                if (coversPort(rule, port)) {
                    for (JsonNode peer : rule.path("to")) {
                        if (!peer.has("namespaceSelector") && peer.has("podSelector") && matches(peer.path("podSelector"), to)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static List<JsonNode> selecting(Manifests manifests, Map<String, String> pod, String direction) {
        return manifests.ofKind("NetworkPolicy").stream()
                .filter(policy -> matches(policy.path("spec").path("podSelector"), pod))
                .filter(policy -> directions(policy).contains(direction))
                .toList();
    }

    /** The directions a policy governs; without policyTypes Kubernetes assumes Ingress, and Egress when it has egress rules. */
    private static Set<String> directions(JsonNode policy) {
        Set<String> directions = new TreeSet<>();
        JsonNode types = policy.path("spec").path("policyTypes");
        if (types.isMissingNode()) {
            directions.add("Ingress");
            if (policy.path("spec").has("egress")) {
                directions.add("Egress");
            }
        }
        types.forEach(type -> directions.add(type.asText()));
        return directions;
    }

    private static boolean coversPort(JsonNode rule, int port) {
        if (!rule.has("ports")) {
            return true;
        }
        for (JsonNode each : rule.path("ports")) {
            if (each.path("port").asInt() == port) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(JsonNode selector, Map<String, String> labels) {
        Map<String, String> required = JSON.convertValue(selector.path("matchLabels"), Map.class);
        return required == null || labels.entrySet().containsAll(required.entrySet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> podLabels(Manifests manifests, String deployment) {
        return JSON.convertValue(manifests.get("Deployment", deployment).path("spec").path("template").path("metadata")
                .path("labels"), Map.class);
    }

    private static Set<String> names(List<JsonNode> peers) {
        Set<String> names = new TreeSet<>();
        peers.forEach(peer -> names.add(peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText()));
        return names;
    }
}
