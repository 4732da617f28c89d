package org.earlyhelp.platform.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "earlyhelp.identity")
public interface IdentityConfig {

    /**
     * Whether a token must carry an agency to be accepted. Only a service with public
     * endpoints (the directory) turns this off, and then checks agency where it matters.
     */
    @WithDefault("true")
    boolean agencyRequired();
}
