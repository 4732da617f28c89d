package org.earlyhelp.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service starts with the class-data archive trained on a start of its build, else the one its build made
 * (-Dappcds), never with one left from an earlier build, which the JVM would refuse with a warning in the service's
 * log; and only a build that asked for archives is trained, once (decisions 0020 and 0024).
 */
class ClassDataArchiveTest {

    @TempDir
    Path root;

    private Stack stack() {
        return new Stack(StackOptions.withPorts(root, 1, 2, 3, 4, 5, 6), new PrintStream(new ByteArrayOutputStream()));
    }

    private Path app(String module) throws Exception {
        Path app = Files.createDirectories(root.resolve(module).resolve("target/quarkus-app"));
        write(app, "quarkus-run.jar", "jar");
        return app;
    }

    /** A file of {@code app} with {@code content}, written now (after the jar). */
    private static Path write(Path app, String name, String content) throws Exception {
        return Files.writeString(app.resolve(name), content);
    }

    /** {@code file} as a build before this one left it: older than the jar. */
    private static void leftByAnEarlierBuild(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }

    @Test
    void theArchiveBuiltWithTheJarIsUsed() throws Exception {
        Path app = app("referral-service");
        write(app, "app-cds.jsa", "archive");

        assertThat(stack().classDataArchive("referral-service")).contains(app.resolve("app-cds.jsa"));
    }

    @Test
    void anArchiveOlderThanTheJarIsLeftOut() throws Exception {
        Path app = app("case-service");
        leftByAnEarlierBuild(write(app, "app-cds.jsa", "archive"));

        assertThat(stack().classDataArchive("case-service")).isEmpty();
    }

    @Test
    void withoutAnArchiveTheServiceStartsWithout() throws Exception {
        app("gateway");

        assertThat(stack().classDataArchive("gateway")).isEmpty();
    }

    @Test
    void theArchiveTrainedOnThisBuildIsPreferred() throws Exception {
        Path app = app("referral-service");
        write(app, "app-cds.jsa", "archive");
        write(app, "app-trained.jsa", "trained");

        assertThat(stack().classDataArchive("referral-service")).contains(app.resolve("app-trained.jsa"));
    }

    @Test
    void anArchiveTrainedOnAnEarlierBuildIsLeftOut() throws Exception {
        Path app = app("consent-service");
        write(app, "app-cds.jsa", "archive");
        leftByAnEarlierBuild(write(app, "app-trained.jsa", "trained"));

        assertThat(stack().classDataArchive("consent-service")).contains(app.resolve("app-cds.jsa"));
    }

    @Test
    void anEmptyTrainedArchiveIsLeftOutAndTrainedAgain() throws Exception {
        Path app = app("directory-service");
        write(app, "app-cds.jsa", "archive");
        write(app, "app-trained.jsa", "");

        assertThat(stack().classDataArchive("directory-service")).contains(app.resolve("app-cds.jsa"));
        assertThat(stack().untrainedModules()).containsExactly("directory-service");
    }

    @Test
    void onlyModulesBuiltForArchivesAndNotYetTrainedAreTrained() throws Exception {
        write(app("directory-service"), "app-cds.jsa", "archive");
        Path trained = app("case-service");
        write(trained, "app-cds.jsa", "archive");
        write(trained, "app-trained.jsa", "trained");
        Path stale = app("gateway");
        write(stale, "app-cds.jsa", "archive");
        leftByAnEarlierBuild(write(stale, "app-trained.jsa", "trained"));
        app("referral-service"); // built without -Dappcds, as CI builds

        assertThat(stack().untrainedModules()).containsExactly("directory-service", "gateway");
    }

    @Test
    void aTrainingStartRecordsItsClassesOnExitInsteadOfReadingAnArchive() {
        List<String> command = List.of("/jdk/bin/java", "-Xmx256m", "-XX:SharedArchiveFile=/app/app-cds.jsa",
                "-Dquarkus.http.port=8082", "-jar", "/app/quarkus-run.jar");

        assertThat(Stack.trainingCommand(command, Path.of("/app/app-trained.jsa.partial"))).containsExactly(
                "/jdk/bin/java", "-Xmx256m", "-Dquarkus.http.port=8082",
                "-XX:ArchiveClassesAtExit=/app/app-trained.jsa.partial", "-Dquarkus.shutdown.delay-enabled=false",
                "-jar", "/app/quarkus-run.jar");
    }
}
