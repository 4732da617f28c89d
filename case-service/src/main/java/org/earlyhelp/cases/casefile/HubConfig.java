package org.earlyhelp.cases.casefile;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The early help hub: its screeners see the cases of their areas, and it is told about every case (event audience). */
@ConfigMapping(prefix = "earlyhelp.triage")
public interface HubConfig {

    @WithDefault("northshire-early-help")
    String hubAgency();
}
