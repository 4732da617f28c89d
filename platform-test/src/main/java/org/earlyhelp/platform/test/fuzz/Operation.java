package org.earlyhelp.platform.test.fuzz;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One documented operation: {@code key()} reads like {@code "post /api/referrals"}.
 * {@code body} is the request body's schema (null when it takes none); {@code description} the document's words
 * for it (which roles it needs, among others).
 */
public record Operation(String method, String path, String operationId, List<OperationParameter> parameters,
        JsonNode body, boolean bodyRequired, String description) {

    public String key() {
        return method.toLowerCase() + " " + path;
    }

    public List<OperationParameter> in(String location) {
        return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
    }

    public boolean takesBody() {
        return body != null;
    }

    @Override
    public String toString() {
        return key();
    }
}
