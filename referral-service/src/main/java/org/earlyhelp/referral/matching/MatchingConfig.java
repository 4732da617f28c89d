package org.earlyhelp.referral.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "earlyhelp.matching")
interface MatchingConfig {

    /** Candidates scoring below this are not shown to triage. */
    @WithDefault("0.5")
    double threshold();

    /**
     * Trigram similarity of normalised names for the name index to offer a candidate (pg_trgm's {@code %}); applied
     * to each pooled connection by {@code quarkus.datasource.jdbc.new-connection-sql} (application.properties).
     */
    double nameSimilarity();

    /** Candidates the index returns per person, before scoring. */
    @WithDefault("50")
    int candidates();

    /** Matches kept per person, best first. */
    @WithDefault("5")
    int shown();
}
