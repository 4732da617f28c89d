package org.earlyhelp.e2e;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The few structural rules that keep contexts apart: a service never reaches into another
 * service's code (only into its published client and event modules), the platform knows no
 * service, and resources go through services, not repositories. Reads the compiled main classes
 * of every module.
 */
class ArchitectureTest {

    /** A service's published client module ({@code org.earlyhelp.<service>.client}) is its contract, open to all. */
    private static final String PUBLISHED_CLIENTS = "org.earlyhelp.*.client..";
    /** So are its event payloads ({@code org.earlyhelp.<service>.contract}, module {@code <context>-events}). */
    private static final String PUBLISHED_EVENTS = "org.earlyhelp.*.contract..";
    /** Base packages: {@code org.earlyhelp.<name>} ("case" is a Java keyword, so case-service's is {@code cases}). */
    private static final List<String> SERVICES = List.of("directory", "referral", "cases", "consent");
    private static JavaClasses classes;

    @BeforeAll
    static void importModules() {
        Path root = Path.of(System.getProperty("earlyhelp.root", "..")).toAbsolutePath().normalize();
        List<Path> compiled = List.of("platform", "directory-service", "referral-service", "case-service",
                        "consent-service", "gateway", "referral-events", "case-events", "consent-events", "directory-events").stream()
                .map(module -> root.resolve(module).resolve("target/classes"))
                .filter(Files::isDirectory)
                .toList();
        classes = new ClassFileImporter().importPaths(compiled);
    }

    @Test
    void thePlatformKnowsNoService() {
        noClasses().that().resideInAPackage("org.earlyhelp.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.earlyhelp.directory..", "org.earlyhelp.referral..", "org.earlyhelp.cases..",
                        "org.earlyhelp.consent..", "org.earlyhelp.gateway..")
                .check(classes);
    }

    @Test
    void noServiceUsesAnotherServicesCode() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(other -> !other.equals(service))
                    .map(other -> "org.earlyhelp." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.earlyhelp." + service + "..")
                    .should().dependOnClassesThat(resideInAnyPackage(others)
                            .and(resideOutsideOfPackages(PUBLISHED_CLIENTS, PUBLISHED_EVENTS)))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void resourcesDoNotTouchRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .allowEmptyShould(true)
                .check(classes);
    }
}
