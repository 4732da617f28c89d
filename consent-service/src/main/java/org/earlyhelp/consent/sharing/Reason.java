package org.earlyhelp.consent.sharing;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a sharing decision came out as it did; stored with the decision and shown to the asker. */
@Schema(name = "SharingReason")
public enum Reason {

    /** An active consent in force covers the purpose, the recipient and every category asked for. */
    CONSENT_PERMITS("consent-permits"),
    /** A recorded lawful basis in force covers the share; consent is not needed (and may have been refused). */
    LAWFUL_BASIS("lawful-basis"),

    /** There is no consent record for the person at all. */
    NO_CONSENT("no-consent"),
    /** The person refused consent to (part of) this share. */
    CONSENT_REFUSED("consent-refused"),
    /** An active consent has a deny provision covering (part of) this share. */
    CONSENT_DENIES("consent-denies"),
    CONSENT_WITHDRAWN("consent-withdrawn"),
    CONSENT_EXPIRED("consent-expired"),
    CONSENT_NOT_YET_IN_FORCE("consent-not-yet-in-force"),
    /** Consent exists, but not for this purpose. */
    PURPOSE_NOT_COVERED("purpose-not-covered"),
    /** Consent covers the purpose, but not this agency or its type. */
    RECIPIENT_NOT_COVERED("recipient-not-covered"),
    /** Consent covers purpose and recipient, but not every category asked for. */
    CATEGORIES_NOT_COVERED("categories-not-covered"),
    /** A lawful basis would have covered the share, but its time limit has passed. */
    LAWFUL_BASIS_EXPIRED("lawful-basis-expired"),
    /** The data protection officer has restricted processing of the person's data (UK GDPR Art. 18): nothing permits. */
    PROCESSING_RESTRICTED("processing-restricted");

    private final String code;

    Reason(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Reason of(String code) {
        return Codes.of(Reason.class, code, Reason::code);
    }
}
