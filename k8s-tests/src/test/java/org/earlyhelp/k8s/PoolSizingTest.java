package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sized for the autoscalers: every component reaches its database through a CloudNativePG Pooler,
 * and the most connections its pods can open (pool size x the autoscaler's maxReplicas; Keycloak's
 * instances plus one realm-import Job) fit the pooler and the database. PgBouncer runs in session
 * mode, so each client connection holds a server connection: the clients must fit
 * max_client_conn and default_pool_size of a single PgBouncer instance (the Service may send them
 * all to one), and PostgreSQL's max_connections with room for the superuser reserve (3), the
 * operator, PgBouncer's auth query and monitoring (10 more).
 */
class PoolSizingTest {

    static final List<String> OVERLAYS = Suite.OVERLAYS;
    static final int RESERVED = 3 + 10;
    /** Quarkus' (Agroal's) default quarkus.datasource.jdbc.max-size, where a service does not set its own. */
    static final int QUARKUS_DEFAULT_POOL = 20;

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyDatabaseHasAPoolerAndEveryClientGoesThroughIt(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            assertThat(manifests.ofKind("Pooler")).as("a pooler for %s", Manifests.nameOf(cluster)).anySatisfy(pooler -> {
                assertThat(pooler.path("spec").path("cluster").path("name").asText()).isEqualTo(Manifests.nameOf(cluster));
                assertThat(pooler.path("spec").path("type").asText()).isEqualTo("rw");
            });
        }
        clients(manifests).forEach((client, demand) -> assertThat(demand.host()).as(client).endsWith("-pooler"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void poolSizeTimesMaxReplicasFitsEachPoolerAndItsDatabase(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        Map<String, Integer> perPooler = new LinkedHashMap<>();
        clients(manifests).forEach((client, demand) -> perPooler.merge(demand.host(), demand.connections(), Integer::sum));

        assertThat(perPooler).isNotEmpty();
        perPooler.forEach((poolerName, connections) -> {
            JsonNode pooler = manifests.get("Pooler", poolerName).path("spec");
            JsonNode parameters = pooler.path("pgbouncer").path("parameters");
            int maxClient = parameters.path("max_client_conn").asInt(100);
            int poolSize = parameters.path("default_pool_size").asInt(20);
            JsonNode cluster = manifests.get("Cluster", pooler.path("cluster").path("name").asText()).path("spec");
            int maxConnections = cluster.path("postgresql").path("parameters").path("max_connections").asInt(100);
            System.out.printf("%s %s: clients up to %d connections; max_client_conn %d, default_pool_size %d, max_connections %d%n",
                    overlay, poolerName, connections, maxClient, poolSize, maxConnections);

            assertThat(pooler.path("pgbouncer").path("poolMode").asText()).isEqualTo("session");
            assertThat(connections).as("%s: clients x maxReplicas within max_client_conn", poolerName).isLessThanOrEqualTo(maxClient);
            assertThat(connections).as("%s: session mode, within default_pool_size", poolerName).isLessThanOrEqualTo(poolSize);
            assertThat(connections + RESERVED).as("%s: within max_connections", poolerName).isLessThanOrEqualTo(maxConnections);
        });
    }

    record Demand(String host, int connections) {
    }

    /** Each database client, the host it connects to and the most connections all its pods open. */
    static Map<String, Demand> clients(Manifests manifests) {
        Map<String, Demand> clients = new LinkedHashMap<>();
        for (Suite.Component service : Suite.SERVICES) {
            JsonNode data = manifests.get("ConfigMap", service.name()).path("data");
            int pool = data.path("QUARKUS_DATASOURCE_JDBC_MAX_SIZE").asInt(QUARKUS_DEFAULT_POOL);
            int replicas = manifests.get("HorizontalPodAutoscaler", service.name()).path("spec").path("maxReplicas").asInt();
            clients.put(service.name(), new Demand(ClusterModel.uri(data.path("EARLYHELP_DB_URL").asText()).getHost(), pool * replicas));
        }
        for (JsonNode keycloak : manifests.ofKind("Keycloak")) {
            JsonNode spec = keycloak.path("spec");
            URI url = ClusterModel.uri(spec.path("db").path("url").asText("jdbc:postgresql://" + spec.path("db").path("host").asText() + ":5432/"));
            // Keycloak's own default db-pool-max-size is 100; the realm-import Job runs with the same settings.
            int pool = spec.path("db").path("poolMaxSize").asInt(100);
            clients.put(Manifests.nameOf(keycloak), new Demand(url.getHost(), pool * (spec.path("instances").asInt() + 1)));
        }
        return clients;
    }
}
