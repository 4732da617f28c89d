package org.earlyhelp.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.earlyhelp.platform.test.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A partner system that retries a creating request with the same Idempotency-Key creates one resource, whatever happens. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class IdempotentCreationTest {

    @Inject
    DataSource dataSource;

    private static String system() {
        return Tokens.partnerSystem("police-records-system").agency("northshire-police", "police").bearer();
    }

    private static Response order(String token, String key, String toy) {
        return given().header("Authorization", token).header(Idempotent.HEADER, key)
                .contentType("application/json").body("{\"toy\":\"" + toy + "\"}")
                .when().post("/api/toy-orders");
    }

    private int orders(String toy) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM toy_order WHERE toy = '" + toy + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void aRetryGetsTheFirstResponseAndCreatesNothing() throws SQLException {
        String key = UUID.randomUUID().toString();
        String token = system();
        Response first = order(token, key, "kite");
        Response retry = order(token, key, "kite");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(retry.header(Idempotent.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(orders("kite")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() throws SQLException {
        String key = UUID.randomUUID().toString();
        String token = system();
        order(token, key, "yoyo").then().statusCode(201);

        order(token, key, "drum").then().statusCode(422).contentType("application/problem+json");
        assertThat(orders("drum")).isZero();
    }

    @Test
    void keysBelongToTheirCaller() throws SQLException {
        String key = UUID.randomUUID().toString();
        order(system(), key, "boat").then().statusCode(201);
        order(Tokens.partnerSystem("brightstart-system").agency("brightstart-family-support", "charity").bearer(), key, "boat")
                .then().statusCode(201).header(Idempotent.REPLAYED_HEADER, (String) null);

        assertThat(orders("boat")).isEqualTo(2);
    }

    @Test
    void concurrentDuplicatesCreateOneResource() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = system();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> order(token, key, "train"));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Response> each : pool.invokeAll(calls)) {
                Response response = each.get();
                assertThat(response.statusCode()).isEqualTo(201);
                ids.add(response.jsonPath().getString("id"));
            }
            assertThat(ids).hasSize(1);
            assertThat(orders("train")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRequestIsNotRememberedSoItsRetryRunsAgain() {
        String key = UUID.randomUUID().toString();
        String token = system();
        order(token, key, "out-of-stock").then().statusCode(409);

        order(token, key, "out-of-stock").then().statusCode(409).header(Idempotent.REPLAYED_HEADER, (String) null);
    }

    @Test
    void anExpiredKeyMayBeUsedAfresh() throws SQLException {
        String key = UUID.randomUUID().toString();
        String token = system();
        order(token, key, "piano").then().statusCode(201);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE idempotency_key = '" + key + "'");
        }

        order(token, key, "piano").then().statusCode(201).header(Idempotent.REPLAYED_HEADER, (String) null);
        assertThat(orders("piano")).isEqualTo(2);
    }

    @Test
    void anUnreasonableKeyIsABadRequest() {
        order(system(), "x".repeat(300), "bell").then().statusCode(400).body("status", equalTo(400));
    }
}
