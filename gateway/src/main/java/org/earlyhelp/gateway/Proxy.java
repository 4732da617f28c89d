package org.earlyhelp.gateway;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.platform.http.HttpProblems;
import org.earlyhelp.platform.http.ProblemKind;
import org.earlyhelp.platform.http.Problem;
import org.earlyhelp.platform.http.RequestIds;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards a request to its backend as it came (method, path, query, body streamed), minus
 * hop-by-hop and self-asserted identity headers, plus X-Forwarded-* and the request id. A backend
 * that is down is a 503 problem, one that breaks the exchange a 502, one that stays silent past
 * its timeout a 504 — never a hang.
 */
@ApplicationScoped
class Proxy {

    private static final Logger LOG = Logger.getLogger(Proxy.class);

    private final HttpClient client;
    private final ObjectMapper json;

    Proxy(Vertx vertx, ObjectMapper json) {
        this.client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setConnectTimeout(2_000),
                new PoolOptions().setHttp1MaxSize(200));
        this.json = json;
    }

    void forward(RoutingContext context, RouteTable.Route route) {
        HttpServerRequest in = context.request();
        in.pause();
        var target = route.target().url();
        RequestOptions options = new RequestOptions()
                .setMethod(in.method())
                .setHost(target.getHost())
                .setPort(target.getPort() < 0 ? 80 : target.getPort())
                .setURI(in.uri())
                .setIdleTimeout(route.target().timeout().toMillis());
        client.request(options)
                .onFailure(failure -> fail(context, route, failure))
                .onSuccess(out -> {
                    if (context.response().closed()) {
                        out.reset(); // the caller left while the gateway connected: nothing to forward
                        return;
                    }
                    // A caller that leaves before its answer cancels the forwarded exchange: the backend stops working
                    // for nobody, and nothing is relayed into a closed response.
                    context.addEndHandler(done -> {
                        if (done.failed()) {
                            out.reset();
                        }
                    });
                    send(context, route, in, out);
                });
    }

    private void send(RoutingContext context, RouteTable.Route route, HttpServerRequest in, HttpClientRequest out) {
        in.headers().forEach(header -> {
            if (Headers.passes(header.getKey(), in.headers())) {
                out.headers().add(header.getKey(), header.getValue());
            }
        });
        String client = in.remoteAddress() == null ? null : in.remoteAddress().host();
        if (client != null) {
            out.putHeader("X-Forwarded-For", client);
        }
        out.putHeader("X-Forwarded-Proto", in.scheme() == null ? "http" : in.scheme());
        if (in.authority() != null) {
            out.putHeader("X-Forwarded-Host", in.authority().toString());
        }
        String requestId = context.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            out.putHeader(RequestIds.HEADER, requestId);
        }
        // A request that declares no body (no Content-Length, no Transfer-Encoding) goes on without one: streaming it
        // would make it chunked, and the service would see a body that says nothing of its type (415).
        boolean body = in.headers().contains("Content-Length") || in.headers().contains("Transfer-Encoding");
        if (!body) {
            in.resume();
        }
        (body ? out.send(in) : out.send())
                .onFailure(failure -> fail(context, route, failure))
                .onSuccess(response -> relay(context, response));
    }

    private void relay(RoutingContext context, HttpClientResponse response) {
        HttpServerResponse back = context.response();
        if (gone(back)) {
            response.request().reset();
            return;
        }
        back.setStatusCode(response.statusCode());
        response.headers().forEach(header -> {
            // The gateway owns CORS and the request id: a backend's own values would double them.
            boolean gatewayOwned = header.getKey().equalsIgnoreCase(RequestIds.HEADER)
                    || header.getKey().regionMatches(true, 0, "Access-Control-", 0, 15);
            if (Headers.passesBack(header.getKey()) && !gatewayOwned) {
                back.headers().add(header.getKey(), header.getValue());
            }
        });
        if (response.getHeader("Content-Length") == null) {
            back.setChunked(true);
        }
        // Relayed chunk by chunk rather than with Vert.x's pipe, which kept writing into a response its caller had
        // closed (an uncaught "Response has already been written" per abandoned exchange).
        response.handler(chunk -> {
            if (gone(back)) {
                response.request().reset();
                return;
            }
            back.write(chunk);
            if (back.writeQueueFull()) {
                response.pause();
                back.drainHandler(drained -> response.resume());
            }
        });
        response.exceptionHandler(failure -> {
            LOG.debugf("Relay of %s broke: %s", context.normalizedPath(), failure.getMessage());
            if (!gone(back)) {
                back.reset();
            }
        });
        response.endHandler(end -> {
            if (!gone(back)) {
                back.end();
            }
        });
    }

    private static boolean gone(HttpServerResponse back) {
        return back.closed() || back.ended();
    }

    private void fail(RoutingContext context, RouteTable.Route route, Throwable failure) {
        if (gone(context.response())) {
            return; // the caller has gone (its leaving is what cancelled the exchange) or has its answer already
        }
        if (failure instanceof TimeoutException) {
            HttpProblems.send(context, json, Problem.of(ProblemKind.GATEWAY_TIMEOUT,
                    "The " + route.backend() + " service did not answer in time"));
        } else if (failure instanceof ConnectException) {
            HttpProblems.send(context, json, Problem.of(ProblemKind.UNAVAILABLE,
                    "The " + route.backend() + " service is not available; try again shortly"),
                    java.util.Map.of("Retry-After", "5"));
        } else {
            LOG.warnf("Forwarding %s %s to %s failed: %s", context.request().method(), context.normalizedPath(),
                    route.backend(), failure.toString());
            HttpProblems.send(context, json, Problem.of(ProblemKind.BAD_GATEWAY,
                    "The " + route.backend() + " service gave no usable answer"));
        }
    }
}
