package org.earlyhelp.consent.sharing;

import java.util.Objects;

/** The agency that would receive data: its code and its type (police, health, charity...). */
public record Recipient(String agency, String agencyType) {

    public Recipient {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(agencyType, "agencyType");
    }
}
