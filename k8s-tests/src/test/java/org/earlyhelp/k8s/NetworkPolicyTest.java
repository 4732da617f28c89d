package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shape of the network policies: everything denied by default, and no selector that selects
 * nothing. Who may talk to whom is {@link FlowTableTest}'s.
 */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Suite.OVERLAYS;

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
    void everyPodSelectorInAPolicyMatchesPodsThatExist(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        ClusterModel model = new ClusterModel(manifests);
        List<Map<String, String>> pods = new ArrayList<>();
        model.endpoints.values().forEach(endpoint -> {
            if (endpoint.isPod()) {
                pods.add(endpoint.labels());
            }
        });

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
                assertThat(pods).as("%s: %s selects no pod (a misspelt label?)", Manifests.nameOf(policy), selector)
                        .anyMatch(labels -> NetworkPolicies.matches(selector, labels));
            }
        }
    }
}
