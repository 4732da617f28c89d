package org.earlyhelp.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drift check fails on a changed document: shown on a temporary copy of a committed one, never on the real files. */
class DriftCheckTest {

    @TempDir
    Path temp;

    @Test
    void aDocumentChangedInACopyIsCaughtAndNamed() throws IOException {
        Path committed = Roots.project().resolve("referral-service/src/main/openapi/openapi.yaml");
        Path generated = temp.resolve("referral-service/target/openapi/openapi.yaml");
        Path copy = temp.resolve("referral-service/src/main/openapi/openapi.yaml");
        Files.createDirectories(generated.getParent());
        Files.createDirectories(copy.getParent());
        Files.copy(committed, generated);
        Files.copy(committed, copy);
        CommittedDocument document = CommittedDocument.of(temp, "referral-service");
        assertThat(document.drift()).as("an unchanged copy").isEmpty();

        List<String> lines = new ArrayList<>(Files.readAllLines(generated));
        int changed = lines.indexOf(lines.stream().filter(line -> line.contains("maxLength")).findFirst().orElseThrow());
        lines.set(changed, lines.get(changed).replaceAll("maxLength: [0-9]+", "maxLength: 99999"));
        Files.write(generated, lines);

        assertThat(document.drift()).as("a generated document with one bound changed").hasValueSatisfying(drift -> assertThat(drift)
                .contains("differs from the committed openapi.yaml at line " + (changed + 1)).contains("maxLength: 99999")
                .contains(CommittedDocument.REGENERATE));
        System.out.println("Drift check on a temporary copy: " + document.drift().orElseThrow().lines().findFirst().orElseThrow());
    }
}
