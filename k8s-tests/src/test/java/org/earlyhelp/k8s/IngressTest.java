package org.earlyhelp.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Nothing public that should not be: the public ingress class routes only the gateway's API and
 * Keycloak's early-help realm and theme; Keycloak's admin console and master realm only through
 * the internal class, on the admin host; no Ingress routes /q (Quarkus health, metrics, Swagger UI)
 * or a management port.
 */
class IngressTest {

    static final List<String> OVERLAYS = Suite.OVERLAYS;
    static final String PUBLIC_CLASS = "nginx";
    static final String INTERNAL_CLASS = "nginx-internal";
    static final Set<String> PUBLIC_PATHS = Set.of("/api", "/oruk", "/openapi", "/realms/early-help", "/resources",
            // the web application's pages and files, through the gateway; "/" only as the exact home page
            "/", "/services", "/referrals", "/triage", "/onward-referrals", "/hand-overs", "/people", "/cases", "/caseload", "/consents",
            "/directory-admin", "/audit", "/sign-in", "/sign-out", "/signed-out", "/static", "/webjars", "/assets");

    record Route(String ingress, String ingressClass, String host, String path, String service, String port, String pathType) {
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void thePublicIngressesRouteOnlyTheApiAndTheEarlyHelpRealm(String overlay) {
        List<Route> routes = routes(Manifests.overlay(overlay));

        assertThat(routes).filteredOn(route -> route.ingressClass().equals(PUBLIC_CLASS)).isNotEmpty()
                .allSatisfy(route -> assertThat(route.path()).as("%s", route).isIn(PUBLIC_PATHS));
        assertThat(routes).extracting(Route::ingressClass).containsOnly(PUBLIC_CLASS, INTERNAL_CLASS);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void noIngressRoutesQuarkusManagementPathsOrPorts(String overlay) {
        for (Route route : routes(Manifests.overlay(overlay))) {
            assertThat(route.path()).as("%s", route).doesNotStartWith("/q");
            if (route.path().equals("/")) {
                assertThat(route.pathType()).as("%s: the home page only, never a catch-all", route).isEqualTo("Exact");
            }
            assertThat(route.port()).as("%s", route).isNotIn("9000", "management");
        }
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void theAdminConsoleAndMasterRealmAreOnlyOnTheInternalAdminHost(String overlay) {
        Manifests manifests = Manifests.overlay(overlay);
        JsonNode keycloak = manifests.get("Keycloak", "keycloak").path("spec");
        String adminHost = keycloak.path("hostname").path("admin").asText().replace("https://", "");

        assertThat(keycloak.path("ingress").path("enabled").asBoolean(true)).as("the operator's Ingress (every path) is off").isFalse();
        assertThat(adminHost).isNotEmpty().isNotEqualTo(keycloak.path("hostname").path("hostname").asText().replace("https://", ""));
        for (Route route : routes(manifests)) {
            if (route.path().startsWith("/admin") || route.path().startsWith("/realms/master")) {
                assertThat(route.ingressClass()).as("%s", route).isEqualTo(INTERNAL_CLASS);
                assertThat(route.host()).as("%s", route).isEqualTo(adminHost);
            }
        }
        assertThat(routes(manifests)).anyMatch(route -> route.path().equals("/admin") && route.host().equals(adminHost));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("OVERLAYS")
    void keycloaksIngressesHaveBuffersForItsCookiesAndEveryHostHasTls(String overlay) {
        for (JsonNode ingress : Manifests.overlay(overlay).ofKind("Ingress")) {
            boolean keycloak = ingress.findValuesAsText("name").contains("keycloak-service");
            if (keycloak) {
                assertThat(ingress.path("metadata").path("annotations").path("nginx.ingress.kubernetes.io/proxy-buffer-size").asText())
                        .as(Manifests.describe(ingress)).isNotEmpty();
            }
            List<String> tlsHosts = new ArrayList<>();
            ingress.path("spec").path("tls").forEach(tls -> tls.path("hosts").forEach(host -> tlsHosts.add(host.asText())));
            ingress.path("spec").path("rules").forEach(rule -> assertThat(tlsHosts).contains(rule.path("host").asText()));
        }
    }

    static List<Route> routes(Manifests manifests) {
        List<Route> routes = new ArrayList<>();
        for (JsonNode ingress : manifests.ofKind("Ingress")) {
            String ingressClass = ingress.path("spec").path("ingressClassName").asText();
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode service = path.path("backend").path("service");
                    String port = service.path("port").has("number") ? service.path("port").path("number").asText()
                            : service.path("port").path("name").asText();
                    routes.add(new Route(Manifests.nameOf(ingress), ingressClass, rule.path("host").asText(), path.path("path").asText(),
                            service.path("name").asText(), port, path.path("pathType").asText()));
                }
            }
        }
        return routes;
    }
}
