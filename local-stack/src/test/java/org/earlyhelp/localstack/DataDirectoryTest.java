package org.earlyhelp.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suite's data is kept between starts; --reset empties it on purpose; a directory the embedded PostgreSQL cannot
 * use is refused before anything starts, saying why.
 */
class DataDirectoryTest {

    @TempDir
    Path work;

    private Path cluster(String major) throws Exception {
        Path data = Files.createDirectories(work.resolve("postgres"));
        Files.writeString(data.resolve("PG_VERSION"), major + "\n");
        Files.writeString(data.resolve("postgresql.conf"), "");
        return data;
    }

    @Test
    void aMissingOrEmptyDirectoryIsNew() throws Exception {
        assertThat(DataDirectory.prepare(work.resolve("postgres"), false)).isEqualTo(DataDirectory.State.NEW);
        assertThat(DataDirectory.prepare(Files.createDirectories(work.resolve("empty")), false))
                .isEqualTo(DataDirectory.State.NEW);
    }

    @Test
    void theDataOfAnEarlierRunIsKept() throws Exception {
        Path data = cluster(DataDirectory.POSTGRES_MAJOR);

        assertThat(DataDirectory.prepare(data, false)).isEqualTo(DataDirectory.State.KEPT);
        assertThat(data.resolve("postgresql.conf")).exists();
    }

    @Test
    void resetDeletesIt() throws Exception {
        Path data = cluster(DataDirectory.POSTGRES_MAJOR);

        assertThat(DataDirectory.prepare(data, true)).isEqualTo(DataDirectory.State.NEW);
        assertThat(data).doesNotExist();
    }

    @Test
    void dataOfAnotherPostgresVersionIsRefusedWithTheWayOut() throws Exception {
        Path data = cluster("16");

        assertThatThrownBy(() -> DataDirectory.prepare(data, false))
                .hasMessageContaining("written by PostgreSQL 16").hasMessageContaining("pg_dump")
                .hasMessageContaining("--reset");
        assertThat(data.resolve("postgresql.conf")).exists();
    }

    @Test
    void aDirectoryHoldingSomethingElseIsRefusedAndLeftAlone() throws Exception {
        Path other = Files.createDirectories(work.resolve("documents"));
        Files.writeString(other.resolve("minutes.txt"), "keep me");

        assertThatThrownBy(() -> DataDirectory.prepare(other, false)).hasMessageContaining("holds no PostgreSQL data");
        assertThat(other.resolve("minutes.txt")).exists();
    }

    @Test
    void thePidFileOfAServerThatIsGoneDoesNotStopAStart() throws Exception {
        Path data = cluster(DataDirectory.POSTGRES_MAJOR);
        // left by a launcher that was killed, whose PostgreSQL has ended since (PostgreSQL itself then starts normally)
        Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");

        assertThat(DataDirectory.prepare(data, false)).isEqualTo(DataDirectory.State.KEPT);
    }
}
