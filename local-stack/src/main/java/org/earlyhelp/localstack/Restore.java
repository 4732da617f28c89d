package org.earlyhelp.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code --restore=<dir>}: a backup made with the README's {@code pg_dump} commands (one {@code <database>.dump} in
 * custom format per service database) restored with {@code pg_restore} into the embedded PostgreSQL's new, empty
 * data, after the launcher made each service's database and login and before any service starts. The services then
 * start on it as on any kept data: Flyway applies only the migrations newer than the backup.
 */
final class Restore {

    private static final long TIMEOUT_MINUTES = 30;

    private Restore() {
    }

    /** The dump of each service database in {@code backup}; refuses, before anything is deleted, if one is missing. */
    static List<Path> dumps(Path backup) {
        List<Path> dumps = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String database : Database.SERVICE_DATABASES) {
            Path dump = backup.resolve(database + ".dump");
            if (Files.isRegularFile(dump)) {
                dumps.add(dump);
            } else {
                missing.add(dump.getFileName().toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No backup to restore in " + backup + ": missing " + String.join(", ", missing)
                    + " (made by the README's pg_dump commands)");
        }
        return dumps;
    }

    /** The command that restores one database: the one the README names. */
    static List<String> command(String host, int port, String database, Path dump) {
        return List.of("pg_restore", "--exit-on-error", "--no-password", "--host=" + host, "--port=" + port,
                "--username=postgres", "--dbname=" + database, dump.toString());
    }

    /** Restores every service database from {@code backup} into the (new, empty) databases of {@code port}. */
    static String run(Path backup, int port, Path log) throws IOException, InterruptedException {
        List<Path> dumps = dumps(backup);
        Files.createDirectories(log.getParent());
        for (int i = 0; i < dumps.size(); i++) {
            String database = Database.SERVICE_DATABASES.get(i);
            Process restore;
            try {
                restore = new ProcessBuilder(command("127.0.0.1", port, database, dumps.get(i)))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            } catch (IOException notFound) {
                throw new IllegalStateException("--restore needs pg_restore of PostgreSQL " + DataDirectory.POSTGRES_MAJOR
                        + " or newer on the PATH (README, \"Where the data lives\"): " + notFound.getMessage(), notFound);
            }
            if (!restore.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                restore.destroyForcibly();
                throw new IllegalStateException("pg_restore of " + database + " took over " + TIMEOUT_MINUTES + " minutes");
            }
            if (restore.exitValue() != 0) {
                throw new IllegalStateException("pg_restore of " + database + " from " + dumps.get(i) + " failed (exit "
                        + restore.exitValue() + "): " + ChildProcess.tail(log, 5).replace(System.lineSeparator(), " | "));
            }
        }
        Files.writeString(log, "restored " + dumps.size() + " databases from " + backup + System.lineSeparator(),
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        return dumps.size() + " databases restored from " + backup;
    }
}
