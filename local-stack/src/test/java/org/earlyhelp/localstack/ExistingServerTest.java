package org.earlyhelp.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** With --db-url the launcher uses an existing server: each service gets its own database and login, once. */
class ExistingServerTest {

    @Test
    void eachServiceGetsItsOwnDatabaseAndLoginAndASecondStartChangesNothing() throws Exception {
        try (EmbeddedPostgres existing = EmbeddedPostgres.builder().start()) {
            String url = "jdbc:postgresql://localhost:" + existing.getPort() + "/postgres";
            Database database = Database.existing(url, "postgres", "postgres");

            database.prepareServiceDatabases();
            database.prepareServiceDatabases();

            for (String name : Database.SERVICE_DATABASES) {
                try (Connection connection = DriverManager.getConnection(database.jdbcUrl(name), Database.userOf(name),
                        Database.passwordOf(name));
                        ResultSet owner = connection.createStatement().executeQuery(
                                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")) {
                    owner.next();
                    assertThat(owner.getString(1)).isEqualTo(Database.userOf(name));
                }
            }
        }
    }
}
