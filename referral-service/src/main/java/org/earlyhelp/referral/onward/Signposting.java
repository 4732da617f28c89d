package org.earlyhelp.referral.onward;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The hub's decision to signpost: why, and the directory services to refer on to. */
public record Signposting(@NotBlank @Size(max = 4000) String reason,
        @NotEmpty @Size(max = 10) List<@Valid @NotNull Onward> services) {

    public record Onward(@NotNull UUID serviceId, @Size(max = 4000) String note) {
    }
}
