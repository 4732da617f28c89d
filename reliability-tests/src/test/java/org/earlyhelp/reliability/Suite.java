package org.earlyhelp.reliability;

import static io.restassured.RestAssured.given;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.earlyhelp.localstack.Stack;
import org.earlyhelp.localstack.StackOptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The whole suite (embedded PostgreSQL, Keycloak, the four services, the gateway) started in
 * this JVM through the launcher's {@link Stack} on free ports, once for every reliability test,
 * and stopped when the last one has run, whether it passed or not (or when the JVM is told to stop).
 * Tests take it as a parameter: {@code @ExtendWith(Suite.Shared.class)}, then {@code void test(Suite suite)}.
 */
final class Suite implements AutoCloseable {

    /** One run's tag, part of every referral the tests submit, so counts in SQL see only this run. */
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** The master key the launcher makes beside the suite's data directory ({@code <work-dir>/postgres}). */
    static final Path MASTER_KEY = root().resolve("reliability-tests/target/stack/postgres.master-key.json");

    private static Path root() {
        Path root = Path.of(System.getProperty("earlyhelp.root", "..")).toAbsolutePath().normalize();
        return root.resolve("local-stack").toFile().isDirectory() ? root : root.getParent();
    }

    /** Keycloak issues access tokens for 50 s (decision 0027); one is not sent in its last 10 s. */
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(10);

    final Stack stack;
    final StackOptions options;
    final FaultLedger ledger = new FaultLedger(System.out);
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Thread stopOnExit;

    private record Token(String bearer, Instant expiresAt) {
    }

    private Suite(Stack stack) {
        this.stack = stack;
        this.options = stack.options();
        this.stopOnExit = new Thread(stack::close, "reliability-suite-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    static Suite start() throws Exception {
        // The tests send bursts from a handful of users; the gateway's per-client limit would throttle them.
        System.setProperty("earlyhelp.gateway.rate-limit.requests", "1000000");
        Path root = Path.of(System.getProperty("earlyhelp.root", "..")).toAbsolutePath().normalize();
        if (!root.resolve("local-stack").toFile().isDirectory()) {
            root = root.getParent();
        }
        StackOptions ports = StackOptions.withPorts(root, Stack.freePort(), Stack.freePort(), Stack.freePort(),
                Stack.freePort(), Stack.freePort(), Stack.freePort());
        StackOptions options = new StackOptions(root, root.resolve("reliability-tests/target/stack"), ports.gatewayPort(),
                ports.directoryPort(), ports.referralPort(), ports.casePort(), ports.consentPort(), ports.keycloakPort(),
                ports.dbUrl(), ports.dbUser(), ports.dbPassword());
        PrintStream out = System.out;
        Stack stack = new Stack(options, out);
        Thread stopIfInterrupted = new Thread(stack::close, "reliability-suite-stop-while-starting");
        Runtime.getRuntime().addShutdownHook(stopIfInterrupted);
        try {
            stack.start();
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopIfInterrupted);
        }
        return new Suite(stack);
    }

    String gatewayUrl() {
        return options.gatewayUrl();
    }

    /** A service's own address, bypassing the gateway (health probes, requests to one process). */
    String serviceUrl(String service) {
        int port = switch (service) {
            case "directory-service" -> options.directoryPort();
            case "referral-service" -> options.referralPort();
            case "case-service" -> options.casePort();
            case "consent-service" -> options.consentPort();
            default -> throw new IllegalArgumentException(service);
        };
        return "http://127.0.0.1:" + port;
    }

    /** A request through the gateway as a demo user (password grant of the web client). */
    RequestSpecification as(String username) {
        return given().baseUri(gatewayUrl()).header("Authorization", bearer(username));
    }

    /** A request through the gateway as a partner-agency system or service account (client credentials). */
    RequestSpecification asSystem(String clientId) {
        return given().baseUri(gatewayUrl()).header("Authorization", systemBearer(clientId));
    }

    String bearer(String username) {
        return token("user:" + username, () -> given().formParam("grant_type", "password")
                .formParam("client_id", "early-help-web")
                .formParam("username", username)
                .formParam("password", "demo-password"));
    }

    String systemBearer(String clientId) {
        return token("client:" + clientId, () -> given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-demo-secret"));
    }

    private String token(String key, java.util.function.Supplier<RequestSpecification> grant) {
        Token cached = tokens.get(key);
        if (cached != null && Instant.now().plus(RENEW_BEFORE_EXPIRY).isBefore(cached.expiresAt())) {
            return cached.bearer();
        }
        Instant asked = Instant.now();
        JsonPath answer = grant.get()
                .when().post(options.keycloakUrl() + "/realms/early-help/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().jsonPath();
        Token fresh = new Token("Bearer " + answer.getString("access_token"),
                asked.plusSeconds(answer.getLong("expires_in")));
        tokens.put(key, fresh);
        return fresh.bearer();
    }

    /** Starts a component again if a test stopped or killed it (and failed before starting it itself). */
    void ensureRunning(String component) throws Exception {
        boolean alive = ProcessHandle.of(stack.pids().get(component)).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            stack.start(component);
        }
    }

    /** A connection to a service's database as the server's admin: for counting, locking and tampering. */
    Connection sql(String database) throws SQLException {
        return stack.connect(database);
    }

    @Override
    public void close() {
        ledger.printSummary();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyStopping) {
            // the hook is running or about to; it stops the stack
        }
        stack.close();
    }

    /**
     * Starts the suite for the first test that asks for it and keeps it in the root context, which
     * closes it after the last test of the run.
     */
    static final class Shared implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Suite.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(Suite.class));
            Started started = store.computeIfAbsent(Started.class.getName(), key -> Started.now(), Started.class);
            return started.suite();
        }
    }

    /** The started suite, or why it did not start (reported to every test instead of starting again). */
    private record Started(Suite suite, Exception failure) implements AutoCloseable {

        static Started now() {
            try {
                return new Started(Suite.start(), null);
            } catch (Exception e) {
                return new Started(null, e);
            }
        }

        @Override
        public Suite suite() {
            if (failure != null) {
                throw new IllegalStateException("The suite did not start: " + failure.getMessage(), failure);
            }
            return suite;
        }

        @Override
        public void close() {
            if (suite != null) {
                suite.close();
            }
        }
    }
}
