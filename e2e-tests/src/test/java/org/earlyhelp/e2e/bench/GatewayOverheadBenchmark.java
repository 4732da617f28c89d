package org.earlyhelp.e2e.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.earlyhelp.localstack.Stack;
import org.earlyhelp.localstack.StackOptions;

/**
 * Not a test: starts the whole suite on free ports, then sends the same authenticated request
 * ({@code GET /api/referrals} as pc.hughes) straight to referral-service and through the gateway,
 * alternating rounds, and prints throughput, p50 and p99 of each and their ratio.
 *
 * <pre>./mvnw -B -q -pl e2e-tests exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.earlyhelp.e2e.bench.GatewayOverheadBenchmark [-Dexec.args="concurrency seconds rounds"]</pre>
 */
public final class GatewayOverheadBenchmark {

    private GatewayOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // One client hammers one route: lift the gateway's per-client limit so it measures forwarding, not throttling.
        System.setProperty("earlyhelp.gateway.rate-limit.requests", "100000000");
        Path root = Path.of(System.getProperty("earlyhelp.root", ".")).toAbsolutePath().normalize();
        if (!root.resolve("local-stack").toFile().isDirectory()) {
            root = root.getParent();
        }
        StackOptions options = StackOptions.withPorts(root, Stack.freePort(), Stack.freePort(), Stack.freePort(),
                Stack.freePort(), Stack.freePort(), Stack.freePort());
        options = new StackOptions(options.root(), root.resolve("e2e-tests/target/stack"), options.gatewayPort(),
                options.directoryPort(), options.referralPort(), options.casePort(), options.consentPort(),
                options.keycloakPort(), options.dbUrl(), options.dbUser(), options.dbPassword());
        PrintStream out = System.out;
        try (Stack stack = Stack.start(options, out)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = token(http, options.keycloakUrl());
            URI direct = URI.create("http://127.0.0.1:" + options.referralPort() + "/api/referrals");
            URI viaGateway = URI.create(options.gatewayUrl() + "/api/referrals");

            out.printf("%nWarming up ...%n");
            run(http, direct, token, concurrency, Duration.ofSeconds(5));
            run(http, viaGateway, token, concurrency, Duration.ofSeconds(5));

            List<Result> directResults = new ArrayList<>();
            List<Result> gatewayResults = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                directResults.add(run(http, direct, token, concurrency, Duration.ofSeconds(seconds)));
                gatewayResults.add(run(http, viaGateway, token, concurrency, Duration.ofSeconds(seconds)));
            }
            Result d = Result.merge(directResults);
            Result g = Result.merge(gatewayResults);
            out.printf("%nGET /api/referrals as pc.hughes, %d concurrent clients, %d rounds x %d s each path (alternating)%n",
                    concurrency, rounds, seconds);
            out.printf("%-16s %12s %10s %10s %8s%n", "path", "req/s", "p50 ms", "p99 ms", "errors");
            out.printf("%-16s %12.0f %10.2f %10.2f %8d%n", "direct", d.throughput(), d.percentile(50), d.percentile(99), d.errors);
            out.printf("%-16s %12.0f %10.2f %10.2f %8d%n", "through gateway", g.throughput(), g.percentile(50),
                    g.percentile(99), g.errors);
            out.printf("%-16s %12.2f %10.2f %10.2f%n", "gateway/direct", g.throughput() / d.throughput(),
                    g.percentile(50) / d.percentile(50), g.percentile(99) / d.percentile(99));
        }
    }

    private static String token(HttpClient http, String keycloak) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/early-help/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=early-help-web&username=pc.hughes&password=demo-password"))
                .build();
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("No token from Keycloak: " + body);
        }
        return token.group(1);
    }

    private static Result run(HttpClient http, URI uri, String token, int concurrency, Duration duration) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            workers.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int count = 0;
                long errors = 0;
                while (System.nanoTime() < end) { // errors (non-200) are counted, not hidden
                    long start = System.nanoTime();
                    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    long took = System.nanoTime() - start;
                    if (status != 200) {
                        errors++;
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = took;
                }
                long[] result = Arrays.copyOf(latencies, count + 1);
                result[count] = errors;
                return result;
            }));
        }
        List<long[]> samples = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> worker : workers) {
            long[] result = worker.get();
            errors += result[result.length - 1];
            samples.add(Arrays.copyOf(result, result.length - 1));
        }
        pool.shutdown();
        return new Result(samples.stream().flatMapToLong(Arrays::stream).toArray(), duration.toNanos() / 1e9, errors);
    }

    private record Result(long[] latencies, double seconds, long errors) {

        static Result merge(List<Result> results) {
            return new Result(results.stream().flatMapToLong(r -> Arrays.stream(r.latencies)).toArray(),
                    results.stream().mapToDouble(Result::seconds).sum(), results.stream().mapToLong(Result::errors).sum());
        }

        double throughput() {
            return latencies.length / seconds;
        }

        double percentile(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
        }
    }
}
