package org.earlyhelp.platform.dataprotection;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The retention schedule as settings (decision 0061). The periods' defaults live in the platform's
 * {@code microprofile-config.properties}, one table for every service; an authority changes one with
 * {@code earlyhelp.retention.keep.<record-type>=P6Y}.
 */
@ConfigMapping(prefix = "earlyhelp.retention")
public interface RetentionConfig {

    /** Whether the scheduled job runs at all. */
    @WithDefault("true")
    boolean enabled();

    /** Dry run: the job logs what would go and erases nothing. */
    @WithDefault("false")
    boolean dryRun();

    /** How often the job runs. */
    @WithDefault("1h")
    Duration every();

    /** Records erased per rule in one pass of a run. */
    @WithDefault("100")
    int batchSize();

    /** How long each record type is kept, from the moment its rule counts from. */
    Map<String, Period> keep();

    default Period keep(String recordType) {
        Period period = keep().get(recordType);
        if (period == null) {
            throw new IllegalStateException("No retention period for " + recordType + ": set earlyhelp.retention.keep." + recordType);
        }
        return period;
    }
}
