package org.earlyhelp.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.earlyhelp.platform.test.OidcTestServer;
import org.earlyhelp.platform.test.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** With the default configuration a recorded row is chained within moments, without anyone asking. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class ScheduledSealingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    AuditTrail audit;

    @Inject
    ChainVerifier verifier;

    @Inject
    DataSource dataSource;

    @Test
    void theScheduledSealerChainsNewRowsShortlyAfterCommit() throws InterruptedException {
        long id = audit.record(AuditEntry.system("nightly-export")
                .action(AuditAction.EXPORT)
                .resource("record", UUID.randomUUID())
                .build());

        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (AuditRows.sealSeqOf(dataSource, id) == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        assertThat(AuditRows.sealSeqOf(dataSource, id)).as("sealed within %s", PATIENCE).isNotNull();
        assertThat(verifier.verify().valid()).isTrue();
    }
}
