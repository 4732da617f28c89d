package org.earlyhelp.consent.consent;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Withdrawal", description = "The person withdraws their consent (or lifts a refusal)")
record WithdrawalBody(
        @Schema(description = "Why, as the person put it or as recorded", examples = "Mother withdrew consent by phone")
        @Size(max = 2000) String reason) {
}
