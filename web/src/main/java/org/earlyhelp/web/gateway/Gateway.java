package org.earlyhelp.web.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.web.WebConfig;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The web application's only way to the suite: the public APIs through the gateway, with the signed-in user's own
 * access token (or none, for the public directory). Whatever the API answers is what the page shows; this class never
 * decides who may see what.
 */
@ApplicationScoped
public class Gateway {

    private static final Logger LOG = Logger.getLogger(Gateway.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /**
     * HTTP/1.1: the JDK client would otherwise offer the gateway a cleartext HTTP/2 upgrade on every request, which
     * a POST with a body does not survive through the gateway's proxy (the gateway saw the caller leave, 499).
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final URI base;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    Gateway(WebConfig config, ObjectMapper json, SecurityIdentity identity) {
        this.base = config.gatewayUrl();
        this.json = json;
        this.identity = identity;
    }

    public ApiResponse get(String pathAndQuery) {
        return send(request(pathAndQuery).GET(), pathAndQuery);
    }

    public ApiResponse post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        headers.forEach(request::header);
        return send(request, path);
    }

    public ApiResponse put(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body)));
        headers.forEach(request::header);
        return send(request, path);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return request;
    }

    private Optional<String> token() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? Optional.empty() : Optional.ofNullable(credential.getToken());
    }

    private ApiResponse send(HttpRequest.Builder request, String path) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isBlank() ? MissingNode.getInstance()
                    : read(response.body());
            return new ApiResponse(response.statusCode(), body, response.headers().firstValue("ETag"),
                    response.headers().firstValue("Location"));
        } catch (IOException e) {
            LOG.warnf("The gateway did not answer %s: %s", path, e.toString());
            return ApiResponse.unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ApiResponse.unavailable();
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException notJson) {
            return MissingNode.getInstance();
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a request body", e);
        }
    }
}
