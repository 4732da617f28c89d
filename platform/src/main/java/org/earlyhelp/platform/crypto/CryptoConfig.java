package org.earlyhelp.platform.crypto;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "earlyhelp.crypto")
public interface CryptoConfig {

    /**
     * The master key: a Tink keyset (JSON, AES-256-GCM) that wraps this service's data keys. A Kubernetes Secret
     * mounted as a file in production, a file the launcher generates locally. Never in the database it protects.
     */
    Optional<String> masterKeyFile();

    /** How long a data key encrypts new writes before the service makes a new one (and re-encrypts with it). */
    @WithDefault("P90D")
    Duration dataKeyLifetime();

    /** How often each instance checks for a new data key, re-encrypts a batch and retires keys no longer used. */
    @WithDefault("1m")
    Duration resealEvery();

    /** Rows re-encrypted per column and run. */
    @WithDefault("500")
    int resealBatch();
}
