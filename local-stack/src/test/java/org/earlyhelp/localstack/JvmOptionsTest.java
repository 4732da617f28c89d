package org.earlyhelp.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every Java process of the suite gets one line of JVM options, from one place (decision 0035), and an operator's line
 * replaces it for all of them. No class-data archive or per-process tuning is added behind it.
 */
class JvmOptionsTest {

    @AfterEach
    void forgetOptions() {
        System.clearProperty(JvmOptions.PROPERTY);
    }

    @Test
    void everyJavaProcessGetsTheOneDefaultLine() {
        assertThat(String.join(" ", JvmOptions.options(Map.of()))).isEqualTo(JvmOptions.DEFAULT);
        assertThat(JvmOptions.javaCommand()).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile")
                || option.startsWith("-XX:ArchiveClassesAtExit") || option.startsWith("-XX:MetaspaceSize"));
    }

    @Test
    void anOperatorsLineReplacesTheDefault() {
        assertThat(JvmOptions.options(Map.of(JvmOptions.ENVIRONMENT, "-Xmx512m  -XX:+UseG1GC")))
                .containsExactly("-Xmx512m", "-XX:+UseG1GC");

        System.setProperty(JvmOptions.PROPERTY, "-Xmx128m");
        assertThat(JvmOptions.options(Map.of(JvmOptions.ENVIRONMENT, "-Xmx512m"))).containsExactly("-Xmx128m");
    }
}
