package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

import org.earlyhelp.k8s.NetworkPolicies.Endpoint;
import org.earlyhelp.k8s.NetworkPolicies.Verdict;

/**
 * Every flow the running system needs is allowed, and the flows it must never have are denied,
 * for every pod the cluster will run (the operators' pods included, see {@link ClusterModel}),
 * judged by {@link NetworkPolicies} as a cluster would: the caller's egress and the callee's
 * ingress. The required flows are read from the manifests wherever they say who talks to whom
 * (database and Keycloak URLs, the gateway's backends, the Pooler's cluster), so a component
 * pointed somewhere new needs a policy for it before this passes.
 */
class FlowTableTest {

    static final List<String> OVERLAYS = Suite.OVERLAYS;

    /** source to destination on a port, and why. */
    record Flow(String from, String to, int port, String protocol, String why) {
        Flow(String from, String to, int port, String why) {
            this(from, to, port, "TCP", why);
        }

        @Override
        public String toString() {
            return from + " -> " + to + ":" + port + (protocol.equals("TCP") ? "" : "/" + protocol) + " (" + why + ")";
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void everyRequiredFlowIsAllowedAndEveryForbiddenFlowDenied(String overlay) {
        ClusterModel model = new ClusterModel(Manifests.overlay(overlay));
        List<Flow> required = required(model);
        List<Flow> forbidden = forbidden(model);

        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("Flow table of overlay " + overlay + ":\n");
        int allowed = 0;
        for (Flow flow : required) {
            Verdict verdict = verdict(model, flow);
            table.append(String.format("  required  %-8s %s%n", verdict.allowed() ? "ok" : "DENIED", flow));
            if (verdict.allowed()) {
                allowed++;
            } else {
                wrong.add("required flow " + verdict + ": " + flow);
            }
        }
        int denied = 0;
        for (Flow flow : forbidden) {
            Verdict verdict = verdict(model, flow);
            table.append(String.format("  forbidden %-8s %s%n", verdict.allowed() ? "ALLOWED" : "ok", flow));
            if (verdict.allowed()) {
                wrong.add("forbidden flow allowed: " + flow);
            } else {
                denied++;
            }
        }
        System.out.print(table);
        System.out.printf("%s: required flows allowed: %d/%d, forbidden flows denied: %d/%d%n", overlay, allowed, required.size(),
                denied, forbidden.size());

        assertThat(required).as("the realm import's flow to its database is among the required flows")
                .anyMatch(flow -> flow.from().equals(ClusterModel.REALM_IMPORT) && flow.port() == 5432);
        assertThat(wrong).as("flows the policies get wrong (table above)").isEmpty();
    }

    private static Verdict verdict(ClusterModel model, Flow flow) {
        Endpoint from = model.get(flow.from());
        Endpoint to = model.get(flow.to());
        return model.policies.check(from, to, flow.port(), flow.protocol());
    }

    /** What the running system needs, read from the manifests where they say it. */
    static List<Flow> required(ClusterModel model) {
        Set<Flow> flows = new LinkedHashSet<>();
        Manifests manifests = model.manifests;
        // Name resolution, with and without NodeLocal DNSCache, for every pod of the suite.
        for (Endpoint pod : model.suitePods()) {
            flows.add(new Flow(pod.name(), ClusterModel.KUBE_DNS, 53, "UDP", "DNS"));
            flows.add(new Flow(pod.name(), ClusterModel.KUBE_DNS, 53, "TCP", "DNS"));
            flows.add(new Flow(pod.name(), ClusterModel.NODE_LOCAL_DNS, 53, "UDP", "DNS through NodeLocal DNSCache"));
            flows.add(new Flow(pod.name(), ClusterModel.KUBE_DNS_SERVICE, 53, "UDP", "DNS, NodeLocal DNSCache on the kube-dns address"));
        }
        // Ways in: browsers and partner systems through the public controller, administrators through the internal one.
        flows.add(new Flow(ClusterModel.INGRESS, "gateway", Suite.GATEWAY.port(), "public API"));
        flows.add(new Flow(ClusterModel.INGRESS, ClusterModel.KEYCLOAK, 8080, "sign-in pages"));
        flows.add(new Flow(ClusterModel.INTERNAL_INGRESS, ClusterModel.KEYCLOAK, 8080, "admin console, internal host"));
        // The gateway's backends, from its routing table.
        manifests.get("ConfigMap", "gateway").path("data").properties().forEach(entry -> {
            if (entry.getKey().startsWith("EARLYHELP_") && entry.getKey().endsWith("_URL")) {
                flows.add(to(model, "gateway", entry.getValue().asText(), "gateway backend " + entry.getKey()));
            }
        });
        // Everyone's token checks against Keycloak.
        String oidc = manifests.get("ConfigMap", "earlyhelp-common").path("data").path("EARLYHELP_OIDC_URL").asText();
        for (Suite.Component component : Suite.ALL) {
            flows.add(to(model, component.name(), oidc, "keys and tokens"));
        }
        // Service to service (REST clients, event feeds), and each service to its own database.
        for (Suite.Component callee : Suite.SERVICES) {
            for (String caller : callee.callers()) {
                if (!caller.equals("gateway")) {
                    flows.add(new Flow(caller, callee.name(), callee.port(), "service call or event feed"));
                }
            }
            String db = manifests.get("ConfigMap", callee.name()).path("data").path("EARLYHELP_DB_URL").asText();
            flows.add(to(model, callee.name(), db, "its database"));
        }
        // Keycloak and the operator's realm-import Job to Keycloak's database; Keycloak's cluster traffic.
        for (JsonNode keycloak : manifests.ofKind("Keycloak")) {
            JsonNode db = keycloak.path("spec").path("db");
            String url = db.has("url") ? db.path("url").asText()
                    : "jdbc:postgresql://" + db.path("host").asText() + ":" + db.path("port").asInt(5432) + "/" + db.path("database").asText();
            flows.add(to(model, ClusterModel.KEYCLOAK, url, "Keycloak's database"));
            flows.add(to(model, ClusterModel.REALM_IMPORT, url, "the realm import writes the realm"));
            flows.add(new Flow(ClusterModel.KEYCLOAK, ClusterModel.KEYCLOAK, 7800, "JGroups caches"));
            flows.add(new Flow(ClusterModel.KEYCLOAK, ClusterModel.KEYCLOAK, 57800, "JGroups failure detection"));
        }
        // Poolers to their cluster's primary; CloudNativePG's own traffic.
        for (JsonNode pooler : manifests.ofKind("Pooler")) {
            String cluster = pooler.path("spec").path("cluster").path("name").asText();
            flows.add(new Flow(Manifests.nameOf(pooler), cluster, 5432, "PgBouncer to PostgreSQL"));
            flows.add(new Flow(Manifests.nameOf(pooler), ClusterModel.KUBE_API, 6443, "instance manager to the API"));
            flows.add(new Flow(Manifests.nameOf(pooler), ClusterModel.KUBE_API_SERVICE, 443, "instance manager to the API"));
            flows.add(new Flow(ClusterModel.PROMETHEUS, Manifests.nameOf(pooler), 9127, "PgBouncer metrics"));
        }
        boolean backups = !manifests.ofKind("ScheduledBackup").isEmpty();
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            String name = Manifests.nameOf(cluster);
            flows.add(new Flow(name, name, 5432, "streaming replication"));
            flows.add(new Flow(name, name, 8000, "instance managers"));
            flows.add(new Flow(name + " join job", name, 5432, "a new replica's base backup"));
            flows.add(new Flow(ClusterModel.CNPG_OPERATOR, name, 8000, "operator to instance status"));
            flows.add(new Flow(ClusterModel.CNPG_OPERATOR, name, 5432, "operator to PostgreSQL"));
            flows.add(new Flow(name, ClusterModel.KUBE_API, 6443, "instance manager to the API"));
            flows.add(new Flow(name, ClusterModel.KUBE_API_SERVICE, 443, "instance manager to the API"));
            flows.add(new Flow(name + " join job", ClusterModel.KUBE_API, 6443, "job to the API"));
            flows.add(new Flow(ClusterModel.PROMETHEUS, name, 9187, "PostgreSQL metrics"));
            if (backups) {
                flows.add(new Flow(name, ClusterModel.BACKUP_ENDPOINT, 443, "WAL and base backups"));
            }
        }
        // Monitoring inside the cluster.
        for (Suite.Component component : Suite.ALL) {
            flows.add(new Flow(ClusterModel.PROMETHEUS, component.name(), 9000, "/q/metrics"));
        }
        flows.add(new Flow(ClusterModel.PROMETHEUS, ClusterModel.KEYCLOAK, 9000, "Keycloak metrics"));
        return List.copyOf(flows);
    }

    /** What must never happen. */
    static List<Flow> forbidden(ClusterModel model) {
        Set<Flow> flows = new LinkedHashSet<>();
        List<String> databases = model.manifests.ofKind("Cluster").stream().map(Manifests::nameOf).toList();
        List<String> poolers = model.manifests.ofKind("Pooler").stream().map(Manifests::nameOf).toList();
        List<String> clients = new ArrayList<>();
        Suite.ALL.forEach(component -> clients.add(component.name()));
        clients.add(ClusterModel.KEYCLOAK);
        clients.add(ClusterModel.REALM_IMPORT);
        for (String client : clients) {
            String own = client.startsWith("keycloak") ? "keycloak-db" : client.replace("-service", "") + "-db";
            for (String db : databases) {
                flows.add(new Flow(client, db, 5432, "no client reaches PostgreSQL past its pooler"));
            }
            for (String pooler : poolers) {
                if (!pooler.equals(own + "-pooler")) {
                    flows.add(new Flow(client, pooler, 5432, "another component's database"));
                }
            }
            flows.add(new Flow(client, ClusterModel.INTERNET, 443, "no way out to the internet"));
            flows.add(new Flow(client, ClusterModel.KUBE_API, 6443, "needs no Kubernetes API"));
        }
        for (String db : databases) {
            flows.add(new Flow(db, ClusterModel.INTERNET, 443, "a database to the internet"));
            flows.add(new Flow(db, ClusterModel.INTERNET, 80, "a database to the internet"));
            flows.add(new Flow(ClusterModel.PROMETHEUS, db, 5432, "monitoring reads metrics only"));
            flows.add(new Flow(ClusterModel.INGRESS, db, 5432, "the edge never reaches a database"));
            flows.add(new Flow(ClusterModel.STRANGER, db, 5432, "another application"));
        }
        for (String pooler : poolers) {
            flows.add(new Flow(pooler, ClusterModel.INTERNET, 443, "a pooler to the internet"));
            flows.add(new Flow(ClusterModel.STRANGER, pooler, 5432, "another application"));
        }
        // The admin console and Keycloak's management port from outside.
        flows.add(new Flow(ClusterModel.INTERNET, ClusterModel.KEYCLOAK, 8080, "Keycloak only through an ingress controller"));
        flows.add(new Flow(ClusterModel.INTERNET, ClusterModel.KEYCLOAK, 9000, "management port from outside"));
        flows.add(new Flow(ClusterModel.INGRESS, ClusterModel.KEYCLOAK, 9000, "management port through the edge"));
        flows.add(new Flow(ClusterModel.STRANGER, ClusterModel.KEYCLOAK, 8080, "another application to the admin console"));
        flows.add(new Flow(ClusterModel.REALM_IMPORT, ClusterModel.KEYCLOAK, 7800, "the import runs a local cache"));
        // The web application reaches the services only through the gateway, with the person's token.
        for (Suite.Component service : Suite.SERVICES) {
            flows.add(new Flow(Suite.WEB.name(), service.name(), service.port(), "the web calls the public APIs through the gateway only"));
        }
        flows.add(new Flow(ClusterModel.INGRESS, Suite.WEB.name(), Suite.WEB.port(), "the web's pages only through the gateway"));
        // The gateway is the only way in; /q stays inside.
        flows.add(new Flow(ClusterModel.INTERNET, "gateway", 8080, "only through the ingress controller"));
        flows.add(new Flow(ClusterModel.STRANGER, "gateway", 8080, "another application"));
        for (Suite.Component component : Suite.ALL) {
            flows.add(new Flow(ClusterModel.INGRESS, component.name(), 9000, "management port through the edge"));
            if (!component.name().equals("gateway")) {
                flows.add(new Flow(ClusterModel.INGRESS, component.name(), component.port(), "services only behind the gateway"));
                flows.add(new Flow(ClusterModel.PROMETHEUS, component.name(), component.port(), "monitoring reads metrics only"));
            }
        }
        return List.copyOf(flows);
    }

    private static Flow to(ClusterModel model, String from, String url, String why) {
        URI uri = ClusterModel.uri(url);
        Endpoint to = model.resolve(uri.getHost()).orElseThrow(() -> new AssertionError(from + " connects to " + uri.getHost()
                + ", which is no Service of the manifests or of the operators"));
        return new Flow(from, to.name(), uri.getPort() < 0 ? 80 : uri.getPort(), why);
    }
}
