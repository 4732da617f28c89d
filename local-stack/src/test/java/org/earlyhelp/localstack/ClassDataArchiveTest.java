package org.earlyhelp.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service starts with the class-data archive its build made (-Dappcds), never with one left from an earlier build,
 * which the JVM would refuse with a warning in the service's log.
 */
class ClassDataArchiveTest {

    @TempDir
    Path root;

    private Stack stack() {
        return new Stack(StackOptions.withPorts(root, 1, 2, 3, 4, 5, 6), new PrintStream(new ByteArrayOutputStream()));
    }

    private Path app(String module) throws Exception {
        Path app = Files.createDirectories(root.resolve(module).resolve("target/quarkus-app"));
        Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        return app;
    }

    @Test
    void theArchiveBuiltWithTheJarIsUsed() throws Exception {
        Path app = app("referral-service");
        Files.writeString(app.resolve("app-cds.jsa"), "archive");

        assertThat(stack().classDataArchive("referral-service")).contains(app.resolve("app-cds.jsa"));
    }

    @Test
    void anArchiveOlderThanTheJarIsLeftOut() throws Exception {
        Path app = app("case-service");
        Files.writeString(app.resolve("app-cds.jsa"), "archive");
        Files.setLastModifiedTime(app.resolve("app-cds.jsa"), FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(stack().classDataArchive("case-service")).isEmpty();
    }

    @Test
    void withoutAnArchiveTheServiceStartsWithout() throws Exception {
        app("gateway");

        assertThat(stack().classDataArchive("gateway")).isEmpty();
    }
}
