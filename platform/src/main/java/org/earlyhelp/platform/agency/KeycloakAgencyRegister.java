package org.earlyhelp.platform.agency;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * The agency register as a copy of the realm's Organizations ({@link RealmOrganizations}), read when the service
 * starts, again every {@code earlyhelp.agencies.refresh-interval}, and when asked for a code it does not know (at
 * most once per {@code miss-refresh-interval}). When Keycloak cannot be read the last good copy stays in use; until a
 * first copy was read, every lookup is an {@link AgencyRegisterUnavailable} (503).
 */
@ApplicationScoped
class KeycloakAgencyRegister implements AgencyRegister {

    private static final Logger LOG = Logger.getLogger(KeycloakAgencyRegister.class);

    /** One read of the register: the agencies by code, in Keycloak's order. */
    private record Copy(Map<String, Agency> byCode, long readAt) {
    }

    private final Supplier<List<Agency>> realm;
    private final AgencyRegisterConfig config;
    private final LongSupplier nanoTime;

    private volatile Copy copy;
    /** Guarded by {@code this}: when the last read was tried, and whether it failed. */
    private long lastAttempt;
    private boolean attempted;
    private boolean lastFailed;

    @Inject
    KeycloakAgencyRegister(RealmOrganizations realm, AgencyRegisterConfig config) {
        this(realm::agencies, config, System::nanoTime);
    }

    KeycloakAgencyRegister(Supplier<List<Agency>> realm, AgencyRegisterConfig config, LongSupplier nanoTime) {
        this.realm = realm;
        this.config = config;
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<Agency> find(String code) {
        Agency agency = loaded().byCode().get(code);
        if (agency == null && code != null && !code.isBlank() && refreshIfDue(config.missRefreshInterval())) {
            agency = copy.byCode().get(code);
        }
        return Optional.ofNullable(agency);
    }

    @Override
    public List<Agency> all() {
        return List.copyOf(loaded().byCode().values());
    }

    /** Runs every {@code retry-interval}: reads a register never read or whose last read failed, or whose copy has aged. */
    @Scheduled(identity = "earlyhelp-agency-register", every = "${earlyhelp.agencies.retry-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void keepFresh() {
        if (copy == null || lastFailed) {
            refreshIfDue(config.retryInterval());
        } else if (since(copy.readAt()).compareTo(config.refreshInterval()) >= 0) {
            refresh();
        }
    }

    private Copy loaded() {
        Copy current = copy;
        if (current == null) {
            refreshIfDue(config.retryInterval());
            current = copy;
        }
        if (current == null) {
            throw new AgencyRegisterUnavailable();
        }
        return current;
    }

    /** Reads the register unless a read was tried less than {@code spacing} ago; whether it read. */
    private synchronized boolean refreshIfDue(Duration spacing) {
        if (attempted && since(lastAttempt).compareTo(spacing) < 0) {
            return false;
        }
        refresh();
        return true;
    }

    private synchronized void refresh() {
        attempted = true;
        lastAttempt = nanoTime.getAsLong();
        Copy previous = copy;
        try {
            Map<String, Agency> byCode = new LinkedHashMap<>();
            realm.get().forEach(agency -> byCode.put(agency.code(), agency));
            copy = new Copy(Collections.unmodifiableMap(byCode), lastAttempt);
            if (previous == null || lastFailed || !previous.byCode().equals(byCode)) {
                LOG.infof("Agency register read from Keycloak: %d agencies", byCode.size());
            }
            lastFailed = false;
        } catch (RuntimeException e) {
            if (!lastFailed) {
                LOG.warnf("The agency register could not be read from Keycloak (%s); %s", e.getMessage(), previous == null
                        ? "lookups answer 503 until it can" : "keeping the copy read " + since(previous.readAt()).toSeconds() + " s ago");
            } else {
                LOG.debugf("The agency register still cannot be read from Keycloak: %s", e.getMessage());
            }
            lastFailed = true;
        }
    }

    private Duration since(long nanos) {
        return Duration.ofNanos(nanoTime.getAsLong() - nanos);
    }
}
