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
    void aMisspeltFieldInADeploymentOfTheRealOverlayFailsTheBuild(@TempDir Path copy) throws IOException {
        copyTree(Manifests.root().resolve("k8s"), copy.resolve("k8s"));
        Path deployment = copy.resolve("k8s/base/services/referral-service/deployment.yaml");
        Files.writeString(deployment, Files.readString(deployment)
                .replace("imagePullPolicy: IfNotPresent", "imagePullPolice: IfNotPresent"));

        Manifests broken = Manifests.render(copy.resolve("k8s/overlays/prod"));

        assertThat(validator.problems(broken)).containsExactly(
                "Deployment/referral-service: unknown field spec.template.spec.containers[0].imagePullPolice");
    }

    @Test
    void aKustomizationThatDoesNotRenderIsRefusedWithKubectlsReason(@TempDir Path copy) throws IOException {
        Manifests.assumeKubectl();
        copyTree(Manifests.root().resolve("k8s"), copy.resolve("k8s"));
        Files.delete(copy.resolve("k8s/base/gateway/ingress.yaml"));

        assertThatThrownBy(() -> Manifests.render(copy.resolve("k8s/overlays/dev")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kubectl kustomize")
                .hasMessageContaining("ingress.yaml");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
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
    void aMisspeltFieldInANetworkPolicyIsRefused() {
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
    void aDatabaseClusterWithAMisspeltFieldIsRefusedByItsCrdSchema() {
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
    void aBackupScheduleWithoutSecondsIsRefused() {
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
    void aKeycloakResourceWithAMisspeltFieldIsRefused() {
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
    void aRealmImportWithoutItsRealmIsRefused() {
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
    void aKindNothingCanCheckIsRefusedRatherThanPassed() {
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
