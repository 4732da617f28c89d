package org.earlyhelp.directory.contract;

import java.util.UUID;

/**
 * The payloads directory-service publishes on {@code GET /api/events/directory} (subject: the
 * service id); {@code directory-service/README.md} describes them. Fields may be added, never
 * renamed or removed without a new type; a consumer reads a payload with
 * {@code CloudEvent.dataAs(...)}, which ignores fields it does not know.
 */
public final class DirectoryFeed {

    private DirectoryFeed() {
    }

    /**
     * A service was added, changed or removed: {@code id} is the service, {@code status} its ORUK
     * status, {@code agencyCode} the platform agency that runs it (null if none).
     */
    public record ServiceChanged(UUID id, String change, String status, UUID organizationId, String agencyCode) {

        public static final String TYPE = "directory.service-changed";
    }
}
