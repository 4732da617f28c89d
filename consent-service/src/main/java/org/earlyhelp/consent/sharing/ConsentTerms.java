package org.earlyhelp.consent.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A consent record as the sharing rules see it: which version, its status, when it is in force and its provisions. */
public record ConsentTerms(UUID consentId, int version, ConsentStatus status, Period period, List<Provision> provisions) {

    public ConsentTerms {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(status, "status");
        period = period == null ? Period.ALWAYS : period;
        provisions = List.copyOf(provisions);
    }

    /**
     * The status in force at {@code moment}: a consent whose period has ended is expired from
     * that moment, whether or not the expiry job has marked it yet.
     */
    public ConsentStatus statusAt(Instant moment) {
        if (!status.isFinal() && period.hasEndedAt(moment)) {
            return ConsentStatus.EXPIRED;
        }
        return status;
    }
}
