package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code kubectl apply} would get: every overlay renders, and every object in it is valid. */
class ManifestValidationTest {

    private final ManifestValidator validator = new ManifestValidator();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectOfTheOverlayIsValid(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);

        assertThat(manifests.all()).extracting(object -> object.path("kind").asText())
                .contains("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "Ingress",
                        "NetworkPolicy", "ConfigMap", "Cluster", "Keycloak", "KeycloakRealmImport");
        assertThat(validator.problems(manifests)).isEmpty();
    }
}
