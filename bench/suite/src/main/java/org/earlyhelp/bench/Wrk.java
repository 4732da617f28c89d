package org.earlyhelp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the load generator {@code wrk} (Debian package {@code wrk}) with a Lua script and reads the
 * one result line the script's {@code done} hook prints. A fixed rate is approximated with
 * {@code delay()}: each connection waits {@code connections / rate} between its requests, so the
 * achieved rate is a little below the target and is what the table reports.
 */
final class Wrk {

    private static final String DONE = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("RESULT %d %d %.3f %.3f %.3f %d\\n", summary.requests, summary.duration,
                latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
                e.connect + e.read + e.write + e.status + e.timeout))
            end
            """;

    private final Path workDir;
    private final int threads;

    Wrk(Path workDir, int threads) {
        this.workDir = workDir;
        this.threads = threads;
    }

    static void requireInstalled() {
        try {
            Process probe = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            probe.waitFor();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk", e);
        }
    }

    /**
     * @param requestLua Lua defining {@code request = function() ... end} (and optionally {@code init})
     * @param ratePerSecond 0 for as fast as it goes (closed loop)
     */
    Result run(String name, String url, String requestLua, int connections, int seconds, double ratePerSecond)
            throws IOException, InterruptedException {
        StringBuilder lua = new StringBuilder(requestLua).append('\n').append(DONE);
        if (ratePerSecond > 0) {
            long delayMs = Math.max(1, Math.round(connections * 1000.0 / ratePerSecond));
            lua.append("delay = function() return ").append(delayMs).append(" end\n");
        }
        Path script = workDir.resolve(name.replaceAll("[^a-zA-Z0-9]+", "-") + ".lua");
        Files.writeString(script, lua.toString());
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(threads, connections), "-c" + connections,
                "-d" + seconds + "s", "--timeout", "10s", "-s", script.toString(), url));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(seconds + 60L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IllegalStateException("wrk failed for " + name + ":\n" + output);
        }
        for (String line : output.split("\n")) {
            if (line.startsWith("RESULT ")) {
                String[] f = line.split(" ");
                long requests = Long.parseLong(f[1]);
                double durationSeconds = Long.parseLong(f[2]) / 1e6;
                return new Result(name, requests / durationSeconds, Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Long.parseLong(f[6]), requests);
            }
        }
        throw new IllegalStateException("No result line from wrk for " + name + ":\n" + output);
    }

    /**
     * The same load on two targets in alternating rounds ({@code rounds} × {@code seconds / rounds} each, first A then B),
     * so that both see the same machine: a drift during the run (autovacuum after a burst of writes, a JIT settling,
     * a neighbour) falls on both instead of on whichever ran second. Throughput is over all rounds; percentiles are the
     * mean of the rounds' percentiles.
     */
    Result[] alternate(String nameA, String urlA, String nameB, String urlB, String requestLua, int connections, int seconds,
            int rounds) throws IOException, InterruptedException {
        return alternate(nameA, urlA, nameB, urlB, requestLua, connections, seconds, rounds, 0);
    }

    /** As above, both paced at {@code ratePerSecond} (0: closed loop). */
    Result[] alternate(String nameA, String urlA, String nameB, String urlB, String requestLua, int connections, int seconds,
            int rounds, double ratePerSecond) throws IOException, InterruptedException {
        int each = Math.max(1, seconds / rounds);
        List<Result> a = new ArrayList<>();
        List<Result> b = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            a.add(run(nameA, urlA, requestLua, connections, each, ratePerSecond));
            b.add(run(nameB, urlB, requestLua, connections, each, ratePerSecond));
        }
        return new Result[] {combine(nameA, a, each), combine(nameB, b, each)};
    }

    private static Result combine(String name, List<Result> rounds, int secondsEach) {
        long requests = rounds.stream().mapToLong(Result::requests).sum();
        double seconds = rounds.stream().mapToDouble(round -> round.requests() / round.throughput()).sum();
        return new Result(name, requests / seconds, rounds.stream().mapToDouble(Result::p50).average().orElse(0),
                rounds.stream().mapToDouble(Result::p95).average().orElse(0),
                rounds.stream().mapToDouble(Result::p99).average().orElse(0),
                rounds.stream().mapToLong(Result::errors).sum(), requests);
    }

    /** Throughput in requests per second, latencies in milliseconds; errors are socket errors, timeouts and 4xx/5xx. */
    record Result(String name, double throughput, double p50, double p95, double p99, long errors, long requests) {
    }
}
