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
    private final List<String> failures = new ArrayList<>();
    private final Set<String> skipped = new TreeSet<>();
    private int requests;
    private int refusalsExpected;
    private int connectionsClosed;
    private int refusedByHttpCodec;
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
        byOperation.computeIfAbsent(attempt.operation().key(), key -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    /** The server closed the connection instead of answering (it may, after a 413 for a body it will not read). */
    void closed(Attempt attempt) {
        requests++;
        connectionsClosed++;
        byOperation.computeIfAbsent(attempt.operation().key(), key -> new TreeMap<>()).merge(0, 1, Integer::sum);
    }

    void refusedByHttpCodec() {
        refusedByHttpCodec++;
    }

    void failed(Attempt attempt, String why) {
        failures.add(why + ": " + attempt);
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

    /** Fails with the whole report unless every answer kept the rules, every operation was reached and nothing was stored. */
    public void assertClean() {
        StringBuilder problems = new StringBuilder();
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
        out.println("  operations covered: " + operations() + ", malformed requests tried: " + requests
                + " (" + refusalsExpected + " that must be refused, " + (requests - refusalsExpected) + " hostile but well-formed) in "
                + duration.toSeconds() + " s");
        out.println("  responses by status: " + byStatus + (connectionsClosed > 0 ? ", connection closed after 413: " + connectionsClosed : "")
                + (refusedByHttpCodec > 0 ? ", bare 414/431 from the HTTP codec: " + refusedByHttpCodec : ""));
        out.println("  5xx: " + serverErrors() + ", rule breaches: " + failures.size());
        if (database != null) {
            out.println("  records lost: " + database.lostRows() + ", duplicates (rows added): " + database.addedRows()
                    + (database.none() ? "" : " " + database));
        }
        failures.forEach(failure -> out.println("  ! " + failure));
        out.println();
    }
}
