package org.earlyhelp.referral.directory;

import java.util.Optional;
import java.util.UUID;

/** Looks up a partner service in the directory: its name, and the platform agency that runs it (if it has one). */
public interface ServiceDirectory {

    Optional<DirectoryService> find(UUID serviceId);

    /** @param agencyCode the organisation's Early Help Hub agency code; absent when it is not on the platform */
    record DirectoryService(UUID id, String name, UUID organizationId, String organizationName, Optional<String> agencyCode) {
    }
}
