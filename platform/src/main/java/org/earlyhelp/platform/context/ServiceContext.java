package org.earlyhelp.platform.context;

import io.smallrye.config.ConfigMapping;

/**
 * Which bounded context this service is ({@code directory}, {@code referral}, {@code case},
 * {@code consent}): it names the service's event feed ({@code /api/events/<name>}), its audit
 * trail ({@code /api/audit/<name>}) and the {@code source} of the events it publishes.
 */
@ConfigMapping(prefix = "earlyhelp.context")
public interface ServiceContext {

    String name();
}
