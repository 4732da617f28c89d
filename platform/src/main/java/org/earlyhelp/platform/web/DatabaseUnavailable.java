package org.earlyhelp.platform.web;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means the service's database cannot be reached just now (connection refused
 * or lost, server shutting down or starting up) rather than a fault of the request or the code.
 * The caller may send the same request again: a creation retried with the same
 * {@code Idempotency-Key} is still done at most once, because the key and the change commit together.
 */
final class DatabaseUnavailable {

    /** SQLSTATE class 08 (connection exception) plus the server's own "going away / not up yet" states. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> SERVER_UNAVAILABLE = Set.of(
            "57P01", // admin_shutdown: the server is stopping
            "57P02", // crash_shutdown
            "57P03"); // cannot_connect_now: the server is starting up

    /** At most this many causes are looked at, so a cyclic chain cannot loop. */
    private static final int MAX_CAUSES = 40;

    private DatabaseUnavailable() {
    }

    /**
     * Looks through the causes and the suppressed exceptions: when the connection is lost at commit, the transaction
     * manager throws a {@code RollbackException} whose driver error is attached as suppressed, not as its cause.
     */
    static boolean causedBy(Throwable failure) {
        Deque<Throwable> toLook = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        toLook.add(failure);
        while (!toLook.isEmpty() && seen.size() < MAX_CAUSES) {
            Throwable cause = toLook.poll();
            if (!seen.add(cause)) {
                continue;
            }
            if (cause instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() != null) {
                toLook.add(cause.getCause());
            }
            toLook.addAll(Arrays.asList(cause.getSuppressed()));
        }
        return false;
    }

    private static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_UNAVAILABLE.contains(sqlState));
    }
}
