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
        assertThat(ClusterModel.uri(keycloak.path("url").asText()).getHost()).isEqualTo("keycloak-db-pooler");
        assertThat(keycloak.path("url").asText()).contains("sslmode=verify-full");
        assertThat(keycloak.path("usernameSecret").path("name").asText()).isEqualTo("keycloak-db-app");
        assertThat(manifests.get("Cluster", "keycloak-db").path("spec").path("bootstrap").path("initdb").path("database").asText())
                .isEqualTo(ClusterModel.uri(keycloak.path("url").asText()).getPath().substring(1));
        assertThat(manifests.ofKind("Cluster")).hasSize(Suite.SERVICES.size() + 1)
                .allSatisfy(cluster -> assertThat(cluster.path("spec").path("enableSuperuserAccess").asBoolean(true)).isFalse());
    }

    @Test
    void productionDatabasesRunThreeInstancesWithSynchronousReplicationAndBackups() {
        Manifests prod = Manifests.overlay("prod");
        JsonNode store = prod.get("ObjectStore", "early-help-backups").path("spec");
        for (JsonNode cluster : prod.ofKind("Cluster")) {
            String name = Manifests.nameOf(cluster);
            JsonNode spec = cluster.path("spec");
            assertThat(spec.path("instances").asInt()).as(name).isEqualTo(3);
            assertThat(spec.path("postgresql").path("synchronous").path("number").asInt()).as(name).isPositive();
            assertThat(spec.path("backup").path("barmanObjectStore").isMissingNode())
                    .as("%s: the in-tree barmanObjectStore is deprecated since CloudNativePG 1.26", name).isTrue();
            assertThat(spec.path("plugins")).as(name).anySatisfy(plugin -> {
                assertThat(plugin.path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
                assertThat(plugin.path("isWALArchiver").asBoolean()).isTrue();
                assertThat(plugin.path("parameters").path("barmanObjectName").asText()).isEqualTo("early-help-backups");
            });
            assertThat(spec.path("serviceAccountTemplate").path("metadata").path("annotations").path("eks.amazonaws.com/role-arn")
                    .asText()).as("%s: workload identity for the object store", name).startsWith("arn:aws:iam::");
            assertThat(prod.ofKind("ScheduledBackup")).as("base backups of %s", name).anySatisfy(backup -> {
                JsonNode schedule = backup.path("spec");
                assertThat(schedule.path("cluster").path("name").asText()).isEqualTo(name);
                assertThat(schedule.path("immediate").asBoolean()).as("first base backup right away").isTrue();
                assertThat(schedule.path("method").asText()).isEqualTo("plugin");
                assertThat(schedule.path("pluginConfiguration").path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
            });
        }
        assertThat(store.path("configuration").path("destinationPath").asText()).startsWith("s3://");
        assertThat(store.path("configuration").path("s3Credentials").path("inheritFromIAMRole").asBoolean())
                .as("no static keys").isTrue();
        assertThat(store.path("configuration").path("s3Credentials").has("accessKeyId")).isFalse();
        assertThat(store.path("configuration").path("data").path("encryption").asText()).isNotEmpty();
        assertThat(store.path("configuration").path("wal").path("encryption").asText()).isNotEmpty();
        assertThat(days(store.path("retentionPolicy").asText()))
                .as("backups keep erased data no longer than the month an erasure must be complete in (decision 0061)")
                .isBetween(1, 30);
    }

    @Test
    void databasesReachOnlyTheBackupEndpointOnTheInternet() {
        ClusterModel model = new ClusterModel(Manifests.overlay("prod"));
        for (JsonNode policy : model.manifests.ofKind("NetworkPolicy")) {
            for (JsonNode rule : policy.path("spec").path("egress")) {
                assertThat(rule.has("to")).as("%s: an egress rule to anywhere", Manifests.nameOf(policy)).isTrue();
                rule.path("to").forEach(peer -> {
                    if (peer.has("ipBlock")) {
                        String cidr = peer.path("ipBlock").path("cidr").asText();
                        assertThat(Integer.parseInt(cidr.split("/")[1])).as("%s: %s is a narrow block", Manifests.nameOf(policy), cidr)
                                .isGreaterThanOrEqualTo(16);
                    }
                });
            }
        }
        for (JsonNode cluster : model.manifests.ofKind("Cluster")) {
            NetworkPolicies.Endpoint db = model.get(Manifests.nameOf(cluster));
            assertThat(model.policies.check(db, model.get(ClusterModel.BACKUP_ENDPOINT), 443, "TCP").allowed()).isTrue();
            assertThat(model.policies.check(db, model.get(ClusterModel.INTERNET), 443, "TCP").allowed()).isFalse();
        }
    }

    /** CloudNativePG's retention policy ({@code <n>d}, {@code <n>w} or {@code <n>m}) in days, a month counted as 31. */
    private static int days(String policy) {
        int n = Integer.parseInt(policy.substring(0, policy.length() - 1));
        return switch (policy.charAt(policy.length() - 1)) {
            case 'd' -> n;
            case 'w' -> 7 * n;
            case 'm' -> 31 * n;
            default -> throw new IllegalArgumentException("Not a CloudNativePG retention policy: " + policy);
        };
    }
}
