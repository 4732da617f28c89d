package org.earlyhelp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own single-row insert rate on the suite's server: {@code pgbench} with a custom
 * script inserting one JSON row per transaction into database {@code bench}, with the server's
 * durability settings as the services have them (synchronous commit, fsync on).
 */
final class Pgbench {

    private final Path workDir;
    private final int port;

    Pgbench(Path workDir, int port) {
        this.workDir = workDir;
        this.port = port;
    }

    Result run(int clients, int seconds) throws IOException, InterruptedException {
        Path script = workDir.resolve("insert.sql");
        Files.writeString(script, "INSERT INTO pgbench_insert (id, body) VALUES (gen_random_uuid(), "
                + "'{\"children\":[{\"firstName\":\"Jayden\",\"lastName\":\"Whitfield\"}],\"urgency\":\"routine\"}'::jsonb);\n");
        ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres",
                "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds), "-f", script.toString(), "bench")
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process pgbench;
        try {
            pgbench = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("pgbench is not installed: apt-get install postgresql-client", e);
        }
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!pgbench.waitFor(seconds + 60L, TimeUnit.SECONDS) || pgbench.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
        Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(output);
        Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(output);
        if (!tps.find() || !latency.find()) {
            throw new IllegalStateException("Unexpected pgbench output:\n" + output);
        }
        return new Result(Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)),
                failed.find() ? Long.parseLong(failed.group(1)) : 0);
    }

    record Result(double tps, double averageMs, long failed) {
    }
}
