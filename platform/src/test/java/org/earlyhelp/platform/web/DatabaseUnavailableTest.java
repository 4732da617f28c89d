package org.earlyhelp.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * A request that failed because the database went away is answered 503 (the client may retry), whatever shape the
 * failure reaches the platform in; a fault of the request or the code is not.
 */
class DatabaseUnavailableTest {

    private static final SQLException SERVER_STOPPING = new SQLException("terminating connection due to administrator command", "57P01");

    @Test
    void aLostConnectionAtCommitIsFoundWhereTheTransactionManagerPutsIt() {
        // Narayana: RollbackException("Could not commit") with the driver's error suppressed, wrapped by Quarkus.
        jakarta.transaction.RollbackException rolledBack = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        rolledBack.addSuppressed(new javax.transaction.xa.XAException("Error trying to transactionCommit local transaction"));
        rolledBack.getSuppressed()[0].initCause(SERVER_STOPPING);
        RuntimeException wrapped = new RuntimeException(rolledBack);

        assertThat(DatabaseUnavailable.causedBy(wrapped)).isTrue();
    }

    @Test
    void aConnectionErrorInTheCauseChainIsFound() {
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException(new SQLException("connection refused", "08001")))).isTrue();
    }

    @Test
    void aConstraintViolationOrAFaultOfTheCodeIsNot() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new NullPointerException())).isFalse();
    }

    @Test
    void aCyclicChainEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.addSuppressed(second);
        assertThat(DatabaseUnavailable.causedBy(second)).isFalse();
    }
}
