package org.earlyhelp.gateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Finds the backend that owns a path: the longest configured prefix that matches on a segment boundary. */
@ApplicationScoped
class RouteTable {

    /** One prefix of one backend. The root, {@code /}, is no prefix: it is the home page alone. */
    record Route(String prefix, String backend, GatewayConfig.Backend target, boolean isPublic) {

        boolean matches(String path) {
            return path.equals(prefix) || !isRoot() && path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
        }

        boolean isRoot() {
            return prefix.equals("/");
        }
    }

    private final List<Route> routes;

    RouteTable(GatewayConfig config) {
        List<Route> all = new ArrayList<>();
        for (Map.Entry<String, GatewayConfig.Backend> backend : config.backends().entrySet()) {
            for (String prefix : backend.getValue().paths()) {
                boolean isPublic = config.publicPaths().stream()
                        .anyMatch(open -> prefix.equals(open) || prefix.startsWith(open + "/"));
                all.add(new Route(prefix, backend.getKey(), backend.getValue(), isPublic));
            }
        }
        all.sort(Comparator.comparingInt((Route route) -> route.prefix().length()).reversed());
        this.routes = List.copyOf(all);
    }

    Optional<Route> find(String path) {
        return routes.stream().filter(route -> route.matches(path)).findFirst();
    }

    List<Route> all() {
        return routes;
    }
}
