package org.earlyhelp.platform.test.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;

/**
 * Sends every malformed request {@link Malformations} derives from a service's OpenAPI
 * document to the running {@code @QuarkusTest} application and checks each answer: never a
 * 5xx; a refusal is a 4xx {@code application/problem+json} whose {@code status} matches and
 * which shows no internals; and, with a data source, that the service's tables hold nothing
 * from any of them.
 *
 * <p>A service's {@code GeneratedBadInputTest} keeps only its table: who calls, the bodies it accepts, the real records.
 *
 * <pre>{@code
 * BadInputFuzzer.ofService("referral-service", "referral")
 *         .caller(Agencies.hubScreener()).caller("/api/audit/", Agencies.auditor())
 *         .baseline("post /api/referrals", () -> Referrals.typical().build())
 *         .reads("/api/referrals/{id}", Map.of("id", referral))
 *         .database(dataSource)
 *         .assertClean();
 * }</pre>
 */
public final class BadInputFuzzer {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String service;
    private final ApiDescription api;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Supplier<Object>> baselines = new HashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private Function<Operation, String> callers = operation -> null;
    private final Map<String, String> callerByPrefix = new LinkedHashMap<>();
    private String context;
    private Function<Operation, Map<String, String>> pathValues = operation -> Map.of();
    private final Map<String, Map<String, String>> readValues = new LinkedHashMap<>();
    private DataSource dataSource;
    private Set<String> unwatchedTables = Set.of();
    private String baseUri;
    private int perKind = Integer.MAX_VALUE;

    private BadInputFuzzer(String service, ApiDescription api) {
        this.service = service;
        this.api = api;
    }

    public static BadInputFuzzer of(String service, ApiDescription api) {
        return new BadInputFuzzer(service, api);
    }

    /**
     * The service's own document ({@code /openapi/<context>}) on the {@code @QuarkusTest} application; its event feed
     * and audit trail ({@code {context}}) are read under that context.
     */
    public static BadInputFuzzer ofService(String service, String context) {
        BadInputFuzzer fuzzer = new BadInputFuzzer(service, ApiDescription.fetch("/openapi/" + context));
        fuzzer.context = context;
        return fuzzer;
    }

    /** The {@code Authorization} header for every operation no {@link #caller(String, String)} prefix names. */
    public BadInputFuzzer caller(String bearer) {
        this.callers = operation -> bearer;
        return this;
    }

    /**
     * The {@code Authorization} header for the operations whose path starts with {@code pathPrefix} (the first named
     * wins; null: none).
     */
    public BadInputFuzzer caller(String pathPrefix, String bearer) {
        callerByPrefix.put(pathPrefix, bearer);
        return this;
    }

    /**
     * Real path values for the reads ({@code GET}) of paths that start with {@code pathPrefix}, so that a flaw is tried
     * on a record that exists; actions go to random ids.
     */
    public BadInputFuzzer reads(String pathPrefix, Map<String, String> values) {
        readValues.put(pathPrefix, values);
        return this;
    }

    /** The {@code Authorization} header to send for an operation: a caller whose role reaches it (null: none). */
    public BadInputFuzzer callers(Function<Operation, String> bearerByOperation) {
        this.callers = bearerByOperation;
        return this;
    }

    /** A body the service accepts for this operation ({@code "post /api/referrals"}), to derive flaws from. */
    public BadInputFuzzer baseline(String operation, Supplier<Object> body) {
        baselines.put(operation, body);
        return this;
    }

    /** Known path parameter values for an operation (e.g. a real record id); others get random UUIDs. */
    public BadInputFuzzer pathValues(Function<Operation, Map<String, String>> values) {
        this.pathValues = values;
        return this;
    }

    /** Where to send the requests, e.g. the gateway's {@code http://127.0.0.1:8080}; by default RestAssured's application. */
    public BadInputFuzzer sendTo(String baseUri) {
        this.baseUri = baseUri;
        return this;
    }

    /**
     * At most {@code attempts} requests of each kind of malformation per operation, spread over all of them, so that a
     * slower run (through the gateway) still tries every kind on every operation.
     */
    public BadInputFuzzer sample(int attempts) {
        this.perKind = attempts;
        return this;
    }

    public BadInputFuzzer skip(String operation, String why) {
        skipped.put(operation, why);
        return this;
    }

    /** Snapshot every table but the audit trail (refused requests are audited by design) before and after. */
    public BadInputFuzzer database(DataSource dataSource) {
        return database(dataSource, ServerOwnedFields.AUDITED_ATTEMPTS);
    }

    /** Snapshot every table but {@code unwatched} before and after, and report any row added, changed or removed. */
    public BadInputFuzzer database(DataSource dataSource, Set<String> unwatched) {
        this.dataSource = dataSource;
        this.unwatchedTables = unwatched;
        return this;
    }

    /** Runs, prints the report and fails unless it is clean ({@link FuzzReport#assertClean()}). */
    public FuzzReport assertClean() {
        FuzzReport report = run();
        report.print(System.out);
        report.assertClean();
        return report;
    }

    public FuzzReport run() {
        FuzzReport report = new FuzzReport(service);
        long started = System.nanoTime();
        DatabaseSnapshot before = dataSource == null ? null : DatabaseSnapshot.take(dataSource, unwatchedTables);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        String base = baseUri != null ? baseUri : RestAssured.baseURI + ":" + RestAssured.port;
        Set<String> templates = api.paths();
        for (Operation operation : api.operations()) {
            if (skipped.containsKey(operation.key())) {
                report.skipped(operation.key(), skipped.get(operation.key()));
                continue;
            }
            Supplier<Object> baseline = baselines.get(operation.key());
            JsonNode body = baseline == null ? null : json.valueToTree(baseline.get());
            List<Attempt> attempts = sampled(Malformations.of(operation, body, pathValuesFor(operation),
                    api.methodsOf(operation.path()), templates));
            for (Attempt attempt : attempts) {
                // Asked each time: a real token (through the gateway) may have to be renewed during a long run.
                send(http, base, callerFor(operation), attempt, report);
            }
        }
        if (before != null) {
            report.database(before.comparedWith(DatabaseSnapshot.take(dataSource, unwatchedTables)));
        }
        report.took(java.time.Duration.ofNanos(System.nanoTime() - started));
        return report;
    }

    private String callerFor(Operation operation) {
        for (Map.Entry<String, String> prefix : callerByPrefix.entrySet()) {
            if (operation.path().startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return callers.apply(operation);
    }

    private Map<String, String> pathValuesFor(Operation operation) {
        Map<String, String> values = new HashMap<>();
        if (context != null && operation.path().contains("{context}")) {
            values.put("context", context);
        }
        if (operation.method().equals("GET")) {
            readValues.entrySet().stream().filter(prefix -> operation.path().startsWith(prefix.getKey())).findFirst()
                    .ifPresent(prefix -> values.putAll(prefix.getValue()));
        }
        values.putAll(pathValues.apply(operation));
        return values;
    }

    /** Up to {@link #perKind} attempts of each kind, evenly spaced through that kind's list. */
    private List<Attempt> sampled(List<Attempt> attempts) {
        if (perKind == Integer.MAX_VALUE) {
            return attempts;
        }
        Map<String, List<Attempt>> byKind = new LinkedHashMap<>();
        attempts.forEach(attempt -> byKind.computeIfAbsent(attempt.kind(), kind -> new java.util.ArrayList<>()).add(attempt));
        List<Attempt> sample = new java.util.ArrayList<>();
        byKind.values().forEach(ofKind -> {
            double step = Math.max(1.0, (double) ofKind.size() / perKind);
            for (double i = 0; i < ofKind.size(); i += step) {
                sample.add(ofKind.get((int) i));
            }
        });
        return sample;
    }

    private void send(HttpClient http, String base, String bearer, Attempt attempt, FuzzReport report) {
        if (!isUri(base + attempt.target())) {
            sendRaw(base, bearer, attempt, report);
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + attempt.target())).timeout(TIMEOUT)
                .method(attempt.method(), attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        attempt.headers().forEach(request::header);
        HttpResponse<String> response;
        try {
            response = sendOnce(http, request.build());
        } catch (IOException e) {
            if (attempt.body() != null && attempt.body().length > Malformations.ONE_MEGABYTE) {
                report.closed(attempt);
            } else {
                report.sent(attempt, 0);
                report.failed(attempt, "no answer (" + e + ")");
            }
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fuzzing", e);
        }
        check(attempt, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), report);
    }

    private static boolean isUri(String target) {
        try {
            URI.create(target);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A target no {@link URI} holds (e.g. {@code %zz}), written on a socket as it is. */
    private void sendRaw(String base, String bearer, Attempt attempt, FuzzReport report) {
        Map<String, String> headers = new LinkedHashMap<>(attempt.headers());
        if (bearer != null) {
            headers.put("Authorization", bearer);
        }
        RawHttp.Answer answer;
        try {
            answer = RawHttp.send(base, attempt.method(), attempt.target(), headers, attempt.body(), TIMEOUT);
        } catch (IOException e) {
            report.sent(attempt, 0);
            report.failed(attempt, "no answer (" + e + ")");
            return;
        }
        check(attempt, answer.status(), answer.contentType(), answer.body(), report);
    }

    /** One retry on a fresh connection: the server closes one after a 413 or 414, and the client may not have noticed yet. */
    private static HttpResponse<String> sendOnce(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedMeanwhile) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private void check(Attempt attempt, int status, String contentType, String body, FuzzReport report) {
        report.sent(attempt, status);
        if (status >= 500) {
            report.failed(attempt, "server error " + status);
        } else if (attempt.expect() == Attempt.Expect.REFUSAL && status < 400) {
            report.failed(attempt, "accepted with " + status);
        }
        if (status < 400) {
            return;
        }
        if (attempt.status() != 0 && status != attempt.status() && status >= 400) {
            report.failed(attempt, "answered " + status + " instead of " + attempt.status());
        }
        if (refusedByHttpCodec(attempt, status) && body.isEmpty()) {
            // Refused by the HTTP codec before any handler runs, and Quarkus offers no hook to
            // shape that answer (decision 0040): the only errors allowed to come without a problem.
            report.refusedByHttpCodec(attempt, status);
            return;
        }
        if (!contentType.startsWith("application/problem+json")) {
            report.notProblem(attempt, status + " is not a problem but '" + contentType + "' " + abbreviate(body));
            return;
        }
        JsonNode problem;
        try {
            problem = json.readTree(body);
        } catch (IOException e) {
            report.failed(attempt, status + " problem is not JSON: " + abbreviate(body));
            return;
        }
        if (problem == null || problem.path("status").asInt() != status || problem.path("title").asText("").isEmpty()) {
            report.failed(attempt, status + " problem without matching status and title: " + abbreviate(body));
        }
        if (attempt.naming() != null && !names(problem, attempt.naming())) {
            report.failed(attempt, status + " problem whose violations[] do not name " + attempt.naming() + ": " + abbreviate(body));
        }
        Optional<String> leak = Leaks.in(problem, body, attempt);
        leak.ifPresent(sign -> report.failed(attempt, status + " problem shows internals ('" + sign + "'): " + abbreviate(body)));
    }

    /**
     * Decision 0040: refused bare by Vert.x' codec before any handler or filter of ours can run: a request line over
     * 64 KiB (414) and headers over 20 KiB (431). Nothing else may come without a problem; a target {@link URI} cannot
     * parse (e.g. {@code %zz}) gets platform-web's 400 problem (decision 0015).
     */
    private static boolean refusedByHttpCodec(Attempt attempt, int status) {
        int requestLine = attempt.method().length() + attempt.target().length() + " HTTP/1.1".length() + 1;
        int headers = attempt.headers().entrySet().stream().mapToInt(header -> header.getKey().length() + header.getValue().length() + 4).sum();
        return status == 414 && requestLine > Malformations.CODEC_REQUEST_LINE
                || status == 431 && headers > 20 * 1024 - 1024;
    }

    private static boolean names(JsonNode problem, String field) {
        for (JsonNode violation : problem.path("violations")) {
            if (violation.path("field").asText("").contains(field)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
