package org.earlyhelp.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The packages of case-service stand in layers (decisions 0049, 0051): a package uses only the
 * packages of the layers below its own, never one beside it or above it. The case file, the
 * aggregate root every feature works on, is the ground; the features, each owning its records of
 * the case, stand on it (a feature that builds on another a layer higher); the use cases that
 * compose features (the case page, closing, opening, the caseload) stand on them.
 */
class FeatureLayersTest {

    private static final String BASE = "org.earlyhelp.cases";

    /** Lowest first. */
    private static final List<Set<String>> LAYERS = List.of(
            // the aggregate root
            Set.of("casefile"),
            // features
            Set.of("team", "plan", "notes", "alert"),
            Set.of("review", "transfer", "consent"),
            // compositions of features
            Set.of("casepage"),
            Set.of("opening", "caseload", "supportingfamilies"),
            Set.of("family", "dataprotection", "chronology"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // This module's own classes: the case-events module shares the base package (its contract package), and is no layer.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/case-service/")).importPackages(BASE);
    }

    @Test
    void everyPackageHasItsLayer() {
        Set<String> placed = LAYERS.stream().flatMap(Set::stream).collect(Collectors.toSet());
        Set<String> found = classes.stream().map(JavaClass::getPackageName).filter(name -> name.startsWith(BASE + "."))
                .map(name -> name.substring(BASE.length() + 1).split("\\.")[0]).collect(Collectors.toSet());
        assertThat(found).as("the service's packages (none found: the main classes are missing)").isNotEmpty();
        assertThat(placed).as("a new package needs its place in the layers").containsAll(found);
        assertThat(found).as("a package in the layers that no longer exists").containsAll(placed);
    }

    @Test
    void noPackageUsesOneBesideOrAboveIt() {
        IntStream.range(0, LAYERS.size()).forEach(layer -> LAYERS.get(layer).forEach(name -> {
            String[] notBelow = LAYERS.subList(layer, LAYERS.size()).stream().flatMap(Set::stream)
                    .filter(other -> !other.equals(name)).map(other -> BASE + "." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(BASE + "." + name + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(notBelow)
                    .because(name + " stands in layer " + (layer + 1) + " (decisions 0049, 0051)")
                    .check(classes);
        }));
    }
}
