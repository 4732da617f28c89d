package org.earlyhelp.platform.events;

import java.time.Instant;
import java.util.UUID;

/** An event waiting for its transaction's commit to be written to the outbox table. */
record OutboxRow(UUID id, String source, String type, String subject, Instant occurredAt, String data, String[] audience) {
}
