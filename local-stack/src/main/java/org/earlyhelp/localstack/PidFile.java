package org.earlyhelp.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code <work-dir>/pids}: one line per running process ({@code <pid> <name>}), the launcher's first, so that an
 * operator can find (and end) what a launcher that was itself killed left running. Removed when the suite stops.
 */
final class PidFile {

    private final Path file;

    PidFile(Path workDir) {
        this.file = workDir.resolve("pids");
    }

    void write(Map<String, Long> pids) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(ProcessHandle.current().pid() + " local-stack");
        pids.forEach((name, pid) -> lines.add(pid + " " + name));
        Files.write(file, lines);
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing running any more; a stale file is only informational
        }
    }
}
