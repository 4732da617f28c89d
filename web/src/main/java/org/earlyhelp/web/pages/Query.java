package org.earlyhelp.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A query string built from the parameters that have a value, each encoded. */
public final class Query {

    private final Map<String, String> parameters = new LinkedHashMap<>();

    public static Query of() {
        return new Query();
    }

    public Query with(String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            parameters.put(name, String.valueOf(value).trim());
        }
        return this;
    }

    public String on(String path) {
        return parameters.isEmpty() ? path : path + "?" + toString();
    }

    @Override
    public String toString() {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
