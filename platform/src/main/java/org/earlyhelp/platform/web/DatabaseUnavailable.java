package org.earlyhelp.platform.web;

import java.sql.SQLException;
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

    /** Causes are followed this deep at most, so a cyclic chain cannot loop. */
    private static final int MAX_DEPTH = 20;

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            if (cause instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }

    private static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_UNAVAILABLE.contains(sqlState));
    }
}
