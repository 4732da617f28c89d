package org.earlyhelp.referral;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.referral.directory.ServiceDirectory;

/** The Northshire directory as tests need it: a charity's parenting course, a money advice service and a service run off the platform. */
@ApplicationScoped
public class StubServiceDirectory implements ServiceDirectory {

    static final UUID PARENTING_COURSE = UUID.fromString("5b0e3c1a-1111-4c0e-9f00-000000000001");
    static final UUID OFF_PLATFORM = UUID.fromString("5b0e3c1a-1111-4c0e-9f00-000000000002");
    static final UUID MONEY_ADVICE = UUID.fromString("5b0e3c1a-1111-4c0e-9f00-000000000003");
    static final String MONEY_ADVICE_AGENCY = "kingsfold-money-advice";

    private static final Map<UUID, DirectoryService> SERVICES = Map.of(
            PARENTING_COURSE, new DirectoryService(PARENTING_COURSE, "Bright Start parenting course", UUID.randomUUID(),
                    "Bright Start Family Support", Optional.of(Agencies.CHARITY)),
            OFF_PLATFORM, new DirectoryService(OFF_PLATFORM, "Eastmere food bank", UUID.randomUUID(), "Eastmere Food Bank",
                    Optional.empty()),
            MONEY_ADVICE, new DirectoryService(MONEY_ADVICE, "Kingsfold debt and benefits advice", UUID.randomUUID(),
                    "Kingsfold Money Advice", Optional.of(MONEY_ADVICE_AGENCY)));

    @Override
    public Optional<DirectoryService> find(UUID serviceId) {
        return Optional.ofNullable(SERVICES.get(serviceId));
    }
}
