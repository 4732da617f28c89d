package org.earlyhelp.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.earlyhelp.localstack.Stack;

/**
 * The suite started exactly as the README starts it ({@code java -jar local-stack/target/local-stack.jar}),
 * as a separate process on free ports, with its own work directory under {@code target/}. The test run's suite
 * starts with {@code --reset}: empty, whatever an earlier run left in its data directory.
 *
 * <p>While writing tests, {@code -Dearlyhelp.e2e.attach=gateway:8080,keycloak:8180,directory:8081,referral:8082,case:8083,consent:8084}
 * drives a suite that is already running instead (started by hand with those ports); it is left running.
 */
public final class RunningSuite implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    final Path root;
    final Path workDir;
    final int gatewayPort;
    final int keycloakPort;
    /** The embedded PostgreSQL's port (for pg_dump); 0 when attached to a suite started by hand. */
    final int dbPort;
    /** Each service's own port by context name ({@code referral}, ...), for the few tests that bypass the gateway. */
    final Map<String, Integer> servicePorts;
    final Process launcher;
    final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private Thread reader;

    private RunningSuite(Path root, Path workDir, int gatewayPort, int keycloakPort, int dbPort,
            Map<String, Integer> servicePorts, Process launcher) {
        this.root = root;
        this.workDir = workDir;
        this.gatewayPort = gatewayPort;
        this.keycloakPort = keycloakPort;
        this.dbPort = dbPort;
        this.servicePorts = servicePorts;
        this.launcher = launcher;
    }

    static RunningSuite start() throws IOException, InterruptedException {
        String attach = System.getProperty("earlyhelp.e2e.attach", "");
        if (!attach.isBlank()) {
            return attachedTo(attach);
        }
        Path root = checkout();
        return launch(root, root.resolve("e2e-tests/target/stack"), freePorts(), List.of("--reset"), UNTHROTTLED);
    }

    /**
     * The gateway's per-client rate limits lifted (the launcher passes {@code earlyhelp.gateway.*} on to the gateway):
     * {@code contract.GatewayBadInputTest} sends thousands of requests as a few demo users, which would otherwise
     * measure throttling (429) instead of the answers. The limit itself is the gateway's own tests' business.
     */
    private static final List<String> UNTHROTTLED = List.of("-Dearlyhelp.gateway.rate-limit.requests=100000000",
            "-Dearlyhelp.gateway.backends.directory.rate-limit.requests=100000000");

    /** The checkout the tests run in. */
    public static Path checkout() {
        return Path.of(System.getProperty("earlyhelp.root", "..")).toAbsolutePath().normalize();
    }

    /** A free port for each component, by the name of its launcher option ({@code gateway} for --gateway-port, ...). */
    public static Map<String, Integer> freePorts() throws IOException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String component : List.of("gateway", "keycloak", "directory", "referral", "case", "consent", "db", "web")) {
            ports.put(component, Stack.freePort());
        }
        return Map.copyOf(ports);
    }

    /**
     * The README's run command on {@code workDir} and {@code ports} (from {@link #freePorts()}), with {@code arguments}
     * added ({@code --reset}, ...); returns once the launcher says the suite is up.
     */
    public static RunningSuite launch(Path root, Path workDir, Map<String, Integer> ports, List<String> arguments)
            throws IOException, InterruptedException {
        return launch(root, workDir, ports, arguments, List.of());
    }

    private static RunningSuite launch(Path root, Path workDir, Map<String, Integer> ports, List<String> arguments,
            List<String> launcherProperties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(launcherProperties);
        command.addAll(List.of("-jar", root.resolve("local-stack/target/local-stack.jar").toString(),
                "--root=" + root, "--work-dir=" + workDir));
        ports.forEach((component, port) -> command.add("--" + component + "-port=" + port));
        command.addAll(arguments);
        Map<String, Integer> services = new LinkedHashMap<>(ports);
        services.keySet().removeAll(List.of("gateway", "keycloak", "db", "web"));
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        RunningSuite suite = new RunningSuite(root, workDir, ports.get("gateway"), ports.get("keycloak"), ports.get("db"),
                Map.copyOf(services), process);
        suite.awaitUp();
        return suite;
    }

    private static RunningSuite attachedTo(String ports) {
        Map<String, Integer> given = new LinkedHashMap<>();
        for (String each : ports.split(",")) {
            String[] nameAndPort = each.trim().split(":");
            given.put(nameAndPort[0], Integer.parseInt(nameAndPort[1]));
        }
        Map<String, Integer> services = new LinkedHashMap<>(given);
        services.keySet().removeAll(List.of("gateway", "keycloak", "web"));
        return new RunningSuite(Path.of("."), Path.of("."), given.get("gateway"), given.get("keycloak"), 0,
                Map.copyOf(services), null);
    }

    /** Whether this run started the suite (and so may stop it), rather than attaching to one already running. */
    public boolean startedHere() {
        return launcher != null;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + keycloakPort;
    }

    public String tokenUrl() {
        return keycloakUrl() + "/realms/early-help/protocol/openid-connect/token";
    }

    /** The JDBC URL of one of the suite's databases ({@code referral}, ...) on its PostgreSQL, for user {@code postgres}. */
    public String jdbcUrl(String database) {
        if (dbPort == 0) {
            throw new IllegalStateException("Attached to a suite started by hand: its database port is not known");
        }
        return "jdbc:postgresql://127.0.0.1:" + dbPort + "/" + database;
    }

    /** The master key the launcher made for this suite's data (decision 0060): opens what the services sealed. */
    public Path masterKey() {
        if (dbPort == 0) {
            throw new IllegalStateException("Attached to a suite started by hand: its master key is not known");
        }
        return workDir.resolve("postgres.master-key.json");
    }

    /** A service's own URL, bypassing the gateway: {@code serviceUrl("referral")}. */
    public String serviceUrl(String context) {
        Integer port = servicePorts.get(context);
        if (port == null) {
            throw new IllegalArgumentException("No service " + context);
        }
        return "http://127.0.0.1:" + port;
    }

    private void awaitUp() throws InterruptedException {
        CompletableFuture<Boolean> up = new CompletableFuture<>();
        reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                    System.out.println("[local-stack] " + line);
                    if (line.contains("Press Ctrl-C")) {
                        up.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // the launcher is gone; the exit check below reports it
            }
            up.complete(false);
        }, "local-stack-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!up.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("The suite did not start:\n" + String.join("\n", output));
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            close();
            throw new IllegalStateException("The suite did not start in " + START_TIMEOUT + ":\n" + String.join("\n", output), e);
        }
    }

    /** Every process the launcher started that is still running, plus the embedded PostgreSQL server. */
    List<ProcessHandle> startedProcesses() throws IOException {
        List<ProcessHandle> all = new ArrayList<>(launcher.descendants().toList());
        Path postmasterPid = workDir.resolve("postgres/postmaster.pid");
        if (Files.exists(postmasterPid)) {
            long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
            ProcessHandle.of(pid).ifPresent(all::add);
        }
        return all;
    }

    /** The launcher's output so far, one line each. */
    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** SIGTERM, as Ctrl-C or a service manager would; waits for the launcher to finish stopping. */
    public int terminate(Duration timeout) throws InterruptedException {
        // Through the handle: Process.destroy() would also close our end of its output pipe.
        launcher.toHandle().destroy();
        if (!launcher.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("The launcher did not stop within " + timeout);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10)); // its last words are still in the pipe
        return launcher.exitValue();
    }

    static boolean allGone(List<ProcessHandle> processes, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (processes.stream().noneMatch(ProcessHandle::isAlive)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Override
    public void close() {
        if (launcher != null && launcher.isAlive()) {
            List<ProcessHandle> left = launcher.descendants().toList();
            launcher.destroy();
            try {
                if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                    launcher.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            left.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
