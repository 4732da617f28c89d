package org.earlyhelp.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole suite on this machine: PostgreSQL, Keycloak, the four services, then the gateway and the web application, started in that order,
 * each awaited until ready. {@link #close()} stops everything it started, in reverse order; a failed start stops what
 * already runs before it reports. What each component runs is {@link Components}'s, the JVM options
 * {@link JvmOptions}'s, the data directory {@link DataDirectory}'s.
 */
public final class Stack implements AutoCloseable {

    private static final Duration KEYCLOAK_READY = Duration.ofMinutes(6);
    private static final Duration SERVICE_READY = Duration.ofMinutes(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final StackOptions options;
    private final PrintStream out;
    private final Components components;
    private final PidFile pidFile;
    private final List<ChildProcess> children = Collections.synchronizedList(new ArrayList<>());
    private Database database;
    private boolean closed;

    /** A stack not started yet: register its {@link #close()} as a shutdown hook, then {@link #start()}. */
    public Stack(StackOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.components = new Components(options);
        this.pidFile = new PidFile(options.workDir());
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
        ChildProcess started = components.start(name, database);
        synchronized (children) {
            children.set(children.indexOf(old), started);
        }
        synchronized (this) {
            if (closed) {
                started.stop(STOP_GRACE);
                throw new IllegalStateException("Stopped while starting " + name);
            }
        }
        started.awaitReady(name.equals(Components.KEYCLOAK) ? KEYCLOAK_READY : SERVICE_READY);
        writePidFile();
    }

    /**
     * Restarts the embedded PostgreSQL server on the same data and port: open transactions roll back
     * and every connection is cut, as in a real database restart. Not available with {@code --db-url}.
     */
    public void restartDatabase() throws IOException {
        database.restart();
    }

    /** The port PostgreSQL listens on (the embedded server's, or the existing one's). */
    public int databasePort() {
        return database.port();
    }

    /** A connection to one service's database ({@code directory}, {@code referral}, {@code case}, {@code consent}) as the server's admin. */
    public Connection connect(String database) throws SQLException {
        return this.database.connect(database);
    }

    /**
     * A free port on 127.0.0.1 (for tests that run a stack beside another), never one this process handed out
     * before, so that calls made one after another for the components of one stack give distinct ports.
     */
    public static int freePort() throws IOException {
        return Ports.free();
    }

    private ChildProcess child(String name) {
        synchronized (children) {
            return children.stream().filter(child -> child.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No component " + name + " in this stack; there are "
                            + children.stream().map(ChildProcess::name).toList()));
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

    private void startAll() throws Exception {
        long started = System.nanoTime();
        Ports.checkFree(components.ports());
        components.checkBuilt();
        Files.createDirectories(options.workDir());

        step("PostgreSQL", this::startDatabase);

        step("Keycloak", () -> {
            ChildProcess keycloak = components.startKeycloak(options.reset());
            track(keycloak);
            keycloak.awaitReady(KEYCLOAK_READY);
            Keycloak.keepBuilt(options);
            return "realm " + Keycloak.REALM + " at " + options.keycloakUrl();
        });

        step("services", () -> {
            ExecutorService pool = Executors.newFixedThreadPool(components.services().size());
            try {
                List<Future<?>> ready = new ArrayList<>();
                for (Components.Service service : components.services()) {
                    ChildProcess child = components.start(service.name(), database);
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
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            return components.services().size() + " services";
        });

        step("gateway and web", () -> {
            ChildProcess gateway = components.start(Components.GATEWAY, database);
            track(gateway);
            ChildProcess web = components.start(Components.WEB, database);
            track(web);
            gateway.awaitReady(SERVICE_READY);
            web.awaitReady(SERVICE_READY);
            return options.gatewayUrl() + ", web pages at " + options.gatewayUrl() + "/";
        });
        writePidFile();
        out.printf("Early Help Hub is up in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * The embedded server on the data directory (kept from the last run unless {@code --reset}), or the existing one
     * of {@code --db-url}; then a database and login per service, where missing. The services migrate their own
     * schema as they start (Flyway), as on every start.
     */
    private String startDatabase() throws Exception {
        MasterKeyFile.prepare(options);
        if (options.dbUrl() != null) {
            if (options.restoreFrom() != null) {
                throw new IllegalStateException("--restore restores into the embedded PostgreSQL; with --db-url run"
                        + " pg_restore against that server yourself (README, \"Where the data lives\")");
            }
            database = Database.existing(options.dbUrl(), options.dbUser(), options.dbPassword());
            database.prepareServiceDatabases();
            return options.dbUrl() + " on port " + database.port();
        }
        if (options.restoreFrom() != null) {
            Restore.dumps(options.restoreFrom()); // all there, before any data is deleted
        }
        if (options.reset()) {
            out.println("    --reset: deleting the suite's data in " + options.dataDir() + " and Keycloak's");
        }
        DataDirectory.State state = DataDirectory.prepare(options.dataDir(), options.reset());
        if (options.restoreFrom() != null && state == DataDirectory.State.KEPT) {
            throw new IllegalStateException("--restore replaces the data in " + options.dataDir()
                    + ", which holds the data of an earlier run: back that up first if it matters, then add --reset");
        }
        database = Database.embedded(options.dataDir(), options.dbPort(), components.ports().values());
        database.prepareServiceDatabases();
        String restored = "";
        if (options.restoreFrom() != null) {
            restored = Restore.run(options.restoreFrom(), database.port(), options.workDir().resolve("logs/restore.log"))
                    + ", ";
        }
        return "embedded PostgreSQL " + DataDirectory.POSTGRES_MAJOR + ", " + restored
                + (state == DataDirectory.State.NEW ? "new data" : "data kept from the last run") + " in "
                + options.dataDir() + ", on port " + database.port();
    }

    private void writePidFile() throws IOException {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (database != null) {
            database.process().ifPresent(postgres -> pids.put("postgres", postgres.pid()));
        }
        pids.putAll(pids());
        pidFile.write(pids);
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

    /** Stops every child (gateway first, Keycloak last), then PostgreSQL, whose data stays. Safe to call twice. */
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
            if (!child.name().equals(Components.KEYCLOAK)) {
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
        reversed.stream().filter(child -> child.name().equals(Components.KEYCLOAK)).forEach(child -> child.stop(STOP_GRACE));
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                out.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }
        pidFile.delete();
    }
}
