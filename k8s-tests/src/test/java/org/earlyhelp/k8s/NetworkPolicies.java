package org.earlyhelp.k8s;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An offline evaluator of Kubernetes NetworkPolicy semantics (networking.k8s.io/v1), for deciding
 * whether one endpoint may open a connection to another on a port:
 * <ul>
 * <li>a connection needs both the source's egress and the destination's ingress to allow it;</li>
 * <li>a pod is isolated for a direction once any policy of its namespace selects it and governs
 * that direction ({@code policyTypes}; without it Ingress, plus Egress when egress rules are
 * given); an isolated pod is allowed what the union of those policies' rules allows, a pod no
 * policy selects is allowed everything in that direction;</li>
 * <li>a rule matches when one of its ports matches (no ports: every port; a named port is the
 * destination pod's container port of that name; {@code endPort} makes a range; protocol TCP
 * unless given) and one of its peers matches (no peers: everyone);</li>
 * <li>a peer {@code podSelector} alone selects pods of the policy's own namespace, a
 * {@code namespaceSelector} alone every pod of the namespaces it selects, both together the
 * selected pods in the selected namespaces; {@code ipBlock} matches addresses outside the
 * cluster's pods (cidr minus except). Whether an ipBlock also matches pod addresses is left to
 * the CNI by Kubernetes; this model never lets it, so no flow between pods rests on one;</li>
 * <li>selectors: {@code matchLabels} and {@code matchExpressions} (In, NotIn, Exists,
 * DoesNotExist), all of them ANDed; an empty selector selects everything;</li>
 * <li>endpoints outside the cluster (an address) have no policies of their own.</li>
 * </ul>
 * Only the policies handed in exist: namespaces other than the suite's (the operators', the
 * ingress controllers', monitoring) are modelled without policies, as the suite does not ship any.
 */
final class NetworkPolicies {

    /** Something that opens or accepts connections: a pod (namespace, labels, named ports) or an address outside the pods. */
    record Endpoint(String name, String namespace, Map<String, String> labels, Map<String, Integer> ports, String address) {

        static Endpoint pod(String name, String namespace, Map<String, String> labels, Map<String, Integer> ports) {
            return new Endpoint(name, namespace, Map.copyOf(labels), Map.copyOf(ports), null);
        }

        static Endpoint external(String name, String address) {
            return new Endpoint(name, null, Map.of(), Map.of(), address);
        }

        boolean isPod() {
            return address == null;
        }
    }

    /** The answer for one connection, with which side refused it. */
    record Verdict(boolean egress, boolean ingress) {
        boolean allowed() {
            return egress && ingress;
        }

        @Override
        public String toString() {
            return allowed() ? "allowed" : "denied by " + (!egress && !ingress ? "egress and ingress" : !egress ? "egress" : "ingress");
        }
    }

    private final List<JsonNode> policies;
    private final Map<String, Map<String, String>> namespaceLabels;

    /** @param policies NetworkPolicy objects, each with its metadata.namespace; @param namespaceLabels labels of every namespace */
    NetworkPolicies(List<JsonNode> policies, Map<String, Map<String, String>> namespaceLabels) {
        this.policies = List.copyOf(policies);
        this.namespaceLabels = Map.copyOf(namespaceLabels);
    }

    Verdict check(Endpoint from, Endpoint to, int port, String protocol) {
        return new Verdict(egressAllows(from, to, port, protocol), ingressAllows(from, to, port, protocol));
    }

    private boolean egressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        if (!from.isPod()) {
            return true;
        }
        List<JsonNode> selecting = selecting(from, "Egress");
        if (selecting.isEmpty()) {
            return true;
        }
        for (JsonNode policy : selecting) {
            for (JsonNode rule : policy.path("spec").path("egress")) {
                if (portMatches(rule, to, port, protocol) && peersMatch(rule.path("to"), policy, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean ingressAllows(Endpoint from, Endpoint to, int port, String protocol) {
        if (!to.isPod()) {
            return true;
        }
        List<JsonNode> selecting = selecting(to, "Ingress");
        if (selecting.isEmpty()) {
            return true;
        }
        for (JsonNode policy : selecting) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                if (portMatches(rule, to, port, protocol) && peersMatch(rule.path("from"), policy, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The policies that isolate the pod in the direction. */
    List<JsonNode> selecting(Endpoint pod, String direction) {
        List<JsonNode> selecting = new ArrayList<>();
        for (JsonNode policy : policies) {
            if (pod.namespace().equals(namespaceOf(policy)) && matches(policy.path("spec").path("podSelector"), pod.labels())
                    && directions(policy).contains(direction)) {
                selecting.add(policy);
            }
        }
        return selecting;
    }

    /** Without policyTypes Kubernetes assumes Ingress, and Egress too when the policy has egress rules. */
    static Set<String> directions(JsonNode policy) {
        Set<String> directions = new TreeSet<>();
        JsonNode types = policy.path("spec").path("policyTypes");
        if (types.isMissingNode() || types.isEmpty()) {
            directions.add("Ingress");
            if (policy.path("spec").has("egress")) {
                directions.add("Egress");
            }
        }
        types.forEach(type -> directions.add(type.asText()));
        return directions;
    }

    private static boolean portMatches(JsonNode rule, Endpoint destination, int port, String protocol) {
        JsonNode ports = rule.path("ports");
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode each : ports) {
            if (!each.path("protocol").asText("TCP").equals(protocol)) {
                continue;
            }
            JsonNode value = each.path("port");
            if (value.isMissingNode()) {
                return true;
            }
            int first = value.isTextual() ? destination.ports().getOrDefault(value.asText(), -1) : value.asInt();
            int last = each.has("endPort") ? each.path("endPort").asInt() : first;
            if (port >= first && port <= last) {
                return true;
            }
        }
        return false;
    }

    private boolean peersMatch(JsonNode peers, JsonNode policy, Endpoint other) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true;
        }
        for (JsonNode peer : peers) {
            if (peerMatches(peer, policy, other)) {
                return true;
            }
        }
        return false;
    }

    private boolean peerMatches(JsonNode peer, JsonNode policy, Endpoint other) {
        if (peer.has("ipBlock")) {
            return !other.isPod() && inBlock(other.address(), peer.path("ipBlock"));
        }
        if (!other.isPod()) {
            return false;
        }
        boolean namespaceOk = peer.has("namespaceSelector")
                ? matches(peer.path("namespaceSelector"), namespaceLabels.getOrDefault(other.namespace(), Map.of()))
                : other.namespace().equals(namespaceOf(policy));
        boolean podOk = !peer.has("podSelector") || matches(peer.path("podSelector"), other.labels());
        return namespaceOk && podOk;
    }

    static String namespaceOf(JsonNode object) {
        return object.path("metadata").path("namespace").asText();
    }

    /** A label selector: matchLabels and matchExpressions, ANDed; empty selects everything. */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        for (Map.Entry<String, JsonNode> required : selector.path("matchLabels").properties()) {
            if (!required.getValue().asText().equals(labels.get(required.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = new TreeSet<>();
            expression.path("values").forEach(value -> values.add(value.asText()));
            boolean has = labels.containsKey(key);
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> has && values.contains(labels.get(key));
                case "NotIn" -> !has || !values.contains(labels.get(key));
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> throw new IllegalArgumentException("Unknown selector operator in " + expression);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean inBlock(String address, JsonNode ipBlock) {
        if (!inCidr(address, ipBlock.path("cidr").asText())) {
            return false;
        }
        for (JsonNode except : ipBlock.path("except")) {
            if (inCidr(address, except.asText())) {
                return false;
            }
        }
        return true;
    }

    static boolean inCidr(String address, String cidr) {
        String[] parts = cidr.split("/");
        byte[] network = bytes(parts[0]);
        byte[] candidate = bytes(address);
        if (network.length != candidate.length) {
            return false;
        }
        int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(network.length * 8).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(network.length * 8 - bits).subtract(BigInteger.ONE));
        return new BigInteger(1, network).and(mask).equals(new BigInteger(1, candidate).and(mask));
    }

    /** The first address of a CIDR block (a stand-in for "an address in that block"). */
    static String firstAddress(String cidr) {
        return cidr.split("/")[0];
    }

    private static byte[] bytes(String literal) {
        if (!literal.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("Not an IP address literal: " + literal);
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address: " + literal, e);
        }
    }
}
