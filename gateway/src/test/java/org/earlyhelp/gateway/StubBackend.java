package org.earlyhelp.gateway;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/** A stand-in referral service that answers every request with what it received. */
public class StubBackend implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer()
                    .requestHandler(request -> request.body().onSuccess(body -> request.response()
                            .putHeader("Content-Type", "application/json")
                            .end(new JsonObject()
                                    .put("method", request.method().name())
                                    .put("path", request.path())
                                    .put("query", request.query())
                                    .put("authorization", request.getHeader("Authorization"))
                                    .put("body", body.toString())
                                    .encode())))
                    .listen(0, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return Map.of("earlyhelp.gateway.backends.referral.url", "http://127.0.0.1:" + server.actualPort());
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the stub backend", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
