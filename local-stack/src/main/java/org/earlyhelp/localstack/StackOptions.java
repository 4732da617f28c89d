package org.earlyhelp.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What to start and where. Every option can be given as {@code --name=value} or as the
 * environment variable {@code EARLYHELP_NAME} (upper case, dashes as underscores).
 *
 * @param root the project checkout (where the built services are)
 * @param workDir where Keycloak is unpacked (with its own data) and logs are written; kept between runs
 * @param dbUrl an existing PostgreSQL server ({@code jdbc:postgresql://host:port/postgres}), or null for embedded
 * @param dataDir the embedded PostgreSQL's data directory: the suite's records, kept between runs
 * @param dbPort the embedded PostgreSQL's port; 0 for any free one (tests)
 * @param reset start with no data: the embedded PostgreSQL's data directory and Keycloak's data are deleted first
 * @param restoreFrom a backup (one {@code <database>.dump} of {@code pg_dump --format=custom} per service) to restore
 *        into the embedded PostgreSQL's new, empty data directory before anything else starts; or null
 * @param webPort the web application's port (behind the gateway, which serves its pages at {@code /}); 0 for any free
 *        one (tests)
 */
public record StackOptions(
        Path root,
        Path workDir,
        int gatewayPort,
        int directoryPort,
        int referralPort,
        int casePort,
        int consentPort,
        int keycloakPort,
        String dbUrl,
        String dbUser,
        String dbPassword,
        Path dataDir,
        int dbPort,
        boolean reset,
        Path restoreFrom,
        int webPort) {

    /** The embedded PostgreSQL's port unless {@code --db-port}: beside the suite's 8080-8084 and 8180. */
    public static final int DEFAULT_DB_PORT = 8432;

    /**
     * Options as tests built them before the data was kept: data under {@code workDir/postgres}, PostgreSQL on any
     * free port, the web application on any free port, and every start empty ({@code reset}), as every start then was.
     */
    public StackOptions(Path root, Path workDir, int gatewayPort, int directoryPort, int referralPort, int casePort,
            int consentPort, int keycloakPort, String dbUrl, String dbUser, String dbPassword) {
        this(root, workDir, gatewayPort, directoryPort, referralPort, casePort, consentPort, keycloakPort, dbUrl, dbUser,
                dbPassword, workDir.resolve("postgres"), 0, true, null, 0);
    }

    public static StackOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException(usage());
            }
            if (arg.equals("--reset")) {
                given.put("reset", "true");
                continue;
            }
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Unknown argument " + arg + "\n" + usage());
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Options options = new Options(given, env);
        Path root = options.path("root", findRoot());
        Path workDir = options.path("work-dir", root.resolve(".run"));
        return new StackOptions(
                root,
                workDir,
                options.port("gateway-port", 8080),
                options.port("directory-port", 8081),
                options.port("referral-port", 8082),
                options.port("case-port", 8083),
                options.port("consent-port", 8084),
                options.port("keycloak-port", 8180),
                options.text("db-url", null),
                options.text("db-user", "postgres"),
                options.text("db-password", "postgres"),
                options.path("data-dir", workDir.resolve("postgres")),
                options.port("db-port", DEFAULT_DB_PORT, true),
                Boolean.parseBoolean(options.text("reset", "false")),
                options.path("restore", null),
                options.port("web-port", 8085, true));
    }

    /**
     * Options for a second stack beside a running one (tests): the given ports, the same checkout, a work directory of
     * its own under {@code local-stack/target/} (never {@code .run/}: a test stack starts empty, and must not empty the
     * data of a suite someone runs from this checkout).
     */
    public static StackOptions withPorts(Path root, int gateway, int directory, int referral, int cases, int consent,
            int keycloak) {
        return new StackOptions(root, root.resolve("local-stack/target/test-stack"), gateway, directory, referral, cases, consent, keycloak,
                System.getenv("EARLYHELP_DB_URL"), envOr("EARLYHELP_DB_USER", "postgres"),
                envOr("EARLYHELP_DB_PASSWORD", "postgres"));
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + keycloakPort;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    static String usage() {
        return """
                Usage: java -jar local-stack/target/local-stack.jar [--option=value ...]
                  --gateway-port=8080 --directory-port=8081 --referral-port=8082
                  --case-port=8083 --consent-port=8084 --keycloak-port=8180 --web-port=8085
                  --db-url=jdbc:postgresql://host:5432/postgres --db-user=... --db-password=...
                        use an existing PostgreSQL server instead of the embedded one
                  --data-dir=<work-dir>/postgres --db-port=8432
                        the embedded PostgreSQL's data (kept between runs) and port
                  --reset
                        start with no data: deletes the embedded PostgreSQL's data and Keycloak's
                        (the realm and its demo users are imported again), then starts as usual
                  --restore=<backup directory>
                        start from a backup made with the README's pg_dump commands: restores it with
                        pg_restore (17 or newer, on the PATH) into new, empty data; with data already
                        there it needs --reset too, as it replaces that data
                  --root=<checkout> --work-dir=<checkout>/.run
                Each option may also be set as EARLYHELP_<NAME>, e.g. EARLYHELP_GATEWAY_PORT=9080.""";
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The checkout: the nearest directory upwards that holds both the parent POM and the keycloak realm. */
    static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("keycloak"))
                    && Files.isDirectory(dir.resolve("local-stack"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalArgumentException("Run this from the Early Help Hub checkout, or give --root=<checkout>");
    }

    private record Options(Map<String, String> given, Map<String, String> env) {

        String text(String name, String fallback) {
            String value = given.get(name);
            if (value == null) {
                value = env.get("EARLYHELP_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            return value == null || value.isBlank() ? fallback : value;
        }

        int port(String name, int fallback) {
            return port(name, fallback, false);
        }

        /** A port number; 0 (any free port) only where {@code anyAllowed}. */
        int port(String name, int fallback, boolean anyAllowed) {
            String value = text(name, null);
            if (value == null) {
                return fallback;
            }
            try {
                int port = Integer.parseInt(value);
                if ((port < 1 && !(anyAllowed && port == 0)) || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a port number (1-65535), not " + value);
            }
        }

        Path path(String name, Path fallback) {
            String value = text(name, null);
            return value == null ? fallback : Path.of(value).toAbsolutePath().normalize();
        }
    }
}
