package org.earlyhelp.platform.agency;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the agency register is read from and how fresh it is kept. */
@ConfigMapping(prefix = "earlyhelp.agencies")
interface AgencyRegisterConfig {

    /**
     * The realm whose Organizations are the register, as its issuer URL ({@code <server>/realms/<realm>}; by default
     * the realm the service's tokens come from). Its admin API is {@code <server>/admin/realms/<realm>}.
     */
    URI realmUrl();

    /** Age after which the register's copy is read again. */
    @WithDefault("5m")
    Duration refreshInterval();

    /** How often a register never loaded, or whose last read failed, tries again. */
    @WithDefault("10s")
    Duration retryInterval();

    /**
     * The shortest time between two reads caused by a code the register does not know (an agency added in Keycloak
     * since the last read), so a stream of requests naming unknown codes cannot make every request ask Keycloak.
     */
    @WithDefault("30s")
    Duration missRefreshInterval();

    /** Organizations asked for per admin API request. */
    @WithDefault("100")
    int pageSize();

    /** Connect and read timeout of one admin API request. */
    @WithDefault("5s")
    Duration timeout();
}
