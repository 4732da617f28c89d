package org.earlyhelp.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the distribution the build fetched from Maven Central, unpacked once under the
 * work directory and started in dev mode with the {@code early-help} realm imported. The unpacked
 * and built server is reused by later starts, and so is its data (its own H2 database under
 * {@code <work-dir>/keycloak-<version>/data/h2}: sessions, and whatever was changed in the console);
 * that data is reset only when the realm file changed, or on {@code --reset}.
 *
 * <p>At its first start in a new home Keycloak builds itself for dev mode (about 20 s). The first home built in a
 * checkout is kept, without its data, beside the distribution ({@link #keepBuilt}), and a new work directory starts
 * from a copy of it instead of the zip: the tests start several suites, each in a fresh directory.
 */
final class Keycloak {

    static final String REALM = "early-help";
    static final String REALM_FILE = "early-help-realm.json";
    /** Local-only bootstrap admin of the Keycloak console; demo credentials, never used beyond this machine. */
    static final String DEMO_ADMIN = "admin";
    static final String DEMO_ADMIN_PASSWORD = "admin-demo-password";

    private Keycloak() {
    }

    static ChildProcess start(StackOptions options, Path javaHome, boolean reset) throws IOException {
        Path distribution = options.root().resolve("local-stack/target/dist/keycloak.zip");
        if (!Files.isRegularFile(distribution)) {
            throw new IllegalStateException("No Keycloak distribution at " + distribution
                    + "; build first: ./mvnw -B -ntp package -DskipTests");
        }
        Path home = unpack(distribution, options.workDir(), built(options));
        importRealm(options.root().resolve("keycloak").resolve(REALM_FILE), home, reset);

        String url = options.keycloakUrl();
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + options.keycloakPort(),
                "--hostname=" + url,
                "--import-realm");
        Map<String, String> environment = Map.of(
                "JAVA_HOME", javaHome.toString(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", DEMO_ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", DEMO_ADMIN_PASSWORD);
        return ChildProcess.start("keycloak", command, environment, home,
                options.workDir().resolve("logs/keycloak.log"),
                URI.create(url + "/realms/" + REALM + "/.well-known/openid-configuration"));
    }

    /**
     * Keeps a copy of this work directory's home, built for dev mode and without its data, for later new work
     * directories; once per checkout (call when Keycloak is ready, so the build is complete).
     */
    static void keepBuilt(StackOptions options) throws IOException {
        Path built = built(options);
        if (Files.isRegularFile(built.resolve("bin/kc.sh"))) {
            return;
        }
        Path home = options.workDir().resolve(built.getFileName());
        Path partial = built.resolveSibling(built.getFileName() + ".copying-" + ProcessHandle.current().pid());
        Database.deleteRecursively(partial);
        Files.createDirectories(partial.getParent());
        try (var walk = Files.walk(home)) {
            for (Path each : walk.filter(path -> !path.startsWith(home.resolve("data"))).toList()) {
                Files.copy(each, partial.resolve(home.relativize(each).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        try {
            Files.move(partial, built, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException anotherSuiteKeptOneFirst) {
            Database.deleteRecursively(partial);
        }
    }

    /** Where the built home of this checkout is kept: beside the distribution, named as the zip's top folder. */
    private static Path built(StackOptions options) throws IOException {
        Path distribution = options.root().resolve("local-stack/target/dist/keycloak.zip");
        return distribution.resolveSibling("built").resolve(topFolder(distribution));
    }

    /** Unpacks the distribution once, or copies the checkout's built home when there is one; returns the Keycloak home. */
    private static Path unpack(Path zip, Path workDir, Path built) throws IOException {
        String top = topFolder(zip);
        Path home = workDir.resolve(top);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path partial = workDir.resolve(top + ".unpacking");
        Database.deleteRecursively(partial);
        Files.createDirectories(partial);
        if (Files.isRegularFile(built.resolve("bin/kc.sh"))) {
            try (var walk = Files.walk(built)) {
                for (Path each : walk.toList()) {
                    Files.copy(each, partial.resolve(top).resolve(built.relativize(each).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            Files.move(partial.resolve(top), home);
            Database.deleteRecursively(partial);
            return home;
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("Refusing zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.move(partial.resolve(top), home);
        Database.deleteRecursively(partial);
        return home;
    }

    private static String topFolder(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry first = in.getNextEntry();
            if (first == null) {
                throw new IOException("Empty Keycloak distribution " + zip);
            }
            return first.getName().split("/")[0];
        }
    }

    /**
     * Puts the realm where {@code --import-realm} finds it. Keycloak skips a realm that already
     * exists, so when the file changed (or on {@code reset}) the old server data is dropped and the
     * realm imported afresh.
     */
    static void importRealm(Path realm, Path home, boolean reset) throws IOException {
        Path imported = home.resolve("data/import").resolve(REALM_FILE);
        if (!reset && Files.isRegularFile(imported)
                && Arrays.equals(Files.readAllBytes(realm), Files.readAllBytes(imported))) {
            return;
        }
        Database.deleteRecursively(home.resolve("data/h2"));
        Files.createDirectories(imported.getParent());
        try (InputStream in = Files.newInputStream(realm)) {
            Files.copy(in, imported, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
