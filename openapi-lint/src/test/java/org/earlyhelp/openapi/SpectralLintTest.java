package org.earlyhelp.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every committed OpenAPI document (each service's, and the suite's that the gateway serves) passes Spectral (spectral:oas, all rules, and the OWASP API
 * Security Top 10 2023 ruleset) with only the waivers of decision 0042. Spectral and the rulesets
 * are the versions package-lock.json pins, installed with {@code npm ci} into openapi-lint/node_modules
 * (the npm registry is the only network it needs). Without Node the test is skipped and says so;
 * in CI ({@code CI=true}) it fails instead.
 */
class SpectralLintTest {

    @Test
    void everyCommittedDocumentPassesBothRulesets() throws Exception {
        Path lint = Roots.project().resolve("openapi-lint");
        boolean ci = "true".equals(System.getenv("CI"));
        if (!available("node", "--version")) {
            assertThat(ci).as("Node (with npm) must be on the PATH in CI to lint the OpenAPI documents").isFalse();
            Assumptions.abort("Node is not on the PATH: the OpenAPI documents are not linted here");
        }
        Path installed = lint.resolve("node_modules/.package-lock.json");
        if (!Files.exists(installed) || Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lint.resolve("package-lock.json"))) < 0) {
            Result install = run(lint, List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"), 600);
            assertThat(install.exit).as("npm ci in openapi-lint:\n" + install.output).isZero();
        }
        List<String> command = new ArrayList<>(List.of("node", "lint.mjs"));
        for (String module : OpenApiDocumentsTest.SERVICES) {
            command.add("../" + module + "/src/main/openapi/openapi.yaml");
        }
        command.add("../" + SuiteDocument.COMMITTED);
        Result result = run(lint, command, 300);
        System.out.println(result.output);
        assertThat(result.exit).as("Spectral found unwaived findings:\n" + result.output).isZero();
        assertThat(result.output).contains("Documents with unwaived findings: 0 of " + (OpenApiDocumentsTest.SERVICES.size() + 1));
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path directory, List<String> command, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " took more than " + seconds + " s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static boolean available(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
