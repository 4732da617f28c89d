package org.earlyhelp.cases.consent;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** Agency types by agency code: sharing questions name the recipient's type, and members are named by code only. */
@ConfigMapping(prefix = "earlyhelp.sharing")
public interface SharingConfig {

    Map<String, String> agencyTypes();
}
