package org.earlyhelp.platform.test.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

/** A path, query or header parameter of an {@link Operation}, with its (resolved) schema. */
public record OperationParameter(String name, String in, boolean required, JsonNode schema) {
}
