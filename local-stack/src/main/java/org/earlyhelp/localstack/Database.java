package org.earlyhelp.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server of the suite: an embedded PostgreSQL 17 (binaries from Maven Central)
 * or an existing server. Each service gets a database of its own, owned by a login role of its own.
 */
final class Database implements AutoCloseable {

    static final List<String> SERVICE_DATABASES = List.of("directory", "referral", "case", "consent");

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;

    private Database(EmbeddedPostgres embedded, String host, int port, String adminUser, String adminPassword) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /** Starts an embedded server with a fresh data directory under {@code workDir}. */
    static Database embedded(Path workDir) throws IOException {
        Path data = workDir.resolve("postgres");
        deleteRecursively(data);
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .start();
        return new Database(postgres, "127.0.0.1", postgres.getPort(), "postgres", "postgres");
    }

    /** Uses an existing server given as {@code jdbc:postgresql://host:port/anydb}. */
    static Database existing(String jdbcUrl, String user, String password) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return new Database(null, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password);
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

    @Override
    public void close() throws IOException {
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
