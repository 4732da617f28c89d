package org.earlyhelp.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A service's committed OpenAPI document ({@code src/main/openapi/openapi.yaml}) against the one its
 * build generated ({@code target/openapi/openapi.yaml}): the same text, or the first lines that
 * differ. With {@code -Dearlyhelp.openapi.write=true} the generated one is committed instead.
 */
record CommittedDocument(String module, Path generated, Path committed) {

    static final String REGENERATE = "./mvnw -B -ntp verify -pl openapi-lint -am -Dtest=OpenApiDocumentsTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dearlyhelp.openapi.write=true";

    static CommittedDocument of(Path root, String module) {
        return new CommittedDocument(module, root.resolve(module).resolve("target/openapi/openapi.yaml"),
                root.resolve(module).resolve("src/main/openapi/openapi.yaml"));
    }

    /** Empty when the committed document is the generated one; else what differs, and how to commit the change. */
    Optional<String> drift() {
        if (!Files.exists(generated)) {
            return Optional.of(module + ": no generated document at " + generated + " (build the module first: ./mvnw package -pl "
                    + module + " -am)");
        }
        if (!Files.exists(committed)) {
            return Optional.of(module + ": no committed document at " + committed + "; to commit it run " + REGENERATE);
        }
        List<String> want = lines(generated);
        List<String> have = lines(committed);
        if (want.equals(have)) {
            return Optional.empty();
        }
        int line = 0;
        while (line < want.size() && line < have.size() && want.get(line).equals(have.get(line))) {
            line++;
        }
        return Optional.of(module + ": the generated OpenAPI document differs from the committed " + committed.getFileName()
                + " at line " + (line + 1) + "\n  committed: " + (line < have.size() ? have.get(line) : "(end)")
                + "\n  generated: " + (line < want.size() ? want.get(line) : "(end)")
                + "\n  (" + have.size() + " lines committed, " + want.size() + " generated). If the API change is deliberate,"
                + " commit the new document: " + REGENERATE);
    }

    void write() {
        try {
            Files.createDirectories(committed.getParent());
            Files.write(committed, lines(generated));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::stripTrailing).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
