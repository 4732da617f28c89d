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
 * <pre>{@code
 * FuzzReport report = BadInputFuzzer.of("referral-service", ApiDescription.fetch("/openapi/referral"))
 *         .callers(operation -> Agencies.hubScreener())
 *         .baseline("post /api/referrals", () -> Referrals.typical().build())
 *         .database(dataSource, Set.of("audit_event", "audit_seal"))
 *         .run();
 * report.print(System.out);
 * report.assertClean();
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
    private Function<Operation, Map<String, String>> pathValues = operation -> Map.of();
    private DataSource dataSource;
    private Set<String> unwatchedTables = Set.of();

    private BadInputFuzzer(String service, ApiDescription api) {
        this.service = service;
        this.api = api;
    }

    public static BadInputFuzzer of(String service, ApiDescription api) {
        return new BadInputFuzzer(service, api);
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

    public BadInputFuzzer skip(String operation, String why) {
        skipped.put(operation, why);
        return this;
    }

    /** Snapshot every table but {@code unwatched} before and after, and report any row added, changed or removed. */
    public BadInputFuzzer database(DataSource dataSource, Set<String> unwatched) {
        this.dataSource = dataSource;
        this.unwatchedTables = unwatched;
        return this;
    }

    public FuzzReport run() {
        FuzzReport report = new FuzzReport(service);
        long started = System.nanoTime();
        DatabaseSnapshot before = dataSource == null ? null : DatabaseSnapshot.take(dataSource, unwatchedTables);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        for (Operation operation : api.operations()) {
            if (skipped.containsKey(operation.key())) {
                report.skipped(operation.key(), skipped.get(operation.key()));
                continue;
            }
            Supplier<Object> baseline = baselines.get(operation.key());
            JsonNode body = baseline == null ? null : json.valueToTree(baseline.get());
            List<Attempt> attempts = Malformations.of(operation, body, pathValues.apply(operation), api.methodsOf(operation.path()));
            String bearer = callers.apply(operation);
            for (Attempt attempt : attempts) {
                send(http, base, bearer, attempt, report);
            }
        }
        if (before != null) {
            report.database(before.comparedWith(DatabaseSnapshot.take(dataSource, unwatchedTables)));
        }
        report.took(java.time.Duration.ofNanos(System.nanoTime() - started));
        return report;
    }

    private void send(HttpClient http, String base, String bearer, Attempt attempt, FuzzReport report) {
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
        check(attempt, response, report);
    }

    /** One retry on a fresh connection: the server closes one after a 413 or 414, and the client may not have noticed yet. */
    private static HttpResponse<String> sendOnce(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedMeanwhile) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private void check(Attempt attempt, HttpResponse<String> response, FuzzReport report) {
        int status = response.statusCode();
        report.sent(attempt, status);
        if (status >= 500) {
            report.failed(attempt, "server error " + status);
        } else if (attempt.expect() == Attempt.Expect.REFUSAL && status < 400) {
            report.failed(attempt, "accepted with " + status);
        }
        if (status < 400) {
            return;
        }
        if ((status == 414 || status == 431) && response.body().isEmpty()) {
            // Refused by the HTTP codec before any handler runs, and Quarkus offers no hook to
            // shape that answer (decision 0015): the one error allowed to come without a problem.
            report.refusedByHttpCodec();
            return;
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (!contentType.startsWith("application/problem+json")) {
            report.failed(attempt, status + " is not a problem but '" + contentType + "' " + abbreviate(response.body()));
            return;
        }
        JsonNode problem;
        try {
            problem = json.readTree(response.body());
        } catch (IOException e) {
            report.failed(attempt, status + " problem is not JSON: " + abbreviate(response.body()));
            return;
        }
        if (problem == null || problem.path("status").asInt() != status || problem.path("title").asText("").isEmpty()) {
            report.failed(attempt, status + " problem without matching status and title: " + abbreviate(response.body()));
        }
        Optional<String> leak = Leaks.in(problem, response.body(), attempt);
        leak.ifPresent(sign -> report.failed(attempt, status + " problem shows internals ('" + sign + "'): " + abbreviate(response.body())));
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
