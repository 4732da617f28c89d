package org.earlyhelp.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The gateway's {@code /q/openapi} document is the merge of the four committed service documents, without conflicts. */
class SuiteDocumentTest {

    @Test
    void theGatewaysDocumentIsTheMergeOfTheServicesDocuments() {
        Path root = Roots.project();
        SuiteDocument suite = SuiteDocument.of(root, OpenApiDocumentsTest.SERVICES);
        assertThat(suite.conflicts()).as("paths or components two services define differently").isEmpty();
        String merged = suite.yaml();
        if (Boolean.getBoolean("earlyhelp.openapi.write") && !merged.equals(SuiteDocument.committed(root))) {
            SuiteDocument.commit(root, merged);
            System.out.println("Committed the suite document to " + SuiteDocument.COMMITTED);
        }
        assertThat(SuiteDocument.committed(root))
                .as(SuiteDocument.COMMITTED + " is not the merge of the committed service documents; to commit it run "
                        + SuiteDocument.REGENERATE)
                .isEqualTo(merged);
        System.out.println("Suite OpenAPI document: the merge of " + OpenApiDocumentsTest.SERVICES.size()
                + " service documents, conflicts: 0");
    }
}
