package org.earlyhelp.referral.handover;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Which agency is the children's social care front door that escalations are handed over to (decision 0064): a routing
 * choice of this service, not a fact other services need, so it is configured here rather than made an attribute of
 * the agency in the register (which stays code, name, type and areas).
 */
@ConfigMapping(prefix = "earlyhelp.hand-over")
public interface HandOverConfig {

    /** The agency code (a Keycloak Organization alias) of the front door. */
    @WithDefault("northshire-childrens-social-care")
    String frontDoorAgency();
}
