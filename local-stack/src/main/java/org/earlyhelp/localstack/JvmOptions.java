package org.earlyhelp.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JVM options of every Java process the launcher starts (the four services and the gateway): one line, here and
 * nowhere else (decision 0035). Small heaps and the serial collector, because six JVMs share one laptop or a 2-core CI
 * machine; the C1 compiler alone, quick to start. {@code -Dearlyhelp.java-options=...} on the launcher, or the
 * environment variable {@code EARLYHELP_JAVA_OPTIONS}, replaces the line for all of them.
 */
final class JvmOptions {

    static final String DEFAULT = "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    static final String PROPERTY = "earlyhelp.java-options";
    static final String ENVIRONMENT = "EARLYHELP_JAVA_OPTIONS";

    private JvmOptions() {
    }

    /** The options in force: the launcher's system property, else the environment variable, else {@link #DEFAULT}. */
    static List<String> options(Map<String, String> env) {
        String line = System.getProperty(PROPERTY);
        if (line == null || line.isBlank()) {
            line = env.get(ENVIRONMENT);
        }
        if (line == null || line.isBlank()) {
            line = DEFAULT;
        }
        List<String> options = new ArrayList<>();
        for (String option : line.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return options;
    }

    /** {@code java} of the JDK that runs the launcher, then the options: the start of every Java child's command. */
    static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(javaHome().resolve("bin/java").toString());
        command.addAll(options(System.getenv()));
        command.add("-Dquarkus.log.console.json.enabled=false");
        return command;
    }

    /** The JDK that runs the launcher; Keycloak gets it too. */
    static Path javaHome() {
        return ProcessHandle.current().info().command()
                .map(java -> Path.of(java).toAbsolutePath().getParent().getParent())
                .orElseGet(() -> Path.of(System.getProperty("java.home")));
    }
}
