package org.earlyhelp.referral.alert;

import jakarta.validation.constraints.Size;

/** The hub has seen the alert; what it is doing about it, if it says. */
public record Acknowledgement(@Size(max = 4000) String note) {
}
