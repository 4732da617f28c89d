package org.earlyhelp.referral.consent;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** Agency types by agency code, for sharing questions about agencies the directory names only by code. */
@ConfigMapping(prefix = "earlyhelp.sharing")
interface SharingConfig {

    Map<String, String> agencyTypes();
}
