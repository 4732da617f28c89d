package org.earlyhelp.platform.audit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "earlyhelp.audit")
interface AuditConfig {

    Sealer sealer();

    Verify verify();

    interface Sealer {

        /**
         * Whether this instance runs the scheduled sealer. Several replicas may all run it (one
         * seals per round, the others skip); tests that drive the sealer by hand turn it off.
         */
        @WithDefault("true")
        boolean enabled();

        /** How often the sealer looks for committed rows to chain: the lag between commit and seal. */
        @WithDefault("1s")
        Duration interval();

        /** Rows chained per transaction; a backlog is worked off in several transactions in one round. */
        @WithDefault("500")
        int batchSize();
    }

    interface Verify {

        /** Sealed rows read per query while verifying, so a long chain never sits in memory at once. */
        @WithDefault("1000")
        int pageSize();
    }
}
