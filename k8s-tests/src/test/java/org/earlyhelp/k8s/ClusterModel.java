package org.earlyhelp.k8s;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.earlyhelp.k8s.NetworkPolicies.Endpoint;

/**
 * Every pod the cluster will run for one rendered overlay, and the addresses outside the pods it
 * talks to, as the operators will really make them; the inputs of {@link NetworkPolicies}.
 * <ul>
 * <li>Deployments: the template's labels and named container ports.</li>
 * <li>Keycloak Operator (keycloak/keycloak, operator/.../KeycloakDeploymentDependentResource and
 * Constants): the server pods carry {@code app=keycloak}, {@code app.kubernetes.io/managed-by=keycloak-operator},
 * {@code app.kubernetes.io/instance=<name>}, {@code app.kubernetes.io/component=server} plus the pod
 * template's labels; ports http 8080, https 8443, management 9000. The realm import
 * (KeycloakRealmImportJobDependentResource) is a Job built from the same pod template with
 * {@code app} replaced by {@code keycloak-realm-import}, a local cache (no JGroups) and no probes.</li>
 * <li>CloudNativePG: instance pods carry {@code cnpg.io/cluster=<cluster>} and {@code cnpg.io/podRole=instance}
 * (ports postgresql 5432, status 8000, metrics 9187); the operator's jobs for a cluster (initdb,
 * join: a new replica's base backup from the primary) carry {@code cnpg.io/cluster} and
 * {@code cnpg.io/jobRole}; PgBouncer pods carry {@code cnpg.io/poolerName=<pooler>} and, from
 * release 1.30, {@code cnpg.io/cluster} and {@code cnpg.io/podRole=pooler} too (ports pgbouncer
 * 5432, metrics 9127). The operator runs in {@code cnpg-system} as {@code app.kubernetes.io/name=cloudnative-pg},
 * with the Barman Cloud Plugin beside it.</li>
 * <li>Outside the suite's namespace: the public ingress controller (namespace ingress-nginx), the
 * internal one (ingress-nginx-internal), Prometheus (monitoring), CoreDNS (kube-system,
 * {@code k8s-app=kube-dns}), and a pod of some other application (namespace default).</li>
 * <li>Addresses: NodeLocal DNSCache and the kube-dns Service address (what a pod's DNS query is
 * sent to with the cache), the Kubernetes API (Service address and the API servers), the backup
 * object store's private endpoint (all from the overlay's ConfigMap cluster-network), and an
 * address on the internet.</li>
 * </ul>
 */
final class ClusterModel {

    static final String INTERNET = "internet";
    static final String NODE_LOCAL_DNS = "node-local-dns";
    static final String KUBE_DNS_SERVICE = "kube-dns service address";
    static final String KUBE_DNS = "kube-dns";
    static final String KUBE_API = "kubernetes API server";
    static final String KUBE_API_SERVICE = "kubernetes API service address";
    static final String BACKUP_ENDPOINT = "backup object store";
    static final String INGRESS = "ingress-nginx";
    static final String INTERNAL_INGRESS = "ingress-nginx-internal";
    static final String PROMETHEUS = "prometheus";
    static final String CNPG_OPERATOR = "cloudnative-pg operator";
    static final String STRANGER = "a pod of another application";
    static final String KEYCLOAK = "keycloak";
    static final String REALM_IMPORT = "keycloak-realm-import";

    private static final ObjectMapper JSON = new ObjectMapper();

    final Manifests manifests;
    final String namespace;
    final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    final NetworkPolicies policies;

    ClusterModel(Manifests manifests) {
        this.manifests = manifests;
        this.namespace = manifests.ofKind("Namespace").get(0).path("metadata").path("name").asText();
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            JsonNode template = deployment.path("spec").path("template");
            pod(Manifests.nameOf(deployment), labels(template.path("metadata").path("labels")), ports(template.path("spec")));
        }
        for (JsonNode keycloak : manifests.ofKind("Keycloak")) {
            String name = Manifests.nameOf(keycloak);
            Map<String, String> labels = new LinkedHashMap<>(labels(keycloak.path("spec").path("unsupported").path("podTemplate")
                    .path("metadata").path("labels")));
            labels.put("app", "keycloak");
            labels.put("app.kubernetes.io/managed-by", "keycloak-operator");
            labels.put("app.kubernetes.io/instance", name);
            labels.put("app.kubernetes.io/component", "server");
            Map<String, Integer> ports = Map.of("http", 8080, "https", 8443, "management", 9000);
            pod(KEYCLOAK, labels, ports);
            Map<String, String> job = new LinkedHashMap<>(labels);
            job.put("app", "keycloak-realm-import");
            if (!manifests.ofKind("KeycloakRealmImport").isEmpty()) {
                pod(REALM_IMPORT, job, ports);
            }
        }
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            String name = Manifests.nameOf(cluster);
            pod(name, Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance", "cnpg.io/instanceRole", "primary"),
                    Map.of("postgresql", 5432, "status", 8000, "metrics", 9187));
            pod(name + " join job", Map.of("cnpg.io/cluster", name, "cnpg.io/jobRole", "join"), Map.of());
        }
        for (JsonNode pooler : manifests.ofKind("Pooler")) {
            String name = Manifests.nameOf(pooler);
            pod(name, Map.of("cnpg.io/poolerName", name, "cnpg.io/cluster", pooler.path("spec").path("cluster").path("name").asText(),
                    "cnpg.io/podRole", "pooler"), Map.of("pgbouncer", 5432, "metrics", 9127));
        }
        outside(CNPG_OPERATOR, "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"));
        outside(INGRESS, "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
        outside(INTERNAL_INGRESS, "ingress-nginx-internal", Map.of("app.kubernetes.io/name", "ingress-nginx"));
        outside(PROMETHEUS, "monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
        outside(KUBE_DNS, "kube-system", Map.of("k8s-app", "kube-dns"));
        outside(STRANGER, "default", Map.of("app", "something-else"));
        // The cluster's addresses as the overlay sets them (kubeadm-like defaults where it sets none).
        JsonNode network = manifests.find("ConfigMap", "cluster-network").map(map -> map.path("data"))
                .orElse(JSON.createObjectNode());
        address(NODE_LOCAL_DNS, network.path("NODE_LOCAL_DNS_CIDR").asText("169.254.20.10/32"));
        address(KUBE_DNS_SERVICE, network.path("KUBE_DNS_SERVICE_CIDR").asText("10.96.0.10/32"));
        address(KUBE_API, network.path("KUBE_API_ENDPOINTS_CIDR").asText("192.168.10.0/28"));
        address(KUBE_API_SERVICE, network.path("KUBE_API_SERVICE_CIDR").asText("10.96.0.1/32"));
        if (network.has("BACKUP_ENDPOINT_CIDR") || !manifests.ofKind("ScheduledBackup").isEmpty()) {
            address(BACKUP_ENDPOINT, network.path("BACKUP_ENDPOINT_CIDR").asText("198.51.100.0/28"));
        }
        endpoints.put(INTERNET, Endpoint.external(INTERNET, "203.0.113.50"));

        Map<String, Map<String, String>> namespaces = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints.values()) {
            if (endpoint.isPod()) {
                namespaces.put(endpoint.namespace(), Map.of("kubernetes.io/metadata.name", endpoint.namespace()));
            }
        }
        manifests.ofKind("Namespace").forEach(ns -> namespaces.put(Manifests.nameOf(ns), labels(ns.path("metadata").path("labels"))));
        namespaces.computeIfPresent(namespace, (name, labels) -> {
            Map<String, String> all = new LinkedHashMap<>(labels);
            all.put("kubernetes.io/metadata.name", name);
            return all;
        });
        this.policies = new NetworkPolicies(manifests.ofKind("NetworkPolicy"), namespaces);
    }

    Endpoint get(String name) {
        Endpoint endpoint = endpoints.get(name);
        if (endpoint == null) {
            throw new AssertionError("No pod or address named " + name + " in the model; it has " + endpoints.keySet());
        }
        return endpoint;
    }

    /** The suite's own pods (those in the overlay's namespace). */
    List<Endpoint> suitePods() {
        return endpoints.values().stream().filter(e -> e.isPod() && namespace.equals(e.namespace())).toList();
    }

    /**
     * The pod a client reaches at a host name of the namespace and a port: a Service of the
     * manifests (its selector), or one the operators make: {@code <cluster>-rw} (the primary),
     * {@code <pooler>} (its PgBouncer pods), {@code <keycloak>-service}.
     */
    Optional<Endpoint> resolve(String host) {
        for (JsonNode service : manifests.ofKind("Service")) {
            if (Manifests.nameOf(service).equals(host)) {
                return suitePods().stream().filter(pod -> NetworkPolicies.matches(
                        JSON.createObjectNode().set("matchLabels", service.path("spec").path("selector")), pod.labels())).findFirst();
            }
        }
        if (host.endsWith("-rw") && endpoints.containsKey(host.substring(0, host.length() - 3))) {
            return Optional.of(endpoints.get(host.substring(0, host.length() - 3)));
        }
        for (JsonNode pooler : manifests.ofKind("Pooler")) {
            if (Manifests.nameOf(pooler).equals(host)) {
                return Optional.of(endpoints.get(host));
            }
        }
        for (JsonNode keycloak : manifests.ofKind("Keycloak")) {
            if ((Manifests.nameOf(keycloak) + "-service").equals(host)) {
                return Optional.of(endpoints.get(KEYCLOAK));
            }
        }
        return Optional.empty();
    }

    /** Host and port of a URL, a JDBC URL included. */
    static URI uri(String url) {
        return URI.create(url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url);
    }

    private void pod(String name, Map<String, String> labels, Map<String, Integer> ports) {
        endpoints.put(name, Endpoint.pod(name, namespace, labels, ports));
    }

    private void outside(String name, String namespace, Map<String, String> labels) {
        endpoints.put(name, Endpoint.pod(name, namespace, labels, Map.of()));
    }

    private void address(String name, String cidr) {
        endpoints.put(name, Endpoint.external(name, NetworkPolicies.firstAddress(cidr)));
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> labels(JsonNode labels) {
        Map<String, String> map = JSON.convertValue(labels, Map.class);
        return map == null ? Map.of() : map;
    }

    private static Map<String, Integer> ports(JsonNode podSpec) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        List<JsonNode> containers = new ArrayList<>();
        podSpec.path("containers").forEach(containers::add);
        for (JsonNode container : containers) {
            for (JsonNode port : container.path("ports")) {
                ports.put(port.path("name").asText(), port.path("containerPort").asInt());
            }
        }
        return ports;
    }
}
