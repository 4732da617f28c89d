package org.earlyhelp.platform.audit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Tests that decide when the sealer runs: the scheduled sealer stays idle. */
public class ManualSealing implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("earlyhelp.audit.sealer.enabled", "false");
    }
}
