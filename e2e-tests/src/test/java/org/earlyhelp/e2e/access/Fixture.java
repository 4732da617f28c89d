package org.earlyhelp.e2e.access;

import java.util.UUID;

/**
 * A record a cell acts on: its id, the person it is about (if any), the ETag it was last seen with,
 * and where it matters the record it belongs to (a note's case) and the agency that leads it.
 */
record Fixture(UUID id, UUID personId, String etag, UUID parentId, String agency) {

    Fixture(UUID id, UUID personId, String etag) {
        this(id, personId, etag, null, null);
    }
}
