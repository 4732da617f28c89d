package org.earlyhelp.consent.consent;

import java.time.Instant;

import jakarta.validation.constraints.AssertTrue;

import org.earlyhelp.consent.sharing.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

@Schema(name = "Period", description = "From `start` (inclusive) to `end` (exclusive); an absent end is open-ended.")
record PeriodBody(
        @Schema(description = "When it starts (UTC); absent = when recorded") Instant start,
        @Schema(description = "When it ends (UTC); absent = until withdrawn") Instant end) {

    @JsonIgnore
    @AssertTrue(message = "must end after it starts")
    boolean isOrdered() {
        return start == null || end == null || start.isBefore(end);
    }

    Period toPeriod() {
        return new Period(start, end);
    }

    static PeriodBody of(Period period) {
        return period.start() == null && period.end() == null ? null : new PeriodBody(period.start(), period.end());
    }
}
