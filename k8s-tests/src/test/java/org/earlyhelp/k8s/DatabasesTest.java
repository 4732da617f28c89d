package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/** One PostgreSQL cluster per database owner; in production highly available and backed up. */
class DatabasesTest {

    static final List<String> OVERLAYS = Suite.OVERLAYS;

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void eachServiceAndKeycloakOwnADatabaseOfTheirOwn(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (Suite.Component service : Suite.SERVICES) {
            JsonNode initdb = manifests.get("Cluster", service.database() + "-db").path("spec").path("bootstrap").path("initdb");
            assertThat(initdb.path("database").asText()).isEqualTo(service.database());
            assertThat(initdb.path("owner").asText()).isEqualTo(service.database());
        }
        JsonNode keycloak = manifests.get("Keycloak", "keycloak").path("spec").path("db");
        assertThat(keycloak.path("host").asText()).isEqualTo("keycloak-db-rw");
        assertThat(keycloak.path("usernameSecret").path("name").asText()).isEqualTo("keycloak-db-app");
        assertThat(manifests.get("Cluster", "keycloak-db").path("spec").path("bootstrap").path("initdb").path("database").asText())
                .isEqualTo(keycloak.path("database").asText());
        assertThat(manifests.ofKind("Cluster")).hasSize(Suite.SERVICES.size() + 1)
                .allSatisfy(cluster -> assertThat(cluster.path("spec").path("enableSuperuserAccess").asBoolean(true)).isFalse());
    }

    @Test
    void productionDatabasesRunThreeInstancesWithSynchronousReplicationAndBackups() {
        Manifests prod = Manifests.overlay("prod");
        for (JsonNode cluster : prod.ofKind("Cluster")) {
            String name = Manifests.nameOf(cluster);
            JsonNode spec = cluster.path("spec");
            assertThat(spec.path("instances").asInt()).as(name).isEqualTo(3);
            assertThat(spec.path("postgresql").path("synchronous").path("number").asInt()).as(name).isPositive();
            assertThat(spec.path("backup").path("barmanObjectStore").path("destinationPath").asText()).as(name).startsWith("s3://");
            assertThat(spec.path("backup").path("retentionPolicy").asText()).as(name).isNotEmpty();
            assertThat(prod.ofKind("ScheduledBackup")).as("nightly base backup of %s", name)
                    .anySatisfy(backup -> assertThat(backup.path("spec").path("cluster").path("name").asText()).isEqualTo(name));
        }
    }
}
