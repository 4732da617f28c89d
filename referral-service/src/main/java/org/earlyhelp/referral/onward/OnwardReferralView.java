package org.earlyhelp.referral.onward;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An onward referral as its receiving agency, the referrer or the hub sees it; {@code shared} is all the receiver gets. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OnwardReferralView(UUID id, UUID referralId, UUID serviceId, String serviceName, String receivingAgency,
        String referringAgency, OnwardStatus status, String statusDetail, String note, SharedContent shared,
        List<String> consentReasons, Instant createdAt, Instant sentAt, Instant decidedAt, String decidedBy,
        String declineReason, Instant closedAt, long version,
        @Schema(description = "true while a data protection officer has restricted processing of a person on the referral"
                + " (UK GDPR Art. 18): nothing more is sent, accepted or declined until it is lifted") boolean restricted) {
}
