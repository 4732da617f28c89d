package org.earlyhelp.e2e;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The few structural rules that keep contexts apart: a service never reaches into another
 * service's code (only into its published client and event modules), the platform knows no service, and resources go
 * through services, not repositories. Reads the compiled main classes of every module with main code, and fails,
 * naming it, when one has none: a rule checked against a module that is not there would pass without proving anything.
 */
class ArchitectureTest {

    /** A service's published client module ({@code org.earlyhelp.<service>.client}) is its contract, open to all. */
    private static final String PUBLISHED_CLIENTS = "org.earlyhelp.*.client..";
    /** So are its event payloads ({@code org.earlyhelp.<service>.contract}, module {@code <context>-events}). */
    private static final String PUBLISHED_EVENTS = "org.earlyhelp.*.contract..";
    /** Base packages: {@code org.earlyhelp.<name>} ("case" is a Java keyword, so case-service's is {@code cases}). */
    private static final List<String> SERVICES = List.of("directory", "referral", "cases", "consent");
    /** What the platform and a published client may never use. */
    private static final String[] APPLICATIONS = { "org.earlyhelp.directory..", "org.earlyhelp.referral..",
            "org.earlyhelp.cases..", "org.earlyhelp.consent..", "org.earlyhelp.gateway..", "org.earlyhelp.web.." };
    /** Every module with main code, and the package its classes live in. */
    private static final Map<String, String> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("platform-web", "org.earlyhelp.platform.http");
        MODULES.put("platform", "org.earlyhelp.platform");
        MODULES.put("platform-test", "org.earlyhelp.platform.test");
        MODULES.put("consent-client", "org.earlyhelp.consent.client");
        MODULES.put("directory-service", "org.earlyhelp.directory");
        MODULES.put("referral-service", "org.earlyhelp.referral");
        MODULES.put("case-service", "org.earlyhelp.cases");
        MODULES.put("consent-service", "org.earlyhelp.consent");
        MODULES.put("gateway", "org.earlyhelp.gateway");
        MODULES.put("web", "org.earlyhelp.web");
        MODULES.put("local-stack", "org.earlyhelp.localstack");
        MODULES.put("referral-events", "org.earlyhelp.referral.contract");
        MODULES.put("case-events", "org.earlyhelp.cases.contract");
        MODULES.put("consent-events", "org.earlyhelp.consent.contract");
        MODULES.put("directory-events", "org.earlyhelp.directory.contract");
    }

    private static JavaClasses classes;
    private static Path root;

    @BeforeAll
    static void importModules() {
        root = Path.of(System.getProperty("earlyhelp.root", "..")).toAbsolutePath().normalize();
        classes = new ClassFileImporter().importPaths(MODULES.keySet().stream()
                .map(module -> root.resolve(module).resolve("target/classes"))
                .filter(Files::isDirectory)
                .toList());
    }

    @Test
    void everyModuleIsRead() {
        MODULES.forEach((module, basePackage) -> assertThat(classes.stream().anyMatch(type -> type.getPackageName().startsWith(basePackage)
                && type.getSource().map(source -> source.getUri().toString().contains("/" + module + "/target/classes/")).orElse(false)))
                .as("compiled classes of %s (build them first: ./mvnw -pl e2e-tests -am test-compile)", module).isTrue());
    }

    @Test
    void thePlatformKnowsNoService() {
        noClasses().that().resideInAPackage("org.earlyhelp.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATIONS)
                .check(classes);
    }

    @Test
    void theHttpEdgeKnowsNothingElseOfThePlatform() {
        noClasses().that().resideInAPackage("org.earlyhelp.platform.http..")
                .should().dependOnClassesThat(resideInAPackage("org.earlyhelp.platform..")
                        .and(resideOutsideOfPackages("org.earlyhelp.platform.http..")))
                .check(classes);
    }

    @Test
    void aPublishedClientKnowsNothingOfItsService() {
        noClasses().that().resideInAPackage(PUBLISHED_CLIENTS)
                .should().dependOnClassesThat(resideInAnyPackage(APPLICATIONS).and(resideOutsideOfPackages(PUBLISHED_CLIENTS)))
                .check(classes);
    }

    @Test
    void publishedEventsKnowNothingOfTheirService() {
        noClasses().that().resideInAPackage(PUBLISHED_EVENTS)
                .should().dependOnClassesThat(resideInAnyPackage(APPLICATIONS).and(resideOutsideOfPackages(PUBLISHED_EVENTS)))
                .check(classes);
    }

    @Test
    void theWebApplicationCallsOnlyThePublicApis() {
        noClasses().that().resideInAPackage("org.earlyhelp.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.earlyhelp.directory..", "org.earlyhelp.referral..",
                        "org.earlyhelp.cases..", "org.earlyhelp.consent..", "org.earlyhelp.gateway..", "org.earlyhelp.platform..")
                .check(classes);
    }

    /**
     * The gateway routes every page of the web application to it, without a token (the application signs people in
     * itself): a page it does not route is a link that leads nowhere. Read from the gateway's own routing table.
     */
    @Test
    void theGatewayRoutesEveryPageOfTheWebApplication() throws IOException {
        Properties gateway = new Properties();
        try (var in = Files.newInputStream(root.resolve("gateway/src/main/resources/application.properties"))) {
            gateway.load(in);
        }
        List<String> routed = List.of(gateway.getProperty("earlyhelp.gateway.backends.web.paths").split(","));
        List<String> open = List.of(gateway.getProperty("earlyhelp.gateway.public-paths").split(","));
        List<String> pages = classes.stream().filter(type -> type.getPackageName().startsWith("org.earlyhelp.web"))
                .flatMap(type -> type.getAnnotations().stream())
                .filter(annotation -> annotation.getRawType().getName().equals("jakarta.ws.rs.Path"))
                .map(annotation -> "/" + String.valueOf(annotation.get("value").orElse("")).replaceFirst("^/", "").split("/")[0])
                .distinct().toList();
        assertThat(pages).as("the web application's page paths").contains("/triage", "/referrals")
                .allSatisfy(page -> assertThat(routed).as("the gateway's routes to the web application").contains(page))
                .allSatisfy(page -> assertThat(open).as("the gateway's paths open without a token").contains(page));
    }

    @Test
    void noServiceUsesAnotherServicesCode() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(other -> !other.equals(service))
                    .map(other -> "org.earlyhelp." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.earlyhelp." + service + "..")
                    .should().dependOnClassesThat(resideInAnyPackage(others)
                            .and(resideOutsideOfPackages(PUBLISHED_CLIENTS, PUBLISHED_EVENTS)))
                    .check(classes);
        }
    }

    @Test
    void resourcesDoNotTouchRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }
}
