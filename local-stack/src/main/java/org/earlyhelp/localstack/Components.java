package org.earlyhelp.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What runs as a child process, and with which command line: Keycloak, the four services (each with its port and its
 * own database), the gateway and the web application (behind the gateway, no database), all on 127.0.0.1. The suite's wiring (ports, database logins, Keycloak's URL) is
 * passed as system properties, so the jars are the ones a production start runs.
 */
final class Components {

    /** A service module, the port it listens on, and the database it owns. */
    record Service(String name, int port, String database) {
    }

    static final String KEYCLOAK = "keycloak";
    static final String GATEWAY = "gateway";
    static final String WEB = "web";

    /**
     * Hands the check of the request target from Quarkus' root handler (a bare 400) to platform-web's, which answers with
     * a problem (decision 0015). Only for what runs platform-web: the web application is reached through the gateway.
     */
    static final String PLATFORM_URI_CHECK = "-Dvertx.disableURIValidation=true";

    private static final List<String> MODULES =
            List.of("directory-service", "referral-service", "case-service", "consent-service", GATEWAY, WEB);

    private final StackOptions options;
    private final int webPort;

    Components(StackOptions options) {
        this.options = options;
        this.webPort = options.webPort() != 0 ? options.webPort() : anyFreePort();
    }

    private static int anyFreePort() {
        try {
            return Ports.free();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the web application", e);
        }
    }

    /** The web application's port: {@code --web-port}, or the free one picked for this stack. */
    int webPort() {
        return webPort;
    }

    List<Service> services() {
        return List.of(
                new Service("directory-service", options.directoryPort(), "directory"),
                new Service("referral-service", options.referralPort(), "referral"),
                new Service("case-service", options.casePort(), "case"),
                new Service("consent-service", options.consentPort(), "consent"));
    }

    /** The port of every component, by name; the embedded PostgreSQL's too when it has a fixed one. */
    Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(GATEWAY, options.gatewayPort());
        services().forEach(service -> ports.put(service.name(), service.port()));
        ports.put(KEYCLOAK, options.keycloakPort());
        ports.put(WEB, webPort);
        if (options.dbUrl() == null && options.dbPort() > 0) {
            ports.put("postgres", options.dbPort());
        }
        return ports;
    }

    /** Refuses to start before anything runs when a service, the gateway or the web application has not been built. */
    void checkBuilt() {
        List<String> missing = MODULES.stream().filter(module -> !Files.isRegularFile(jar(module))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Not built yet: " + String.join(", ", missing)
                    + ". Build first: ./mvnw -B -ntp package -DskipTests");
        }
    }

    /**
     * Starts Keycloak; with {@code reset} (the suite's first start on {@code --reset}) on no data but the realm file's.
     */
    ChildProcess startKeycloak(boolean reset) throws IOException {
        return Keycloak.start(options, JvmOptions.javaHome(), reset);
    }

    /** Starts one component again (not yet ready: {@link ChildProcess#awaitReady}); Keycloak keeps its data. */
    ChildProcess start(String name, Database database) throws IOException {
        if (name.equals(KEYCLOAK)) {
            return startKeycloak(false);
        }
        if (name.equals(GATEWAY)) {
            return startJava(GATEWAY, gatewayCommand());
        }
        if (name.equals(WEB)) {
            return startJava(WEB, webCommand());
        }
        Service service = service(name);
        return startJava(name, serviceCommand(service, database));
    }

    /** Services, gateway and web application run in their {@code quarkus-app} directory, as a production start of the jar does. */
    private ChildProcess startJava(String module, List<String> command) throws IOException {
        return ChildProcess.start(module, command, Map.of(), jar(module).getParent(),
                options.workDir().resolve("logs/" + module + ".log"), readiness(module));
    }

    List<String> serviceCommand(Service service, Database database) {
        List<String> command = new ArrayList<>(JvmOptions.javaCommand());
        command.addAll(List.of(
                PLATFORM_URI_CHECK,
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
                "-Dearlyhelp.services.consent.url=http://127.0.0.1:" + options.consentPort(),
                "-Dearlyhelp.crypto.master-key-file=" + MasterKeyFile.of(options)));
        if (service.database().equals("directory")) {
            // The Northshire demo directory: imported on a start that finds it missing, skipped on every later one.
            // A -D on the launcher overrides.
            command.add("-Dearlyhelp.directory.demo-data=true");
        }
        command.addAll(forwardedProperties("earlyhelp." + service.database() + "."));
        command.addAll(List.of("-jar", jar(service.name()).toString()));
        return command;
    }

    List<String> gatewayCommand() {
        List<String> command = new ArrayList<>(JvmOptions.javaCommand());
        command.addAll(List.of(
                PLATFORM_URI_CHECK,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + options.gatewayPort(),
                "-Dquarkus.oidc.auth-server-url=" + options.keycloakUrl() + "/realms/" + Keycloak.REALM,
                "-Dearlyhelp.gateway.backends.directory.url=http://127.0.0.1:" + options.directoryPort(),
                "-Dearlyhelp.gateway.backends.referral.url=http://127.0.0.1:" + options.referralPort(),
                "-Dearlyhelp.gateway.backends.case.url=http://127.0.0.1:" + options.casePort(),
                "-Dearlyhelp.gateway.backends.consent.url=http://127.0.0.1:" + options.consentPort(),
                "-Dearlyhelp.gateway.backends.web.url=http://127.0.0.1:" + webPort));
        command.addAll(forwardedProperties("earlyhelp.gateway."));
        command.addAll(List.of("-jar", jar(GATEWAY).toString()));
        return command;
    }

    /**
     * The web application: people reach it through the gateway (its {@code /} route), and it calls the public APIs
     * there with the signed-in person's token; it signs people in at Keycloak.
     */
    List<String> webCommand() {
        List<String> command = new ArrayList<>(JvmOptions.javaCommand());
        command.addAll(List.of(
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + webPort,
                "-Dearlyhelp.web.gateway-url=" + options.gatewayUrl(),
                "-Dearlyhelp.web.keycloak-url=" + options.keycloakUrl()));
        command.addAll(forwardedProperties("earlyhelp.web."));
        command.addAll(List.of("-jar", jar(WEB).toString()));
        return command;
    }

    private URI readiness(String module) {
        int port = switch (module) {
            case GATEWAY -> options.gatewayPort();
            case WEB -> webPort;
            default -> service(module).port();
        };
        return URI.create("http://127.0.0.1:" + port + "/q/health/ready");
    }

    private Service service(String name) {
        return services().stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No component " + name));
    }

    private Path jar(String module) {
        return options.root().toAbsolutePath().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
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
}
