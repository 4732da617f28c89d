package org.earlyhelp.platform.test.fuzz;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** What a fuzz run sent and what came back; {@link #failures()} lists every answer that broke a rule. */
public final class FuzzReport {

    private final String service;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> byOperation = new TreeMap<>();
    private final Map<String, Integer> byKind = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int notProblems;
    private final Set<String> skipped = new TreeSet<>();
    private int requests;
    private int refusalsExpected;
    private int connectionsClosed;
    private int refusedByHttpCodec;
    /** Exempt errors without a body (decision 0040), by kind of malformation and status. */
    private final Map<String, Integer> bare = new TreeMap<>();
    private DatabaseSnapshot.Difference database;
    private java.time.Duration duration = java.time.Duration.ZERO;

    FuzzReport(String service) {
        this.service = service;
    }

    void sent(Attempt attempt, int status) {
        requests++;
        if (attempt.expect() == Attempt.Expect.REFUSAL) {
            refusalsExpected++;
        }
        byStatus.merge(status, 1, Integer::sum);
        byKind.merge(attempt.kind(), 1, Integer::sum);
        byOperation.computeIfAbsent(attempt.operation().key(), key -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    /** The server closed the connection instead of answering (it may, after a 413 for a body it will not read). */
    void closed(Attempt attempt) {
        requests++;
        connectionsClosed++;
        byKind.merge(attempt.kind(), 1, Integer::sum);
        byOperation.computeIfAbsent(attempt.operation().key(), key -> new TreeMap<>()).merge(0, 1, Integer::sum);
    }

    void refusedByHttpCodec(Attempt attempt, int status) {
        refusedByHttpCodec++;
        bare.merge(attempt.kind() + " " + status, 1, Integer::sum);
    }

    void failed(Attempt attempt, String why) {
        failures.add(why + ": " + attempt);
    }

    /** An error answered without {@code application/problem+json}. */
    void notProblem(Attempt attempt, String why) {
        notProblems++;
        failed(attempt, why);
    }

    void skipped(String operation, String why) {
        skipped.add(operation + " (" + why + ")");
    }

    void took(java.time.Duration duration) {
        this.duration = duration;
    }

    void database(DatabaseSnapshot.Difference difference) {
        this.database = difference;
    }

    public int requests() {
        return requests;
    }

    public int operations() {
        return byOperation.size();
    }

    public int serverErrors() {
        return byStatus.entrySet().stream().filter(entry -> entry.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
    }

    public Map<Integer, Integer> byStatus() {
        return Map.copyOf(byStatus);
    }

    /** Errors answered without {@code application/problem+json} (the HTTP codec's exempt ones aside). */
    public int nonProblemErrors() {
        return notProblems;
    }

    /** Rows a run of requests that must all be refused added or changed (or removed): none is the rule. */
    public int malformedStored() {
        return database == null ? 0 : Math.max(database.addedRows(), database.lostRows());
    }

    /** Requests by kind of malformation ("duplicate key", "unknown code", ...). */
    public Map<String, Integer> byKind() {
        return Map.copyOf(byKind);
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** Operations none of whose requests got past authorisation (every answer 401 or 403): the fuzz never reached them. */
    public List<String> unreached() {
        List<String> unreached = new ArrayList<>();
        byOperation.forEach((operation, statuses) -> {
            int refusedAccess = statuses.getOrDefault(401, 0) + statuses.getOrDefault(403, 0);
            int total = statuses.values().stream().mapToInt(Integer::intValue).sum();
            if (refusedAccess == total) {
                unreached.add(operation);
            }
        });
        return unreached;
    }

    public DatabaseSnapshot.Difference database() {
        return database;
    }

    /**
     * Fails with the whole report unless every answer kept the rules (no 5xx, every error a problem, each with the
     * status and violations its flaw calls for), every operation was reached and nothing was stored.
     */
    public void assertClean() {
        StringBuilder problems = new StringBuilder();
        if (serverErrors() > 0) {
            problems.append(serverErrors()).append(" server errors; ");
        }
        if (notProblems > 0) {
            problems.append(notProblems).append(" errors without problem+json; ");
        }
        if (!failures.isEmpty()) {
            problems.append(failures.size()).append(" answers broke the rules; ");
        }
        if (!unreached().isEmpty()) {
            problems.append("never got past authorisation: ").append(unreached()).append("; ");
        }
        if (database != null && !database.none()) {
            problems.append("the database changed: ").append(database).append("; ");
        }
        if (!problems.isEmpty()) {
            java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
            print(new PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8));
            throw new AssertionError(problems + "\n" + text.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public void print(PrintStream out) {
        out.println();
        out.println("Bad input generated from the OpenAPI document of " + service);
        byOperation.forEach((operation, statuses) -> out.println("  " + operation + "  " + statuses));
        skipped.forEach(operation -> out.println("  skipped " + operation));
        out.println("  operations covered: " + operations() + " in " + duration.toSeconds() + " s; of the requests, "
                + refusalsExpected + " must be refused, " + (requests - refusalsExpected) + " are hostile but well-formed");
        out.println("  kinds of malformation: " + byKind);
        out.println("  requests tried: " + requests);
        out.println("  responses by status: " + byStatus
                + (connectionsClosed > 0 ? ", connection closed after 413: " + connectionsClosed : ""));
        if (refusedByHttpCodec > 0) {
            out.println("  answered without a body by the HTTP layer, before any handler (decision 0040): " + bare);
        }
        out.println("  5xx: " + serverErrors());
        out.println("  non-problem-json errors: " + notProblems);
        out.println("  malformed stored: " + (database == null ? "not checked" : malformedStored()
                + (database.none() ? "" : " (rows removed or changed: " + database.lostRows() + ", added or changed: "
                        + database.addedRows() + " " + database + ")")));
        out.println("  rule breaches: " + failures.size());
        failures.forEach(failure -> out.println("  ! " + failure));
        out.println();
    }
}
