package org.earlyhelp.directory;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the directory service. */
@ConfigMapping(prefix = "earlyhelp.directory")
public interface DirectoryConfig {

    /** Loads the fictional Northshire directory at start-up (idempotent: rows already there are left alone). */
    @WithDefault("false")
    boolean demoData();

    Oruk oruk();

    interface Oruk {

        /** Items per page when the caller does not say. */
        @WithDefault("25")
        int defaultPerPage();

        /** The most items a page may have; a larger {@code per_page} is refused, not cut down. */
        @WithDefault("100")
        int maxPerPage();

        /**
         * The address the public reaches this service's API at (e.g. the gateway's), used for
         * {@code openapi_url}; by default taken from the request.
         */
        Optional<URI> publicUrl();

        /** The ORUK profile this API implements, published at {@code GET /oruk/}. */
        @WithDefault("https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md")
        URI profile();
    }
}
