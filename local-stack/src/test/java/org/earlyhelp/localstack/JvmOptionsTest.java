package org.earlyhelp.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services start quickly and small on the C1 compiler alone; the gateway, which every request passes through, runs
 * the C2 compiler too (decision 0022). An operator's options replace the defaults of the processes they are meant for,
 * and no others.
 */
class JvmOptionsTest {

    @TempDir
    Path root;

    private Stack stack() {
        return new Stack(StackOptions.withPorts(root, 1, 2, 3, 4, 5, 6), new PrintStream(new ByteArrayOutputStream()));
    }

    @AfterEach
    void forgetOptions() {
        System.clearProperty("earlyhelp.java-options");
        System.clearProperty("earlyhelp.gateway-java-options");
    }

    @Test
    void servicesRunC1OnlyAndTheGatewayAlsoC2() {
        assertThat(stack().javaCommand("referral-service")).contains("-XX:TieredStopAtLevel=1", "-Xmx256m", "-XX:+UseSerialGC");
        assertThat(stack().javaCommand("gateway")).contains("-Xmx256m", "-XX:+UseSerialGC")
                .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void eachOverrideReplacesOnlyItsOwnDefaults() {
        System.setProperty("earlyhelp.java-options", "-Xmx512m");
        assertThat(stack().javaCommand("case-service")).contains("-Xmx512m").doesNotContain("-Xmx256m");
        assertThat(stack().javaCommand("gateway")).contains("-Xmx256m").doesNotContain("-Xmx512m");

        System.setProperty("earlyhelp.gateway-java-options", "-Xmx128m -XX:TieredStopAtLevel=1");
        assertThat(stack().javaCommand("gateway")).contains("-Xmx128m", "-XX:TieredStopAtLevel=1").doesNotContain("-Xmx256m");
        assertThat(stack().javaCommand("case-service")).contains("-Xmx512m");
    }
}
