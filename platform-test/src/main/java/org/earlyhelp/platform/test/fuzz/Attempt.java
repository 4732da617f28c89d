package org.earlyhelp.platform.test.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One malformed request: what kind of malformation it is ({@code kind}, e.g. "duplicate key"), what
 * exactly is wrong with it ({@code flaw}), what it must get back, and the request itself. {@code path}
 * and {@code query} are sent as they are (already encoded). {@code status}, when not 0, is the one status
 * the refusal must have; {@code naming}, when not null, a field one of the problem's {@code violations[]}
 * must name.
 */
record Attempt(Operation operation, String kind, String flaw, Expect expect, int status, String naming, String method,
        String path, String query, Map<String, String> headers, byte[] body) {

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
        private final String kind;
        private int status;
        private String naming;
        private String method;
        private String path;
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        Builder(Operation operation, String kind, String path) {
            this.operation = operation;
            this.kind = kind;
            this.method = operation.method();
            this.path = path;
        }

        Builder copy() {
            Builder copy = new Builder(operation, kind, path);
            copy.status = status;
            copy.naming = naming;
            copy.method = method;
            copy.query.putAll(query);
            copy.headers.putAll(headers);
            copy.body = body;
            return copy;
        }

        /** The one status the refusal must have. */
        Builder status(int status) {
            this.status = status;
            return this;
        }

        /** A field the refusal's {@code violations[]} must name. */
        Builder naming(String field) {
            this.naming = field;
            return this;
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
            return new Attempt(operation, kind, flaw, expect, status, naming, method, path, queryString.toString(),
                    Map.copyOf(headers), body);
        }
    }
}
