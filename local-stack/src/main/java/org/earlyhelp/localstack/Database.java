package org.earlyhelp.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server of the suite: an embedded PostgreSQL 17 (binaries from Maven Central)
 * or an existing server. Each service gets a database of its own, owned by a login role of its own.
 */
final class Database implements AutoCloseable {

    static final List<String> SERVICE_DATABASES = List.of("directory", "referral", "case", "consent");

    private volatile EmbeddedPostgres embedded;
    private final Path dataDirectory;
    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;

    private Database(EmbeddedPostgres embedded, Path dataDirectory, String host, int port, String adminUser,
            String adminPassword) {
        this.embedded = embedded;
        this.dataDirectory = dataDirectory;
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts an embedded server on {@code data}, which it creates on the first start and uses again on every later one
     * (the caller checked it: {@link DataDirectory#prepare}), on {@code port}, or for 0 on a free port that is none of
     * {@code reserved} (the ports the other components are about to listen on, free but not yet taken).
     */
    static Database embedded(Path data, int port, Collection<Integer> reserved) throws IOException {
        Files.createDirectories(data);
        EmbeddedPostgres postgres;
        try {
            postgres = startEmbedded(data, port > 0 ? port : freePortOtherThan(reserved));
        } catch (IllegalStateException locked) {
            // zonky holds a file lock on the data directory while its server runs
            throw new IllegalStateException("Another launcher is using the data in " + data + " (" + locked.getMessage()
                    + "): stop it first, or give this one --data-dir and other ports", locked);
        }
        return new Database(postgres, data, "127.0.0.1", postgres.getPort(), "postgres", "postgres");
    }

    private static int freePortOtherThan(Collection<Integer> reserved) throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
                if (!reserved.contains(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    /**
     * Starts the postmaster on the data directory (running initdb only when it holds no cluster yet). The directory
     * is kept when the server stops: {@link #restart()} and the next start of the launcher use it again.
     */
    private static EmbeddedPostgres startEmbedded(Path data, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPgBinaryResolver(Database::binaries)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                // zonky's own JVM shutdown hook would stop the server the moment the launcher is told to stop, beside
                // Stack.close() and not after it: the services, still serving their shutdown delay, lost the database
                // under their last requests. Stack.close() stops it once every service has exited.
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /**
     * This platform's PostgreSQL binaries from the class path. zonky's own resolver refuses a binary
     * it finds twice, which a test class path holding the launcher's jar sees (the jar's manifest
     * lists its copies of the libraries beside the same jars from the Maven repository): any copy will do.
     */
    private static InputStream binaries(String system, String architecture) throws IOException {
        URL binaries = Database.class.getClassLoader()
                .getResource(("postgres-" + system + "-" + architecture + ".txz").toLowerCase(Locale.ROOT));
        return binaries != null ? binaries.openStream() : DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture);
    }

    /** Uses an existing server given as {@code jdbc:postgresql://host:port/anydb}. */
    static Database existing(String jdbcUrl, String user, String password) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return new Database(null, null, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password);
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The login of a service: its database name, with a demo password (local use only). */
    static String userOf(String database) {
        return "earlyhelp_" + database;
    }

    static String passwordOf(String database) {
        return userOf(database) + "-demo-password";
    }

    /** Creates each service's role and database if they do not exist yet. */
    void prepareServiceDatabases() throws SQLException {
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), adminUser, adminPassword)) {
            for (String name : SERVICE_DATABASES) {
                String user = userOf(name);
                if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
                    try (Statement statement = admin.createStatement()) {
                        statement.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + passwordOf(name) + "'");
                    }
                }
                if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                    try (Statement statement = admin.createStatement()) {
                        statement.execute("CREATE DATABASE \"" + name + "\" OWNER " + user);
                    }
                }
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** An admin connection (a superuser on the embedded server) to one of the service databases. */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), adminUser, adminPassword);
    }

    /**
     * Stops the embedded server (fast shutdown: open transactions roll back, connections are cut)
     * and starts it again on the same data and port, as a restart of the database server would.
     */
    synchronized void restart() throws IOException {
        if (embedded == null) {
            throw new UnsupportedOperationException("Only the embedded PostgreSQL is restarted by the launcher");
        }
        embedded.close();
        embedded = startEmbedded(dataDirectory, port);
    }

    /** The embedded server's process, for the pid file; none for an existing server. */
    Optional<ProcessHandle> process() throws IOException {
        return embedded == null ? Optional.empty() : DataDirectory.runningPostmaster(dataDirectory);
    }

    /** Stops the embedded server (fast shutdown: every change committed so far is on disk); its data stays. */
    @Override
    public synchronized void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path each : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
