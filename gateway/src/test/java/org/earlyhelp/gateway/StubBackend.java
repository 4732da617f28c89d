package org.earlyhelp.gateway;

import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * Stand-in backends: one server plays referral, consent and directory and answers every request
 * with what it received; {@code /slow} paths answer after 3 s, {@code /drip} paths send half an answer at once and
 * the rest after 3 s (unless the gateway gives up on them first, which
 * {@link #ABANDONED} records). The case backend points at a port
 * nobody listens on.
 */
public class StubBackend implements QuarkusTestResourceLifecycleManager {

    static final AtomicInteger HITS = new AtomicInteger();
    /** Paths of the requests whose connection the gateway closed before the stub had answered them. */
    static final List<String> ABANDONED = new CopyOnWriteArrayList<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer()
                    .requestHandler(request -> request.body().onSuccess(body -> {
                        HITS.incrementAndGet();
                        JsonObject headers = new JsonObject();
                        request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
                        String answer = new JsonObject()
                                .put("method", request.method().name())
                                .put("path", request.path())
                                .put("query", request.query())
                                .put("headers", headers)
                                .put("body", body.toString())
                                .encode();
                        request.response().closeHandler(gone -> ABANDONED.add(request.path()));
                        if (request.path().endsWith("/drip")) { // the first half of an answer now, the rest in 3 s
                            request.response().setChunked(true).putHeader("Content-Type", "application/json");
                            request.response().write("{\"first\":\"half\",");
                            vertx.setTimer(3_000, tick -> {
                                if (!request.response().closed()) {
                                    request.response().end("\"second\":\"half\"}");
                                }
                            });
                            return;
                        }
                        long delay = request.path().endsWith("/slow") ? 3_000 : 1;
                        vertx.setTimer(delay, tick -> {
                            if (!request.response().closed()) {
                                request.response()
                                        .putHeader("Content-Type", "application/json")
                                        .putHeader("X-Backend", "stub")
                                        .putHeader("Access-Control-Allow-Origin", "*") // as the directory does for /oruk
                                        .end(answer);
                            }
                        });
                    }))
                    .listen(0, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            String url = "http://127.0.0.1:" + server.actualPort();
            Map<String, String> config = new HashMap<>();
            config.put("earlyhelp.gateway.backends.referral.url", url);
            config.put("earlyhelp.gateway.backends.referral.timeout", "PT1S");
            config.put("earlyhelp.gateway.backends.consent.url", url);
            config.put("earlyhelp.gateway.backends.consent.rate-limit.requests", "3");
            config.put("earlyhelp.gateway.backends.consent.rate-limit.period", "PT1H");
            config.put("earlyhelp.gateway.backends.directory.url", url);
            config.put("earlyhelp.gateway.backends.case.url", "http://127.0.0.1:" + closedPort());
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the stub backend", e);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
