package org.earlyhelp.platform.test.fuzz;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What an error body must never show: stack traces, class and package names, SQL, database errors. */
final class Leaks {

    private static final List<String> SIGNS = List.of(
            "Exception", "Caused by", "\tat ", "at org.", "at java.", "at io.", "org.", "java.", "javax.", "jakarta.",
            "com.fasterxml", "io.quarkus", "io.vertx", "io.smallrye", "Hibernate", "hibernate", "Jackson", "jackson",
            "SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", " FROM ", " WHERE ", "psql", "PSQL", "SQLState", "SQL state",
            "ERROR:", "violates", "constraint \"", "relation \"", "column \"", "syntax error", "NullPointer", "ClassCast",
            "Unrecognized field", "Cannot deserialize", "Cannot construct", "line: ", "column: ", "[Source:");

    private Leaks() {
    }

    /**
     * The first sign of internals in a problem body, ignoring what merely echoes the request
     * ({@code instance} is the path the caller sent, {@code requestId} may be theirs).
     */
    static Optional<String> in(JsonNode problem, String rawBody, Attempt attempt) {
        String text = rawBody;
        if (problem instanceof ObjectNode object) {
            ObjectNode shown = object.deepCopy();
            shown.remove("instance");
            shown.remove("requestId");
            text = shown.toString();
        }
        String sent = attempt.sentText();
        for (String sign : SIGNS) {
            if (text.contains(sign) && !sent.contains(sign)) {
                return Optional.of(sign);
            }
        }
        return Optional.empty();
    }
}
