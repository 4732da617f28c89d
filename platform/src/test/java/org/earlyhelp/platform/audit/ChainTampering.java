package org.earlyhelp.platform.audit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A database of its own for tests that tamper with the chain, sealed by hand, verified a few
 * rows per page so that every walk crosses page boundaries.
 */
public class ChainTampering implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "earlyhelp.audit.sealer.enabled", "false",
                "earlyhelp.audit.verify.page-size", "3");
    }
}
