package org.earlyhelp.platform.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Drops the one warning we have decided to live with: Flyway's "outOfOrder mode is active" at
 * every start, a consequence of platform and service migrations growing independently
 * (docs/decisions/0003-platform-migrations.md). Everything else is logged as usual.
 */
@LoggingFilter(name = "known-noise")
public final class KnownNoise implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return message == null || !(record.getLoggerName() != null && record.getLoggerName().startsWith("org.flywaydb")
                && message.contains("outOfOrder mode is active"));
    }
}
