package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation catches broken manifests: each case here is a mistake a person could commit. */
class BrokenManifestTest {

    private final ManifestValidator validator = new ManifestValidator();

    @Test
    void a_misspelt_field_in_a_deployment_of_the_real_overlay_fails_the_build(@TempDir Path copy) throws IOException {
        copyTree(Manifests.root().resolve("k8s"), copy.resolve("k8s"));
        Path deployment = copy.resolve("k8s/base/services/referral-service/deployment.yaml");
        Files.writeString(deployment, Files.readString(deployment)
                .replace("imagePullPolicy: IfNotPresent", "imagePullPolice: IfNotPresent"));

        Manifests broken = Manifests.render(copy.resolve("k8s/overlays/prod"));

        assertThat(validator.problems(broken)).containsExactly(
                "Deployment/referral-service: unknown field spec.template.spec.containers[0].imagePullPolice");
    }

    @Test
    void a_kustomization_that_does_not_render_is_refused_with_kubectls_reason(@TempDir Path copy) throws IOException {
        copyTree(Manifests.root().resolve("k8s"), copy.resolve("k8s"));
        Files.delete(copy.resolve("k8s/base/gateway/ingress.yaml"));

        assertThatThrownBy(() -> Manifests.render(copy.resolve("k8s/overlays/dev")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kubectl kustomize")
                .hasMessageContaining("ingress.yaml");
    }

    @Test
    void a_value_of_the_wrong_type_is_refused() {
        Manifests manifests = Manifests.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: referral-service
                spec:
                  replicas: two
                """);

        assertThat(validator.problems(manifests)).singleElement().asString()
                .startsWith("Deployment/referral-service: not a valid Deployment");
    }

    @Test
    void a_misspelt_field_in_a_network_policy_is_refused() {
        Manifests manifests = Manifests.parse("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: default-deny
                spec:
                  podSelectors: {}
                  policyTypes: [Ingress, Egress]
                """);

        assertThat(validator.problems(manifests)).containsExactly("NetworkPolicy/default-deny: unknown field spec.podSelectors");
    }

    @Test
    void a_database_cluster_with_a_misspelt_field_is_refused_by_its_crd_schema() {
        Manifests manifests = Manifests.parse("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: referral-db
                spec:
                  instance: 3
                  storage:
                    size: 5Gi
                """);

        assertThat(validator.problems(manifests)).anySatisfy(problem -> assertThat(problem).contains("instance"))
                .allSatisfy(problem -> assertThat(problem).startsWith("Cluster/referral-db: "));
    }

    @Test
    void a_backup_schedule_without_seconds_is_refused() {
        Manifests manifests = Manifests.parse("""
                apiVersion: postgresql.cnpg.io/v1
                kind: ScheduledBackup
                metadata:
                  name: referral-db-nightly
                spec:
                  schedule: "0 2 * * *"
                  cluster:
                    name: referral-db
                """);

        assertThat(validator.problems(manifests)).singleElement().asString().contains("schedule");
    }

    @Test
    void a_keycloak_resource_with_a_misspelt_field_is_refused() {
        Manifests manifests = Manifests.parse("""
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: Keycloak
                metadata:
                  name: keycloak
                spec:
                  hostname:
                    hostnme: https://auth.early-help.example.org
                """);

        assertThat(validator.problems(manifests)).singleElement().asString().contains("hostnme");
    }

    @Test
    void a_realm_import_without_its_realm_is_refused() {
        Manifests manifests = Manifests.parse("""
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: KeycloakRealmImport
                metadata:
                  name: early-help
                spec:
                  keycloakCRName: keycloak
                """);

        assertThat(validator.problems(manifests)).singleElement().asString().contains("realm");
    }

    @Test
    void a_kind_nothing_can_check_is_refused_rather_than_passed() {
        Manifests manifests = Manifests.parse("""
                apiVersion: example.org/v1
                kind: Widget
                metadata:
                  name: anything
                spec:
                  whatever: true
                """);

        assertThat(validator.problems(manifests)).singleElement().asString()
                .contains("no schema for apiVersion example.org/v1, kind Widget");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
