package org.earlyhelp.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The launcher refuses to start, saying why, before it starts anything. */
class StartupRefusalTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void aTakenPortIsNamedWithItsComponent() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            StackOptions options = StackOptions.parse(new String[] {"--root=" + ROOT, "--referral-port=" + port,
                    "--work-dir=" + ROOT.resolve("local-stack/target/refusal")}, Map.of());

            assertThatThrownBy(() -> Stack.start(options, new PrintStream(new ByteArrayOutputStream())))
                    .hasMessageContaining("port " + port + " (referral-service)");
        }
    }

    @Test
    void portsPickedForTestStacksAreNeverHandedOutTwice() throws Exception {
        // A CI run once failed because two back-to-back picks got the same port: the stack refused to start.
        java.util.Set<Integer> picked = new java.util.HashSet<>();
        for (int i = 0; i < 500; i++) {
            assertThat(picked.add(Stack.freePort())).as("pick %d is new", i).isTrue();
        }
    }

    @Test
    void twoComponentsOnOnePortAreRefused() {
        StackOptions options = StackOptions.parse(new String[] {"--root=" + ROOT, "--gateway-port=18080",
                "--case-port=18080"}, Map.of());

        assertThatThrownBy(() -> Stack.start(options, new PrintStream(new ByteArrayOutputStream())))
                .hasMessageContaining("same port");
    }

    @Test
    void portsComeFromArgumentsOrEnvironment() {
        StackOptions options = StackOptions.parse(new String[] {"--root=" + ROOT, "--gateway-port=9080"},
                Map.of("EARLYHELP_KEYCLOAK_PORT", "9180"));

        assertThat(options.gatewayPort()).isEqualTo(9080);
        assertThat(options.keycloakPort()).isEqualTo(9180);
        assertThat(options.referralPort()).isEqualTo(8082);
        assertThat(options.webPort()).isEqualTo(8085);
        assertThat(StackOptions.parse(new String[] {"--root=" + ROOT}, Map.of("EARLYHELP_WEB_PORT", "9085")).webPort())
                .isEqualTo(9085);
    }

    @Test
    void theWebApplicationsPortIsCheckedLikeAnyOther() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            StackOptions options = StackOptions.parse(new String[] {"--root=" + ROOT, "--web-port=" + port,
                    "--work-dir=" + ROOT.resolve("local-stack/target/refusal")}, Map.of());

            assertThatThrownBy(() -> Stack.start(options, new PrintStream(new ByteArrayOutputStream())))
                    .hasMessageContaining("port " + port + " (web)");
        }
    }

    @Test
    void aBadPortIsAClearError() {
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--root=" + ROOT, "--gateway-port=http"}, Map.of()))
                .hasMessageContaining("--gateway-port must be a port number");
    }
}
