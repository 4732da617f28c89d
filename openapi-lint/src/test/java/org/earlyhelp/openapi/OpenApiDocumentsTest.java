package org.earlyhelp.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Each service's committed OpenAPI document is the one its build generates (ARCHITECTURE §5): an
 * API change shows in review as a change of the committed document, never by surprise. This module
 * builds after the services, whose package phase writes {@code target/openapi/openapi.yaml}.
 */
class OpenApiDocumentsTest {

    static final List<String> SERVICES = List.of("directory-service", "referral-service", "case-service", "consent-service");

    @Test
    void everyCommittedDocumentIsTheGeneratedOne() {
        Path root = Roots.project();
        boolean write = Boolean.getBoolean("earlyhelp.openapi.write");
        List<String> drifts = SERVICES.stream().map(module -> CommittedDocument.of(root, module)).flatMap(document -> {
            Optional<String> drift = document.drift();
            if (drift.isPresent() && write && java.nio.file.Files.exists(document.generated())) {
                document.write();
                System.out.println("Committed the generated document of " + document.module() + " to " + document.committed());
                return java.util.stream.Stream.empty();
            }
            return drift.stream();
        }).toList();
        System.out.println("OpenAPI documents generated and committed alike: " + (SERVICES.size() - drifts.size()) + " of "
                + SERVICES.size() + (drifts.isEmpty() ? "" : "; drifted: " + drifts.size()));
        assertThat(drifts).as("OpenAPI documents that drifted from the committed ones").isEmpty();
    }
}
