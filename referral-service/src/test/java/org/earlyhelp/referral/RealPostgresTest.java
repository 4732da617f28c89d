package org.earlyhelp.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The service under test talks to a real PostgreSQL 17 in a database of its own. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class RealPostgresTest {

    @Inject
    DataSource dataSource;

    @Test
    void theServiceRunsOnRealPostgres17InAFreshDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet version = statement.executeQuery("SHOW server_version_num");
            version.next();
            assertThat(version.getInt(1)).isBetween(170000, 179999);

            ResultSet database = statement.executeQuery("SELECT current_database()");
            database.next();
            assertThat(database.getString(1)).startsWith("eh_test_");
        }
    }
}
