package org.earlyhelp.e2e.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.earlyhelp.e2e.EndToEnd;
import org.earlyhelp.e2e.RunningSuite;
import org.earlyhelp.e2e.TheSuite;
import org.junit.jupiter.api.Test;

/**
 * docs/partners.md as a partner's developer would use it: every {@code sh} block, in order, in one shell against
 * the running suite (its gateway and Keycloak in {@code GATEWAY} and {@code KEYCLOAK}), each block's output checked
 * for what the guide says it shows; and its table of problem types covers every type the gateway documents.
 */
@EndToEnd
class PartnersGuideTest {

    private static final Path GUIDE = RunningSuite.checkout().resolve("docs/partners.md");
    private static final String BLOCK_END = "@@ end of block";

    @Test
    void everyCommandOfTheGuideDoesWhatItSays() throws Exception {
        List<String> blocks = blocks();
        assertThat(blocks).as("sh blocks in docs/partners.md").hasSize(8);
        List<String> outputs = run(blocks);

        assertThat(outputs.get(0)).as("1. a token").containsPattern("a token of [0-9]{3,} characters");
        assertThat(outputs.get(1)).as("2. created").containsPattern("HTTP/\\S+ 201")
                .containsPattern("(?i)location: \\S+/api/referrals/[0-9a-f-]{36}").containsPattern("(?i)etag: ");
        assertThat(outputs.get(2)).as("2. the retry replays the first answer").containsPattern("HTTP/\\S+ 201")
                .containsPattern("(?i)idempotent-replayed: true").containsPattern("referral [0-9a-f-]{36}");
        String referral = find(outputs.get(2), "referral ([0-9a-f-]{36})");
        assertThat(outputs.get(3)).as("3. read back and on the feed").contains("\"status\":\"")
                .containsPattern("\"type\":\"referral\\.submitted\",\"subject\":\"" + referral + "\"");
        assertThat(outputs.get(4)).as("4. an unknown district").containsPattern("HTTP/\\S+ 422")
                .contains("\"type\":\"/problems/unprocessable\"").contains("\"field\":\"area\"");
        assertThat(outputs.get(5).lines().toList()).as("4. not found, then no token").containsExactly("404", "401");
        String handOver = find(outputs.get(7), "hand-over ([0-9a-f-]{36}) of referral [0-9a-f-]{36}");
        assertThat(outputs.get(7)).as("5. the front door: handed over on submission, acknowledged, returned, on its feed")
                .contains("\"because\":\"immediate-risk-at-submission\"").contains("\"status\":\"acknowledged\"")
                .contains("\"outcome\":\"no-further-action-returned-to-early-help\"")
                .contains("\"type\":\"referral.handed-over\",\"subject\":\"" + handOver + "\"")
                .contains("\"type\":\"referral.hand-over-outcome\",\"subject\":\"" + handOver + "\"");
    }

    @Test
    void theGuideSaysWhatToDoForEveryProblemType() throws IOException {
        String index = given().when().get(TheSuite.running().gatewayUrl() + "/problems").then().statusCode(200)
                .extract().asString();
        Set<String> documented = new TreeSet<>();
        Matcher types = Pattern.compile("/problems/[a-z-]+").matcher(index);
        while (types.find()) {
            documented.add(types.group());
        }
        assertThat(documented).as("problem types the gateway documents").hasSizeGreaterThan(15);
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        assertThat(documented).allSatisfy(type -> assertThat(guide).as("the guide's table").contains("| `" + type + "` |"));
    }

    private static List<String> blocks() throws IOException {
        Matcher blocks = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        while (blocks.find()) {
            found.add(blocks.group(1));
        }
        return found;
    }

    /** Runs the blocks in one shell, as a reader pasting them one after another would; the output of each. */
    private static List<String> run(List<String> blocks) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        blocks.forEach(block -> script.append(block).append("echo '").append(BLOCK_END).append("'\n"));
        Path directory = Files.createTempDirectory("partners-guide");
        ProcessBuilder shell = new ProcessBuilder("bash", "-c", script.toString()).directory(directory.toFile())
                .redirectErrorStream(true);
        shell.environment().put("GATEWAY", TheSuite.running().gatewayUrl());
        shell.environment().put("KEYCLOAK", TheSuite.running().keycloakUrl());
        Process process = shell.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the guide's commands finish").isTrue();
        System.out.println("docs/partners.md, run:\n" + output);
        assertThat(process.exitValue()).as("the guide's commands exit 0:\n" + output).isZero();
        try (var left = Files.list(directory)) {
            assertThat(left).as("the guide cleans up after itself").isEmpty();
        }
        Files.delete(directory);
        return List.of(output.split(Pattern.quote(BLOCK_END) + "\\n", -1));
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex + " in " + text).isTrue();
        return matcher.group(1);
    }
}
