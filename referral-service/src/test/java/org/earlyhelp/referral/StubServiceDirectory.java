package org.earlyhelp.referral;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.referral.directory.ServiceDirectory;

/** The Northshire directory as tests need it: a charity's parenting course and a service run off the platform. */
@ApplicationScoped
public class StubServiceDirectory implements ServiceDirectory {

    static final UUID PARENTING_COURSE = UUID.fromString("5b0e3c1a-1111-4c0e-9f00-000000000001");
    static final UUID OFF_PLATFORM = UUID.fromString("5b0e3c1a-1111-4c0e-9f00-000000000002");

    private static final Map<UUID, DirectoryService> SERVICES = Map.of(
            PARENTING_COURSE, new DirectoryService(PARENTING_COURSE, "Bright Start parenting course", UUID.randomUUID(),
                    "Bright Start Family Support", Optional.of(Agencies.CHARITY)),
            OFF_PLATFORM, new DirectoryService(OFF_PLATFORM, "Eastmere food bank", UUID.randomUUID(), "Eastmere Food Bank",
                    Optional.empty()));

    @Override
    public Optional<DirectoryService> find(UUID serviceId) {
        return Optional.ofNullable(SERVICES.get(serviceId));
    }
}
