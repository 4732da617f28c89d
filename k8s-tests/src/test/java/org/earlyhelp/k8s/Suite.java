package org.earlyhelp.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The suite as the manifests must reflect it: its components, their ports, who calls whom, what they were measured to need. */
final class Suite {

    /** A component with its HTTP port, the database it owns (none for the gateway) and the components that call it. */
    record Component(String name, String database, int port, Set<String> callers) {
    }

    static final Component GATEWAY = new Component("gateway", null, 8080, Set.of());

    static final List<Component> SERVICES = List.of(
            new Component("directory-service", "directory", 8081, Set.of("gateway", "referral-service", "consent-service")),
            new Component("referral-service", "referral", 8082, Set.of("gateway", "consent-service", "case-service")),
            new Component("case-service", "case", 8083, Set.of("gateway", "referral-service", "consent-service")),
            new Component("consent-service", "consent", 8084, Set.of("gateway", "referral-service", "case-service")));

    /** The web application: only the gateway calls it, and it reaches only the gateway and Keycloak. */
    static final Component WEB = new Component("web", null, 8085, Set.of("gateway"));

    static final List<Component> ALL = Stream.concat(Stream.of(GATEWAY, WEB), SERVICES.stream()).toList();

    /**
     * Resident set size in MiB of each component after 2,400 requests through the gateway, as the
     * launcher runs them (-Xmx256m, serial GC); how it was measured is in docs/scaling.md.
     */
    static final Map<String, Integer> MEASURED_RSS_MIB = Map.of(
            "gateway", 137,
            // the web application: the most its process held while the browser tests ran their journeys through it
            "web", 146,
            "directory-service", 237,
            "referral-service", 235,
            "case-service", 189,
            "consent-service", 221);

    static final List<String> OVERLAYS = List.of("dev", "prod");

    /** The tag a module's image is built with (quarkus.container-image.tag of its application.properties). */
    static String imageTag(Path root, String module) throws IOException {
        return properties(root, module).getProperty("quarkus.container-image.tag");
    }

    static Properties properties(Path root, String module) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(root.resolve(module).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    /** keycloak.version of the root pom: the Keycloak release the build tests the realm against. */
    static String keycloakVersion(Path root) throws IOException {
        Matcher version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>").matcher(Files.readString(root.resolve("pom.xml")));
        if (!version.find()) {
            throw new IllegalStateException("No keycloak.version in the root pom");
        }
        return version.group(1);
    }

    private Suite() {
    }
}
