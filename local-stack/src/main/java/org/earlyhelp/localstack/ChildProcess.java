package org.earlyhelp.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One component of the suite running as a child process, its output in a log file. It is ready
 * when its readiness URL answers 200; it is stopped with SIGTERM, then SIGKILL, together with
 * every process it started (Keycloak's start script forks its JVM).
 */
final class ChildProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final URI readiness;
    private final Path log;
    private final Process process;

    private ChildProcess(String name, URI readiness, Path log, Process process) {
        this.name = name;
        this.readiness = readiness;
        this.log = log;
        this.process = process;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workingDir,
            Path log, URI readiness) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        return new ChildProcess(name, readiness, log, builder.start());
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the component answers ready; fails if it exits first or takes longer than the timeout. */
    void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ComponentFailed(name, "exited with code " + process.exitValue() + " before it was ready", log);
            }
            if (answersReady()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new ComponentFailed(name, "was not ready after " + timeout.toSeconds() + " s", log);
    }

    private boolean answersReady() throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /**
     * SIGTERM to the process and all its descendants, then SIGKILL to whatever is left after the grace period.
     * True when every one of them ended by itself within it.
     */
    boolean stop(Duration grace) {
        List<ProcessHandle> all = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        all.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        boolean inTime = true;
        for (ProcessHandle handle : all) {
            long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            try {
                handle.onExit().get(left, TimeUnit.MILLISECONDS);
            } catch (Exception stillRunning) {
                inTime = false;
                handle.destroyForcibly();
            }
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        return inTime;
    }

    /** SIGKILL to the process and all its descendants, as a crash would end them; returns once they are gone. */
    void kill(Duration wait) {
        List<ProcessHandle> all = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception notGoneYet) {
                throw new IllegalStateException(name + " (pid " + handle.pid() + ") survived SIGKILL for " + wait, notGoneYet);
            }
        }
    }

    /** The last lines of the log, to show why a component failed. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** A component that did not come up. */
    static final class ComponentFailed extends RuntimeException {
        private final transient Path log;

        ComponentFailed(String component, String what, Path log) {
            super(component + " " + what);
            this.log = log;
        }

        Path log() {
            return log;
        }
    }
}
