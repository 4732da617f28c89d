package org.earlyhelp.referral.information;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The referrer's answer. Corrections and new concerns go through an amendment of the referral, before or after it. */
public record InformationAnswer(@NotBlank @Size(max = 4000) String answer) {
}
