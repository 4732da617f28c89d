package org.earlyhelp.consent.sharing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The grounds on which data may be shared without consent (Information sharing advice for
 * safeguarding practitioners, 2024; UK GDPR Art. 6 and DPA 2018 Sch. 8).
 */
public enum LawfulBasisKind {

    /** A child is suffering, or is likely to suffer, significant harm (Children Act 1989 s47 threshold). */
    RISK_OF_SIGNIFICANT_HARM("risk-of-significant-harm"),
    PREVENTION_DETECTION_OF_CRIME("prevention-detection-of-crime"),
    /** To protect someone's life where consent cannot be sought. */
    VITAL_INTERESTS("vital-interests"),
    LEGAL_OBLIGATION("legal-obligation");

    private final String code;

    LawfulBasisKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static LawfulBasisKind of(String code) {
        return Codes.of(LawfulBasisKind.class, code, LawfulBasisKind::code);
    }
}
