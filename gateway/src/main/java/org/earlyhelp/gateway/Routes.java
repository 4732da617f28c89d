package org.earlyhelp.gateway;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;

/** Mounts one reverse proxy per backend on the path prefixes the routing table gives it. */
@ApplicationScoped
class Routes {

    private static final Logger LOG = Logger.getLogger(Routes.class);

    void mount(@Observes Router router, Vertx vertx, GatewayConfig config) {
        for (Map.Entry<String, GatewayConfig.Backend> entry : config.backends().entrySet()) {
            GatewayConfig.Backend backend = entry.getValue();
            HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true));
            int port = backend.url().getPort() < 0 ? 80 : backend.url().getPort();
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(port, backend.url().getHost());
            ProxyHandler handler = ProxyHandler.create(proxy);
            for (String prefix : backend.paths()) {
                router.route(prefix).handler(handler);
                router.route(prefix.endsWith("/") ? prefix + "*" : prefix + "/*").handler(handler);
                LOG.debugf("%s -> %s (%s)", prefix, entry.getKey(), backend.url());
            }
        }
    }
}
