package org.earlyhelp.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole suite on this machine: PostgreSQL, Keycloak, the four services and the gateway,
 * started in that order, each awaited until ready. {@link #close()} stops everything it
 * started, in reverse order; a failed start stops what already runs before it reports.
 */
public final class Stack implements AutoCloseable {

    private static final Duration KEYCLOAK_READY = Duration.ofMinutes(6);
    private static final Duration SERVICE_READY = Duration.ofMinutes(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** A training start's JVM writes its archive as it exits: a few seconds on a busy 2-core machine. */
    private static final Duration ARCHIVE_DUMP_GRACE = Duration.ofSeconds(60);

    /** A service module, the port it listens on, and the database it owns. */
    record Service(String name, int port, String database) {
        String module() {
            return name;
        }
    }

    private final StackOptions options;
    private final PrintStream out;
    private final List<ChildProcess> children = Collections.synchronizedList(new ArrayList<>());
    private Database database;
    private boolean closed;
    private int webPort;

    /** A stack not started yet: register its {@link #close()} as a shutdown hook, then {@link #start()}. */
    public Stack(StackOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Starts everything; on any failure stops what was started and throws. */
    public static Stack start(StackOptions options, PrintStream out) throws Exception {
        Stack stack = new Stack(options, out);
        stack.start();
        return stack;
    }

    /** Starts everything in order; on any failure (or a {@link #close()} meanwhile) stops what was started and throws. */
    public void start() throws Exception {
        try {
            startAll();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    private void track(ChildProcess child) {
        children.add(child);
        synchronized (this) {
            if (closed) {
                child.stop(STOP_GRACE);
                throw new IllegalStateException("Stopped while starting");
            }
        }
    }

    public StackOptions options() {
        return options;
    }

    /** PIDs of the running children by component name, for tests that stop and start one. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        synchronized (children) {
            children.forEach(child -> pids.put(child.name(), child.pid()));
        }
        return pids;
    }

    /**
     * Stops one component (SIGTERM, then SIGKILL after the grace period), as an operator would;
     * {@link #start(String)} brings it back. Names as in {@link #pids()}: {@code keycloak},
     * {@code directory-service}, {@code referral-service}, {@code case-service}, {@code consent-service}, {@code gateway},
     * {@code web}.
     */
    public void stop(String name) {
        child(name).stop(STOP_GRACE);
    }

    /** Ends one component with SIGKILL, as a crash would (no shutdown hooks, requests cut off mid-way). */
    public void kill(String name) {
        child(name).kill(STOP_GRACE);
    }

    /** Starts a component that was stopped, killed or has exited, and waits until it is ready again. */
    public void start(String name) throws Exception {
        ChildProcess old = child(name);
        if (old.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + old.pid() + ")");
        }
        ChildProcess started = launch(name);
        synchronized (children) {
            children.set(children.indexOf(old), started);
        }
        synchronized (this) {
            if (closed) {
                started.stop(STOP_GRACE);
                throw new IllegalStateException("Stopped while starting " + name);
            }
        }
        started.awaitReady(name.equals("keycloak") ? KEYCLOAK_READY : SERVICE_READY);
        writePidFile();
    }

    /**
     * Restarts the embedded PostgreSQL server on the same data and port: open transactions roll back
     * and every connection is cut, as in a real database restart. Not available with {@code --db-url}.
     */
    public void restartDatabase() throws IOException {
        database.restart();
    }

    /** A connection to one service's database ({@code directory}, {@code referral}, {@code case}, {@code consent}) as the server's admin. */
    public Connection connect(String database) throws SQLException {
        return this.database.connect(database);
    }

    private ChildProcess child(String name) {
        synchronized (children) {
            return children.stream().filter(child -> child.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No component " + name + " in this stack; there are "
                            + children.stream().map(ChildProcess::name).toList()));
        }
    }

    private ChildProcess launch(String name) throws IOException {
        if (name.equals("keycloak")) {
            return Keycloak.start(options, javaHome());
        }
        if (name.equals("gateway")) {
            return startGateway();
        }
        if (name.equals("web")) {
            return startWeb();
        }
        for (Service service : services()) {
            if (service.name().equals(name)) {
                return startService(service);
            }
        }
        throw new IllegalArgumentException("No component " + name);
    }

    List<Service> services() {
        return List.of(
                new Service("directory-service", options.directoryPort(), "directory"),
                new Service("referral-service", options.referralPort(), "referral"),
                new Service("case-service", options.casePort(), "case"),
                new Service("consent-service", options.consentPort(), "consent"));
    }

    /** The web application's port: as given, or a free one chosen once. */
    int webPort() {
        if (webPort == 0) {
            try {
                webPort = options.webPort() != 0 ? options.webPort() : freePort();
            } catch (IOException e) {
                throw new IllegalStateException("No free port for the web application", e);
            }
        }
        return webPort;
    }

    private void startAll() throws Exception {
        long started = System.nanoTime();
        checkPortsFree();
        checkBuilt();
        Files.createDirectories(options.workDir());

        step("PostgreSQL", () -> {
            database = options.dbUrl() == null
                    ? Database.embedded(options.workDir(), componentPorts().values())
                    : Database.existing(options.dbUrl(), options.dbUser(), options.dbPassword());
            database.prepareServiceDatabases();
            return (options.dbUrl() == null ? "embedded PostgreSQL 17" : options.dbUrl()) + " on port " + database.port();
        });

        step("Keycloak", () -> {
            ChildProcess keycloak = Keycloak.start(options, javaHome());
            track(keycloak);
            keycloak.awaitReady(KEYCLOAK_READY);
            return "realm " + Keycloak.REALM + " at " + options.keycloakUrl();
        });

        List<String> untrained = untrainedModules();
        if (!untrained.isEmpty()) {
            step("class-data training", () -> trainClassDataArchives(untrained));
        }

        step("services", () -> {
            ExecutorService pool = Executors.newFixedThreadPool(services().size());
            try {
                List<Future<?>> ready = new ArrayList<>();
                for (Service service : services()) {
                    ChildProcess child = startService(service);
                    track(child);
                    ready.add(pool.submit(() -> {
                        child.awaitReady(SERVICE_READY);
                        out.printf("    %-18s ready on http://127.0.0.1:%d%n", service.name(), service.port());
                        return null;
                    }));
                }
                for (Future<?> each : ready) {
                    try {
                        each.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            return services().size() + " services";
        });

        step("gateway and web", () -> {
            ChildProcess gateway = startGateway();
            track(gateway);
            ChildProcess web = startWeb();
            track(web);
            gateway.awaitReady(SERVICE_READY);
            web.awaitReady(SERVICE_READY);
            return options.gatewayUrl() + ", web pages at " + options.gatewayUrl() + "/";
        });
        writePidFile();
        out.printf("Early Help Hub is up in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    }

    private ChildProcess startService(Service service) throws IOException {
        return ChildProcess.start(service.name(), serviceCommand(service), Map.of(), quarkusApp(service.module()).getParent(),
                options.workDir().resolve("logs/" + service.name() + ".log"), readiness(service.name()));
    }

    private List<String> serviceCommand(Service service) {
        List<String> command = new ArrayList<>(javaCommand(service.module()));
        command.addAll(List.of(
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + service.port(),
                "-Dquarkus.datasource.jdbc.url=" + database.jdbcUrl(service.database()),
                "-Dquarkus.datasource.username=" + Database.userOf(service.database()),
                "-Dquarkus.datasource.password=" + Database.passwordOf(service.database()),
                "-Dquarkus.oidc.auth-server-url=" + options.keycloakUrl() + "/realms/" + Keycloak.REALM,
                "-Dquarkus.oidc.credentials.secret=" + service.name() + "-demo-secret",
                "-Dearlyhelp.services.directory.url=http://127.0.0.1:" + options.directoryPort(),
                "-Dearlyhelp.services.referral.url=http://127.0.0.1:" + options.referralPort(),
                "-Dearlyhelp.services.case.url=http://127.0.0.1:" + options.casePort(),
                "-Dearlyhelp.services.consent.url=http://127.0.0.1:" + options.consentPort()));
        if (service.database().equals("directory")) {
            command.add("-Dearlyhelp.directory.demo-data=true"); // the Northshire demo directory; a -D on the launcher overrides
        }
        command.addAll(forwardedProperties("earlyhelp." + service.database() + "."));
        command.addAll(List.of("-jar", quarkusApp(service.module()).toString()));
        return command;
    }

    private ChildProcess startGateway() throws IOException {
        return ChildProcess.start("gateway", gatewayCommand(), Map.of(), quarkusApp("gateway").getParent(),
                options.workDir().resolve("logs/gateway.log"), readiness("gateway"));
    }

    private List<String> gatewayCommand() {
        List<String> command = new ArrayList<>(javaCommand("gateway"));
        command.addAll(List.of(
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + options.gatewayPort(),
                "-Dquarkus.oidc.auth-server-url=" + options.keycloakUrl() + "/realms/" + Keycloak.REALM,
                "-Dearlyhelp.gateway.backends.directory.url=http://127.0.0.1:" + options.directoryPort(),
                "-Dearlyhelp.gateway.backends.referral.url=http://127.0.0.1:" + options.referralPort(),
                "-Dearlyhelp.gateway.backends.case.url=http://127.0.0.1:" + options.casePort(),
                "-Dearlyhelp.gateway.backends.consent.url=http://127.0.0.1:" + options.consentPort(),
                "-Dearlyhelp.gateway.backends.web.url=http://127.0.0.1:" + webPort()));
        command.addAll(forwardedProperties("earlyhelp.gateway."));
        command.addAll(List.of("-jar", quarkusApp("gateway").toString()));
        return command;
    }

    private ChildProcess startWeb() throws IOException {
        return ChildProcess.start("web", webCommand(), Map.of(), quarkusApp("web").getParent(),
                options.workDir().resolve("logs/web.log"), readiness("web"));
    }

    /** The web application: behind the gateway (which the browser talks to), signing in at Keycloak. */
    private List<String> webCommand() {
        List<String> command = new ArrayList<>(javaCommand("web"));
        command.addAll(List.of(
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + webPort(),
                "-Dearlyhelp.web.gateway-url=" + options.gatewayUrl(),
                "-Dearlyhelp.web.keycloak-url=" + options.keycloakUrl()));
        command.addAll(forwardedProperties("earlyhelp.web."));
        command.addAll(List.of("-jar", quarkusApp("web").toString()));
        return command;
    }

    /** The command line the launcher runs for a service module, the gateway or the web application. */
    private List<String> commandOf(String module) {
        return switch (module) {
            case "gateway" -> gatewayCommand();
            case "web" -> webCommand();
            default -> serviceCommand(service(module));
        };
    }

    private URI readiness(String module) {
        int port = switch (module) {
            case "gateway" -> options.gatewayPort();
            case "web" -> webPort();
            default -> service(module).port();
        };
        return URI.create("http://127.0.0.1:" + port + "/q/health/ready");
    }

    private Service service(String module) {
        return services().stream().filter(service -> service.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No module " + module));
    }

    /**
     * System properties of the launcher under a component's prefix (e.g. {@code -Dearlyhelp.gateway.rate-limit.requests=...})
     * are passed on to that component, so a run can tune it without a rebuild.
     */
    private static List<String> forwardedProperties(String prefix) {
        return System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(prefix))
                .sorted()
                .map(name -> "-D" + name + "=" + System.getProperty(name))
                .toList();
    }

    /**
     * Small heaps and the serial collector: six JVMs share one laptop (or a 2-core CI box). The C1 compiler
     * only: quick to start. Metaspace grows to about 80 MB while a service starts; below 128 MB the JVM would
     * stop it for full collections on the way (two or three per start), which is all this setting changes.
     */
    static final String DEFAULT_JAVA_OPTIONS = "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MetaspaceSize=128m";

    /**
     * The gateway's: the services' without the C1-only limit. Every request passes through the gateway, so it is
     * the one process whose code is hot enough for the C2 compiler to repay its start (decision 0022: once warm,
     * about half the CPU per proxied request, for a few tenths of a second more to start and ~40 MB more memory).
     */
    static final String GATEWAY_JAVA_OPTIONS = "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:MetaspaceSize=128m";

    /**
     * The JVM command for a service or the gateway. {@code -Dearlyhelp.java-options=...} (or the environment variable
     * {@code EARLYHELP_JAVA_OPTIONS}) replaces the services' default options, {@code -Dearlyhelp.gateway-java-options=...}
     * ({@code EARLYHELP_GATEWAY_JAVA_OPTIONS}) the gateway's, e.g. to measure another compiler. The module's class-data
     * archive is used when the build made one ({@link #classDataArchive}).
     */
    List<String> javaCommand(String module) {
        boolean gateway = module.equals("gateway");
        String options = gateway
                ? System.getProperty("earlyhelp.gateway-java-options",
                        System.getenv().getOrDefault("EARLYHELP_GATEWAY_JAVA_OPTIONS", GATEWAY_JAVA_OPTIONS))
                : System.getProperty("earlyhelp.java-options",
                        System.getenv().getOrDefault("EARLYHELP_JAVA_OPTIONS", DEFAULT_JAVA_OPTIONS));
        List<String> command = new ArrayList<>();
        command.add(javaHome().resolve("bin/java").toString());
        for (String option : options.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        classDataArchive(module).ifPresent(archive -> command.add("-XX:SharedArchiveFile=" + archive));
        command.add("-Dquarkus.log.console.json.enabled=false");
        return command;
    }

    /** The archive the launcher trains beside Quarkus's (decision 0024). */
    static final String TRAINED_ARCHIVE = "app-trained.jsa";

    /** The archive Quarkus writes at package time with {@code -Dappcds}. */
    static final String BUILD_ARCHIVE = "app-cds.jsa";

    private static final List<String> MODULES =
            List.of("directory-service", "referral-service", "case-service", "consent-service", "gateway", "web");

    /**
     * The class-data archive a module starts with, if one belongs to the jar there now: the one the launcher trained
     * on a real start of this build ({@value #TRAINED_ARCHIVE}), else the one Quarkus wrote at package time
     * ({@value #BUILD_ARCHIVE}, with {@code -Dappcds}: the classes its static initialisation loads). An archive older
     * than the jar (an earlier build's, a copied directory, a build cut short) is left out, as the JVM would refuse it
     * with a warning and start without. Archives name the jar as {@code quarkus-run.jar}, relative to the directory
     * they were made in, which is why services and gateway run in their {@code quarkus-app} directory.
     */
    Optional<Path> classDataArchive(String module) {
        Path jar = quarkusApp(module);
        return ofThisBuild(jar.resolveSibling(TRAINED_ARCHIVE), jar)
                .or(() -> ofThisBuild(jar.resolveSibling(BUILD_ARCHIVE), jar));
    }

    /**
     * Modules whose build asked for class-data archives ({@code -Dappcds}) and that have no trained one for this build
     * yet. A build without {@code -Dappcds} (CI's) trains nothing and starts without archives, as before.
     */
    List<String> untrainedModules() {
        return MODULES.stream()
                .filter(module -> ofThisBuild(quarkusApp(module).resolveSibling(TRAINED_ARCHIVE), quarkusApp(module)).isEmpty())
                .filter(module -> ofThisBuild(quarkusApp(module).resolveSibling(BUILD_ARCHIVE), quarkusApp(module)).isPresent())
                .toList();
    }

    private static Optional<Path> ofThisBuild(Path archive, Path jar) {
        try {
            if (Files.isRegularFile(archive) && Files.size(archive) > 0
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
                return Optional.of(archive);
            }
        } catch (IOException unreadable) {
            // no usable archive: start without
        }
        return Optional.empty();
    }

    /**
     * The command of a training start: the module's own command line, without an archive to read (Java 17 cannot
     * record on top of Quarkus's, itself recorded), writing every class the start loaded to {@code archive} when the
     * JVM exits, and without the shutdown delay that lets a load balancer notice (nothing routes to a training start).
     */
    static List<String> trainingCommand(List<String> command, Path archive) {
        List<String> training = new ArrayList<>();
        for (String arg : command) {
            if (arg.startsWith("-XX:SharedArchiveFile=")) {
                continue;
            }
            if (arg.equals("-jar")) {
                training.add("-XX:ArchiveClassesAtExit=" + archive);
                training.add("-Dquarkus.shutdown.delay-enabled=false");
            }
            training.add(arg);
        }
        return training;
    }

    /**
     * Once per build: starts each untrained module as it will run, on its own port, waits until it is ready, stops
     * it, and keeps the archive its JVM wrote on the way out. A start that fails here only costs the archive: the
     * module then starts with Quarkus's, and the real start reports what is wrong.
     */
    private String trainClassDataArchives(List<String> modules) throws Exception {
        Map<String, ChildProcess> training = new LinkedHashMap<>();
        for (String module : modules) {
            Path partial = partialArchive(module);
            Files.deleteIfExists(partial);
            ChildProcess child = ChildProcess.start(module + "-training", trainingCommand(commandOf(module), partial),
                    Map.of(), quarkusApp(module).getParent(), options.workDir().resolve("logs/" + module + "-training.log"),
                    readiness(module));
            track(child);
            training.put(module, child);
        }
        ExecutorService pool = Executors.newFixedThreadPool(modules.size());
        try {
            List<Future<String>> done = new ArrayList<>();
            training.forEach((module, child) -> done.add(pool.submit(() -> train(module, child))));
            List<String> trained = new ArrayList<>();
            for (Future<String> each : done) {
                String module = each.get();
                if (module != null) {
                    trained.add(module);
                }
            }
            return trained.size() + " of " + modules.size() + " archives written, used from now on until the next build";
        } finally {
            pool.shutdownNow();
            training.values().forEach(children::remove);
        }
    }

    /**
     * Where a training start writes: a name of this launcher's own, so that two launchers training the same build at
     * once (a suite and a test run beside it) never write one file together; the rename to the trained name is atomic.
     */
    private Path partialArchive(String module) {
        return quarkusApp(module).resolveSibling(TRAINED_ARCHIVE + "." + ProcessHandle.current().pid() + ".partial");
    }

    /** One training start; the module's name once its archive is in place, else null. */
    private String train(String module, ChildProcess child) {
        Path partial = partialArchive(module);
        try {
            child.awaitReady(SERVICE_READY);
            if (!child.stop(ARCHIVE_DUMP_GRACE)) {
                throw new IllegalStateException("did not write its archive within " + ARCHIVE_DUMP_GRACE.toSeconds() + " s");
            }
            if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
                throw new IllegalStateException("exited without an archive");
            }
            Files.move(partial, quarkusApp(module).resolveSibling(TRAINED_ARCHIVE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return module;
        } catch (Exception failed) {
            child.stop(STOP_GRACE);
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a stray partial file is never used: only the trained name is
            }
            out.printf("    %s: no trained archive (%s); it starts with the build's (see %s)%n", module, failed.getMessage(),
                    child.log());
            return null;
        }
    }

    static Path javaHome() {
        return ProcessHandle.current().info().command()
                .map(java -> Path.of(java).toAbsolutePath().getParent().getParent())
                .orElseGet(() -> Path.of(System.getProperty("java.home")));
    }

    private Path quarkusApp(String module) {
        return options.root().toAbsolutePath().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private void checkBuilt() {
        List<String> missing = new ArrayList<>();
        for (String module : MODULES) {
            if (!Files.isRegularFile(quarkusApp(module))) {
                missing.add(module);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not built yet: " + String.join(", ", missing)
                    + ". Build first: ./mvnw -B -ntp package -DskipTests -Dappcds");
        }
    }

    private Map<String, Integer> componentPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("gateway", options.gatewayPort());
        services().forEach(service -> ports.put(service.name(), service.port()));
        ports.put("keycloak", options.keycloakPort());
        ports.put("web", webPort());
        return ports;
    }

    private void checkPortsFree() {
        Map<String, Integer> ports = componentPorts();
        List<String> taken = new ArrayList<>();
        ports.forEach((component, port) -> {
            if (!isFree(port)) {
                taken.add("port " + port + " (" + component + ")");
            }
        });
        if (new java.util.HashSet<>(ports.values()).size() != ports.size()) {
            throw new IllegalStateException("Two components were given the same port: " + ports);
        }
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Already in use: " + String.join(", ", taken)
                    + ". Stop what uses it, or choose other ports (--help).");
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** Ports this process has handed out: the kernel may offer a closed probe's port again on the next call. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A free port on 127.0.0.1 (for tests that run a stack beside another), never one this process handed out
     * before, so that calls made one after another for the components of one stack give distinct ports.
     */
    public static int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    private void writePidFile() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(ProcessHandle.current().pid() + " local-stack");
        pids().forEach((name, pid) -> lines.add(pid + " " + name));
        Files.write(options.workDir().resolve("pids"), lines);
    }

    @FunctionalInterface
    private interface Step {
        String run() throws Exception;
    }

    private void step(String what, Step step) throws Exception {
        long begin = System.nanoTime();
        out.printf("==> Starting %s ...%n", what);
        String result = step.run();
        out.printf("    %s up (%s) in %.1f s%n", what, result, (System.nanoTime() - begin) / 1e9);
    }

    /** Stops every child (gateway first, Keycloak last), then PostgreSQL. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ChildProcess> reversed;
        synchronized (children) {
            reversed = new ArrayList<>(children);
        }
        Collections.reverse(reversed);
        // Services stop together (they do not depend on each other's shutdown), then Keycloak.
        List<Thread> stopping = new ArrayList<>();
        for (ChildProcess child : reversed) {
            if (!child.name().equals("keycloak")) {
                Thread thread = new Thread(() -> child.stop(STOP_GRACE), "stop-" + child.name());
                thread.start();
                stopping.add(thread);
            }
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reversed.stream().filter(child -> child.name().equals("keycloak")).forEach(child -> child.stop(STOP_GRACE));
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                out.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }
        try {
            Files.deleteIfExists(options.workDir().resolve("pids"));
        } catch (IOException ignored) {
            // nothing running any more; a stale file is only informational
        }
    }

}
