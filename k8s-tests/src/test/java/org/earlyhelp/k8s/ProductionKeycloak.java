package org.earlyhelp.k8s;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak (the distribution the build fetched, the version production runs) with the realm exactly as
 * production imports it ({@link RealmImports#realmImport()}), plus the people a test adds to it. Client secrets come
 * from environment variables, as the operator's placeholders do. Started in dev mode on a free loopback port: the
 * realm's {@code sslRequired: external} allows plain HTTP from loopback only.
 */
final class ProductionKeycloak implements AutoCloseable {

    static final String REALM = "early-help";
    /** The stand-in for every client secret Kubernetes would hold; test-only. */
    static final String CLIENT_SECRET = "production-realm-test-secret";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "production-realm-test-admin";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    final String url;

    private ProductionKeycloak(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts Keycloak with production's realm and {@code people} (user representations) added to it. */
    static ProductionKeycloak start(List<ObjectNode> people) throws IOException, InterruptedException {
        Path root = Manifests.root();
        ObjectNode resource = RealmImports.of(root).realmImport();
        ObjectNode realm = (ObjectNode) resource.path("spec").path("realm");
        ArrayNode users = (ArrayNode) realm.path("users");
        people.forEach(users::add);

        Path home = home(root);
        deleteRecursively(home.resolve("data"));
        Path imported = home.resolve("data/import/" + REALM + "-realm.json");
        Files.createDirectories(imported.getParent());
        JSON.writeValue(imported.toFile(), realm);

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + url, "--import-realm")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolveSibling("keycloak.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        resource.path("spec").path("placeholders").properties().forEach(each -> environment.put(each.getKey(), CLIENT_SECRET));
        ProductionKeycloak keycloak = new ProductionKeycloak(builder.start(), url);
        keycloak.awaitReady(home.resolveSibling("keycloak.log"));
        return keycloak;
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        URI ready = URI.create(url + "/realms/" + REALM + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see " + log);
            }
            try {
                if (client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within 3 minutes; see " + log);
    }

    /** An access token of the master realm's bootstrap admin, for the admin API. */
    String adminToken() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=" + ADMIN
                        + "&password=" + ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The Keycloak home under this module's {@code target/}: the suite's built copy when a suite ran in this checkout
     * (saves Keycloak's own build), otherwise unpacked from the distribution the build copied here.
     */
    private static Path home(Path root) throws IOException {
        Path work = root.resolve("k8s-tests/target/production-keycloak");
        Path home = work.resolve("keycloak");
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path partial = work.resolve("keycloak.partial");
        deleteRecursively(partial);
        Files.createDirectories(work);
        Path built;
        try (var kept = Files.list(Files.createDirectories(root.resolve("local-stack/target/dist/built")))) {
            built = kept.filter(each -> Files.isRegularFile(each.resolve("bin/kc.sh"))).findFirst().orElse(null);
        }
        if (built != null) {
            try (var walk = Files.walk(built)) {
                for (Path each : walk.toList()) {
                    Files.copy(each, partial.resolve(built.relativize(each).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } else {
            unzip(root.resolve("k8s-tests/target/keycloak.zip"), partial);
        }
        Files.move(partial, home);
        return home;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                Path file = target.resolve(name).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("Refusing zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
