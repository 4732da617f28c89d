package org.earlyhelp.e2e.access;

import java.util.UUID;

/** A record a cell acts on: its id, the person it is about (if any), and the ETag it was last seen with. */
record Fixture(UUID id, UUID personId, String etag) {
}
