package org.earlyhelp.platform.test.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One malformed request: what is wrong with it ({@code flaw}), what it must get back, and the
 * request itself. {@code path} and {@code query} are sent as they are (already encoded).
 */
record Attempt(Operation operation, String flaw, Expect expect, String method, String path, String query,
        Map<String, String> headers, byte[] body) {

    /** What a malformed request must be answered with. */
    enum Expect {
        /** A 4xx problem: the request is wrong and must be refused. */
        REFUSAL,
        /** Anything but a 5xx: well-formed hostile input, e.g. an injection string in a free-text search, may find nothing. */
        NO_SERVER_ERROR
    }

    String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The request as text, to tell an echo of what was sent from a leak of what was not. */
    String sentText() {
        String target;
        try {
            target = java.net.URLDecoder.decode(target(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            target = target();
        }
        return target + " " + target() + " " + headers + " " + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
        return method + " " + (target().length() > 200 ? target().substring(0, 200) + "…" : target()) + " [" + flaw + "]"
                + (shown.isEmpty() ? "" : " body: " + shown + (body.length > 200 ? "… (" + body.length + " bytes)" : ""));
    }

    /** Copy-on-write building of an attempt from an operation's plausible request. */
    static final class Builder {

        private final Operation operation;
        private String method;
        private String path;
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        Builder(Operation operation, String path) {
            this.operation = operation;
            this.method = operation.method();
            this.path = path;
        }

        Builder copy() {
            Builder copy = new Builder(operation, path);
            copy.method = method;
            copy.query.putAll(query);
            copy.headers.putAll(headers);
            copy.body = body;
            return copy;
        }

        Builder method(String method) {
            this.method = method;
            return this;
        }

        Builder path(String path) {
            this.path = path;
            return this;
        }

        Builder query(String encodedName, String encodedValue) {
            if (encodedValue == null) {
                query.remove(encodedName);
            } else {
                query.put(encodedName, encodedValue);
            }
            return this;
        }

        Builder header(String name, String value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return this;
        }

        Builder body(String contentType, byte[] body) {
            header("Content-Type", contentType);
            this.body = body;
            return this;
        }

        Builder body(String contentType, String body) {
            return body(contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        }

        Attempt build(String flaw, Expect expect) {
            StringBuilder queryString = new StringBuilder();
            query.forEach((name, value) -> {
                if (!queryString.isEmpty()) {
                    queryString.append('&');
                }
                queryString.append(name).append('=').append(value);
            });
            return new Attempt(operation, flaw, expect, method, path, queryString.toString(), Map.copyOf(headers), body);
        }
    }
}
